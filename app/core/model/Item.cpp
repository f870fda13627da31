#include "Item.h"

namespace clu {

QJsonObject Item::toCreateSpec() const
{
    QJsonObject o { { QStringLiteral("library_id"), libraryId }, { QStringLiteral("name"), name } };
    json::insertIfNotEmpty(o, "description", description);
    json::insertIfNotEmpty(o, "type", type);
    return o;
}

QString Item::validateForCreate() const
{
    if (libraryId.isEmpty())
        return JsonReader::tr("A new item needs the id of the library it goes into.");
    if (name.trimmed().isEmpty())
        return JsonReader::tr("A new item needs a name.");
    return {};
}

Item Item::read(JsonReader &r)
{
    Item i;
    if (!r.expectObject())
        return i;
    i.id = r.string("id", JsonReader::Optional); // the service fills it from the request
    i.libraryId = r.string("library_id");
    i.name = r.string("name");
    i.description = r.string("description", JsonReader::Optional);
    i.type = r.string("type", JsonReader::Optional);
    i.contentVersion = r.string("content_version", JsonReader::Optional);
    i.metadataVersion = r.string("metadata_version", JsonReader::Optional);
    i.version = r.string("version", JsonReader::Optional);
    i.size = r.int64("size", JsonReader::Optional);
    i.cached = r.boolean("cached", JsonReader::Optional);
    i.creationTime = r.dateTime("creation_time", JsonReader::Optional);
    i.lastModifiedTime = r.dateTime("last_modified_time", JsonReader::Optional);
    i.lastSyncTime = r.dateTime("last_sync_time", JsonReader::Optional);
    i.sourceId = r.string("source_id", JsonReader::Optional);
    i.securityCompliance = r.rawObject("security_compliance");
    i.certificateVerificationInfo = r.rawObject("certificate_verification_info");
    return i;
}

QJsonObject Item::toJson() const
{
    QJsonObject o { { QStringLiteral("id"), id },
                    { QStringLiteral("library_id"), libraryId },
                    { QStringLiteral("name"), name },
                    { QStringLiteral("size"), size },
                    { QStringLiteral("cached"), cached } };
    json::insertIfNotEmpty(o, "description", description);
    json::insertIfNotEmpty(o, "type", type);
    json::insertIfNotEmpty(o, "content_version", contentVersion);
    json::insertIfNotEmpty(o, "metadata_version", metadataVersion);
    json::insertIfNotEmpty(o, "version", version);
    json::insertIfNotEmpty(o, "creation_time", json::fromDateTime(creationTime));
    json::insertIfNotEmpty(o, "last_modified_time", json::fromDateTime(lastModifiedTime));
    json::insertIfNotEmpty(o, "last_sync_time", json::fromDateTime(lastSyncTime));
    json::insertIfNotEmpty(o, "source_id", sourceId);
    if (!securityCompliance.isEmpty())
        o.insert(QStringLiteral("security_compliance"), securityCompliance);
    if (!certificateVerificationInfo.isEmpty())
        o.insert(QStringLiteral("certificate_verification_info"), certificateVerificationInfo);
    return o;
}

} // namespace clu
