#pragma once

#include "JsonReader.h"

namespace clu {

// §5.10 ItemModel (get result) and, through toCreateSpec(), the item create spec.
struct Item
{
    QString id;
    QString libraryId;
    QString name;
    QString description;
    QString type; // "ovf", "iso", "file", "vm-template", ... or empty; free-form by design
    QString contentVersion; // opaque: compare for inequality only
    QString metadataVersion;
    QString version;
    qint64 size = 0;
    bool cached = false;
    QDateTime creationTime;
    QDateTime lastModifiedTime;
    QDateTime lastSyncTime;
    QString sourceId;
    QJsonObject securityCompliance; // 7.0.3+, kept verbatim
    QJsonObject certificateVerificationInfo; // 7.0.3+, kept verbatim

    // {"library_id","name"[,"description"][,"type"]}: what item create needs.
    QJsonObject toCreateSpec() const;
    // Empty when toCreateSpec() can be sent; otherwise a translated reason.
    QString validateForCreate() const;

    static Item read(JsonReader &r);
    static Item fromJson(const QJsonValue &v, QString *error) { return decodeJson<Item>(v, error); }
    QJsonObject toJson() const;
};

} // namespace clu
