#include "Library.h"

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

Library::StorageBacking Library::StorageBacking::read(JsonReader &r)
{
    StorageBacking b;
    if (!r.expectObject())
        return b;
    b.type = r.enumeration<StorageBackingType>("type");
    b.datastoreId = r.string("datastore_id", JsonReader::Optional);
    b.storageUri = r.string("storage_uri", JsonReader::Optional);
    return b;
}

QJsonObject Library::StorageBacking::toJson() const
{
    QJsonObject o { { QStringLiteral("type"), type.toString() } };
    insertIf(o, "datastore_id", datastoreId);
    insertIf(o, "storage_uri", storageUri);
    return o;
}

Library Library::read(JsonReader &r)
{
    Library l;
    if (!r.expectObject())
        return l;
    l.id = r.string("id", JsonReader::Optional); // the service fills it from the request
    l.name = r.string("name");
    l.description = r.string("description", JsonReader::Optional);
    l.type = r.enumeration<LibraryType>("type");
    l.storageBackings = r.list<StorageBacking>("storage_backings", JsonReader::Optional);
    l.creationTime = r.dateTime("creation_time", JsonReader::Optional);
    l.lastModifiedTime = r.dateTime("last_modified_time", JsonReader::Optional);
    l.lastSyncTime = r.dateTime("last_sync_time", JsonReader::Optional);
    l.version = r.string("version", JsonReader::Optional);
    l.serverGuid = r.string("server_guid", JsonReader::Optional);
    l.publishInfo = optionalObject(r, "publish_info");
    l.subscriptionInfo = optionalObject(r, "subscription_info");
    l.optimizationInfo = optionalObject(r, "optimization_info");
    l.securityPolicyId = r.string("security_policy_id", JsonReader::Optional);
    return l;
}

QJsonObject Library::toJson() const
{
    QJsonObject o { { QStringLiteral("id"), id },
                    { QStringLiteral("name"), name },
                    { QStringLiteral("type"), type.toString() },
                    { QStringLiteral("storage_backings"), json::fromList(storageBackings) } };
    insertIf(o, "description", description);
    insertIf(o, "creation_time", json::fromDateTime(creationTime));
    insertIf(o, "last_modified_time", json::fromDateTime(lastModifiedTime));
    insertIf(o, "last_sync_time", json::fromDateTime(lastSyncTime));
    insertIf(o, "version", version);
    insertIf(o, "server_guid", serverGuid);
    if (!publishInfo.isEmpty())
        o.insert(QStringLiteral("publish_info"), publishInfo);
    if (!subscriptionInfo.isEmpty())
        o.insert(QStringLiteral("subscription_info"), subscriptionInfo);
    if (!optimizationInfo.isEmpty())
        o.insert(QStringLiteral("optimization_info"), optimizationInfo);
    insertIf(o, "security_policy_id", securityPolicyId);
    return o;
}

} // namespace clu
