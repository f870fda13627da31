#pragma once

#include "JsonReader.h"

namespace clu {

// §5.10 LibraryModel (browsing subset; the publish/subscription/optimization blocks are kept
// verbatim because nothing here interprets them).
struct Library
{
    struct StorageBacking
    {
        OpenEnum<StorageBackingType> type;
        QString datastoreId;
        QString storageUri;

        static StorageBacking read(JsonReader &r);
        QJsonObject toJson() const;
    };

    QString id;
    QString name;
    QString description;
    OpenEnum<LibraryType> type;
    QList<StorageBacking> storageBackings;
    QDateTime creationTime;
    QDateTime lastModifiedTime;
    QDateTime lastSyncTime;
    QString version;
    QString serverGuid;
    QJsonObject publishInfo;
    QJsonObject subscriptionInfo;
    QJsonObject optimizationInfo;
    QString securityPolicyId;

    // Only LOCAL libraries accept update sessions (§5.10).
    bool acceptsUploads() const { return type == LibraryType::Local; }

    static Library read(JsonReader &r);
    static Library fromJson(const QJsonValue &v, QString *error)
    {
        return decodeJson<Library>(v, error);
    }
    QJsonObject toJson() const;
};

} // namespace clu
