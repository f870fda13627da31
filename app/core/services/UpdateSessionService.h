#pragma once

#include "Result.h"
#include "model/UpdateSession.h"

#include <QCoreApplication>
#include <QPointer>

#include <optional>

namespace clu {

class RestClient;

// Update sessions (§6) in either flavor. Every method is asynchronous; `done` runs unless
// `context` was given and has been destroyed. Ids are checked before anything is sent: carrying
// on with an empty session id is a classic failure (§15 #5).
class UpdateSessionService
{
    Q_DECLARE_TR_FUNCTIONS(UpdateSessionService)
public:
    explicit UpdateSessionService(RestClient *client);

    // Creates a session for the item. The Client-Token (a new UUID unless given) makes a
    // repeated create after a lost answer return the same session instead of a second one.
    // RESOURCE_BUSY (another session on the item) is error.isResourceBusy(), whatever status.
    void create(const QString &libraryItemId, const QList<WarningBehavior> &warningBehavior,
                QObject *context, ResultCallback<QString> done, const QString &clientToken = {});
    // The session, with `id` filled in.
    void get(const QString &sessionId, QObject *context, ResultCallback<UpdateSession> done);
    // Ids of the calling user's sessions, optionally only those of one item.
    void list(const QString &libraryItemId, QObject *context, ResultCallback<QStringList> done);
    // PATCHes warning_behavior, then reads the session back and checks the server now reports
    // exactly what was sent (in warning_behavior and in the preview warnings' `ignored`).
    // A server that accepted the PATCH but reports otherwise gives ApiError::Kind::Mismatch;
    // the re-read session is in `value` either way.
    void setWarningBehavior(const QString &sessionId, const QList<WarningBehavior> &behavior,
                            QObject *context, ResultCallback<UpdateSession> done);
    // What engine, GUI and CLI call for a warning decision: reads the session, merges
    // `decided` into the warning_behavior it already has (WarningBehavior::merged: the complete
    // list, nothing dropped) and sends that with setWarningBehavior, verified the same way.
    void applyWarningDecisions(const QString &sessionId, const QList<WarningBehavior> &decided,
                               QObject *context, ResultCallback<UpdateSession> done);
    void complete(const QString &sessionId, QObject *context, ResultCallback<void> done);
    void cancel(const QString &sessionId, QObject *context, ResultCallback<void> done);
    void fail(const QString &sessionId, const QString &clientErrorMessage, QObject *context,
              ResultCallback<void> done);
    // client_progress 0-100; nullopt = only extend the session's life.
    void keepAlive(const QString &sessionId, std::optional<qint64> clientProgress, QObject *context,
                   ResultCallback<void> done);
    // Delete the record; the server refuses while the session is ACTIVE.
    void remove(const QString &sessionId, QObject *context, ResultCallback<void> done);

    // Empty when the server's session reflects `sent`; otherwise a translated description of
    // the first difference.
    static QString verifyWarningBehavior(const UpdateSession &session,
                                         const QList<WarningBehavior> &sent);

private:
    bool checkId(const QString &id, const QString &operation, QObject *context,
                 const std::function<void(const ApiError &)> &fail) const;
    void simple(const QString &sessionId, int which, std::optional<qint64> progress,
                const QString &message, QObject *context, ResultCallback<void> done);

    QPointer<RestClient> m_client;
};

} // namespace clu
