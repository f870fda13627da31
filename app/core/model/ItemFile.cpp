#include "ItemFile.h"

namespace clu {

ItemFile ItemFile::read(JsonReader &r)
{
    ItemFile f;
    if (!r.expectObject())
        return f;
    f.name = r.string("name");
    f.size = r.int64("size");
    f.cached = r.boolean("cached");
    qint64 n = 0;
    if (r.has("version") && r.raw("version").isDouble()
        && JsonReader::toInt64(r.raw("version"), &n))
        f.version = QString::number(n);
    else
        f.version = r.string("version");
    f.checksumInfo = r.object<ChecksumInfo>("checksum_info", JsonReader::Optional);
    return f;
}

QJsonObject ItemFile::toJson() const
{
    QJsonObject o { { QStringLiteral("name"), name },
                    { QStringLiteral("size"), size },
                    { QStringLiteral("cached"), cached },
                    { QStringLiteral("version"), version } };
    if (checksumInfo)
        o.insert(QStringLiteral("checksum_info"), checksumInfo->toJson());
    return o;
}

} // namespace clu
