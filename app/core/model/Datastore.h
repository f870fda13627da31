#pragma once

#include "JsonReader.h"

#include <optional>

namespace clu {

// vCenter datastore summary (GET /api/vcenter/datastore): what a library's storage backing
// (datastore_id) points at; shown when choosing where a new library lives.
struct Datastore
{
    QString id; // "datastore" in the JSON, e.g. datastore-12
    QString name;
    QString type; // VMFS, NFS, vsan, ... (free-form)
    std::optional<qint64> freeSpace;
    std::optional<qint64> capacity;

    static Datastore read(JsonReader &r);
    static Datastore fromJson(const QJsonValue &v, QString *error)
    {
        return decodeJson<Datastore>(v, error);
    }
    QJsonObject toJson() const;
};

} // namespace clu
