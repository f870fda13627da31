#pragma once

#include "ChecksumInfo.h"

#include <optional>

namespace clu {

// §5.10 item file info: a file stored in a library item.
struct ItemFile
{
    QString name;
    qint64 size = 0; // storage consumed
    bool cached = false;
    QString version; // increments per re-upload; a string in the API, tolerated as a number
    std::optional<ChecksumInfo> checksumInfo;

    static ItemFile read(JsonReader &r);
    static ItemFile fromJson(const QJsonValue &v, QString *error)
    {
        return decodeJson<ItemFile>(v, error);
    }
    QJsonObject toJson() const;
};

} // namespace clu
