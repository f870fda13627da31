#pragma once

#include "ChecksumInfo.h"
#include "LocalizableMessage.h"
#include "TransferEndpoint.h"

#include <optional>

namespace clu {

// §5.8: a file of an update session (result of add/get/list).
struct SessionFile
{
    QString name;
    OpenEnum<SourceType> sourceType;
    std::optional<qint64> size; // bytes received; set once READY
    std::optional<ChecksumInfo> checksumInfo;
    std::optional<TransferEndpoint> sourceEndpoint;
    std::optional<TransferEndpoint> uploadEndpoint;
    qint64 bytesTransferred = 0;
    OpenEnum<FileStatus> status;
    std::optional<LocalizableMessage> errorMessage;
    std::optional<bool> keepInStorage; // absent = kept

    static SessionFile read(JsonReader &r);
    static SessionFile fromJson(const QJsonValue &v, QString *error)
    {
        return decodeJson<SessionFile>(v, error);
    }
    QJsonObject toJson() const;
};

} // namespace clu
