#include "Item.h"

namespace clu {

namespace {
QJsonObject optionalObject(JsonReader &r, const char *key)
{
    if (!r.has(key))
        return {};
    if (!r.raw(key).isObject()) {
        r.fail(key, JsonReader::tr("expected an object"));
        return {};
    }
    return r.raw(key).toObject();
}

void insertIf(QJsonObject &o, const char *key, const QString &s)
{
    if (!s.isEmpty())
        o.insert(QLatin1String(key), s);
}
} // namespace

QJsonObject Item::toCreateSpec() const
{
    QJsonObject o { { QStringLiteral("library_id"), libraryId }, { QStringLiteral("name"), name } };
    insertIf(o, "description", description);
    insertIf(o, "type", type);
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
    i.securityCompliance = optionalObject(r, "security_compliance");
    i.certificateVerificationInfo = optionalObject(r, "certificate_verification_info");
    return i;
}

QJsonObject Item::toJson() const
{
    QJsonObject o { { QStringLiteral("id"), id },
                    { QStringLiteral("library_id"), libraryId },
                    { QStringLiteral("name"), name },
                    { QStringLiteral("size"), size },
                    { QStringLiteral("cached"), cached } };
    insertIf(o, "description", description);
    insertIf(o, "type", type);
    insertIf(o, "content_version", contentVersion);
    insertIf(o, "metadata_version", metadataVersion);
    insertIf(o, "version", version);
    insertIf(o, "creation_time", json::fromDateTime(creationTime));
    insertIf(o, "last_modified_time", json::fromDateTime(lastModifiedTime));
    insertIf(o, "last_sync_time", json::fromDateTime(lastSyncTime));
    insertIf(o, "source_id", sourceId);
    if (!securityCompliance.isEmpty())
        o.insert(QStringLiteral("security_compliance"), securityCompliance);
    if (!certificateVerificationInfo.isEmpty())
        o.insert(QStringLiteral("certificate_verification_info"), certificateVerificationInfo);
    return o;
}

} // namespace clu
