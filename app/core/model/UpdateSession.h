#pragma once

#include "LocalizableMessage.h"
#include "PreviewInfo.h"
#include "WarningBehavior.h"

#include <optional>

namespace clu {

// §5.1 UpdateSessionModel as returned by get. The server leaves `id` out of get results (it is
// what was asked for); the service fills it in so a model always knows its session.
struct UpdateSession
{
    QString id;
    QString libraryItemId;
    QString libraryItemContentVersion;
    std::optional<LocalizableMessage> errorMessage;
    qint64 clientProgress = 0;
    OpenEnum<SessionState> state;
    QDateTime expirationTime;
    std::optional<PreviewInfo> previewInfo; // only while ACTIVE
    QList<WarningBehavior> warningBehavior;

    bool isTerminal() const
    {
        return state == SessionState::Done || state == SessionState::Error
            || state == SessionState::Canceled;
    }

    static UpdateSession read(JsonReader &r);
    static UpdateSession fromJson(const QJsonValue &v, QString *error)
    {
        return decodeJson<UpdateSession>(v, error);
    }
    QJsonObject toJson() const;
};

} // namespace clu
