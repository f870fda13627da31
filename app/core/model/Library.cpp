#include "Library.h"

namespace clu {

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
    json::insertIfNotEmpty(o, "datastore_id", datastoreId);
    json::insertIfNotEmpty(o, "storage_uri", storageUri);
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
    l.publishInfo = r.rawObject("publish_info");
    l.subscriptionInfo = r.rawObject("subscription_info");
    l.optimizationInfo = r.rawObject("optimization_info");
    l.securityPolicyId = r.string("security_policy_id", JsonReader::Optional);
    return l;
}

QJsonObject Library::toJson() const
{
    QJsonObject o { { QStringLiteral("id"), id },
                    { QStringLiteral("name"), name },
                    { QStringLiteral("type"), type.toString() },
                    { QStringLiteral("storage_backings"), json::fromList(storageBackings) } };
    json::insertIfNotEmpty(o, "description", description);
    json::insertIfNotEmpty(o, "creation_time", json::fromDateTime(creationTime));
    json::insertIfNotEmpty(o, "last_modified_time", json::fromDateTime(lastModifiedTime));
    json::insertIfNotEmpty(o, "last_sync_time", json::fromDateTime(lastSyncTime));
    json::insertIfNotEmpty(o, "version", version);
    json::insertIfNotEmpty(o, "server_guid", serverGuid);
    if (!publishInfo.isEmpty())
        o.insert(QStringLiteral("publish_info"), publishInfo);
    if (!subscriptionInfo.isEmpty())
        o.insert(QStringLiteral("subscription_info"), subscriptionInfo);
    if (!optimizationInfo.isEmpty())
        o.insert(QStringLiteral("optimization_info"), optimizationInfo);
    json::insertIfNotEmpty(o, "security_policy_id", securityPolicyId);
    return o;
}

} // namespace clu
