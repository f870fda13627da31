#include "AddSpec.h"

namespace clu {

QString AddSpec::validate() const
{
    if (name.isEmpty())
        return JsonReader::tr("The file to add has no name.");
    if (name.contains(QLatin1Char('/')) || name.contains(QLatin1Char('\\')))
        return JsonReader::tr("The file name \"%1\" must not contain a path separator.").arg(name);
    if (sourceType == SourceType::Pull && !sourceEndpoint)
        return JsonReader::tr("The file \"%1\" is to be pulled but has no source URL.").arg(name);
    if (sourceType != SourceType::Push && sourceType != SourceType::Pull)
        return JsonReader::tr("The file \"%1\" needs source type PUSH or PULL (got \"%2\").")
            .arg(name, sourceType.toString());
    if (size && *size < 0)
        return JsonReader::tr("The file \"%1\" has a negative size.").arg(name);
    return {};
}

AddSpec AddSpec::read(JsonReader &r)
{
    AddSpec s;
    if (!r.expectObject())
        return s;
    s.name = r.string("name");
    s.sourceType = r.enumeration<SourceType>("source_type");
    s.sourceEndpoint = r.object<TransferEndpoint>("source_endpoint", JsonReader::Optional);
    if (r.has("size"))
        s.size = r.int64("size");
    s.checksumInfo = r.object<ChecksumInfo>("checksum_info", JsonReader::Optional);
    return s;
}

QJsonObject AddSpec::toJson() const
{
    QJsonObject o { { QStringLiteral("name"), name },
                    { QStringLiteral("source_type"), sourceType.toString() } };
    if (sourceEndpoint)
        o.insert(QStringLiteral("source_endpoint"), sourceEndpoint->toJson());
    if (size)
        o.insert(QStringLiteral("size"), *size);
    if (checksumInfo)
        o.insert(QStringLiteral("checksum_info"), checksumInfo->toJson());
    return o;
}

} // namespace clu
