#include "UpdateSession.h"

namespace clu {

UpdateSession UpdateSession::read(JsonReader &r)
{
    UpdateSession s;
    if (!r.expectObject())
        return s;
    s.id = r.string("id", JsonReader::Optional);
    s.libraryItemId = r.string("library_item_id");
    s.libraryItemContentVersion = r.string("library_item_content_version");
    s.errorMessage = r.object<LocalizableMessage>("error_message", JsonReader::Optional);
    s.clientProgress = r.int64("client_progress", JsonReader::Optional, 0); // omitempty 0
    s.state = r.enumeration<SessionState>("state");
    s.expirationTime = r.dateTime("expiration_time");
    s.previewInfo = r.object<PreviewInfo>("preview_info", JsonReader::Optional);
    s.warningBehavior = r.list<WarningBehavior>("warning_behavior", JsonReader::Optional);
    return s;
}

QJsonObject UpdateSession::toJson() const
{
    QJsonObject o { { QStringLiteral("library_item_id"), libraryItemId },
                    { QStringLiteral("library_item_content_version"), libraryItemContentVersion },
                    { QStringLiteral("client_progress"), clientProgress },
                    { QStringLiteral("state"), state.toString() },
                    { QStringLiteral("expiration_time"), json::fromDateTime(expirationTime) } };
    if (!id.isEmpty())
        o.insert(QStringLiteral("id"), id);
    if (errorMessage)
        o.insert(QStringLiteral("error_message"), errorMessage->toJson());
    if (previewInfo)
        o.insert(QStringLiteral("preview_info"), previewInfo->toJson());
    if (!warningBehavior.isEmpty())
        o.insert(QStringLiteral("warning_behavior"), json::fromList(warningBehavior));
    return o;
}

} // namespace clu
