#pragma once

#include "model/ApiError.h"
#include "services/UpdateSessionService.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

#include <chrono>

namespace clu {

class RestClient;

// Ends an update session and deletes it, so its library item is free again. An ACTIVE session
// locks the item (the next upload gets RESOURCE_BUSY), so one refused call is not the end of it:
// the first action (fail with our reason, or cancel when the user canceled) is retried with
// backoff; when it still does not work, the other one is tried; then the session is deleted
// (with retries; NOT_FOUND counts as deleted). Refusals because the session has already ended
// are checked against the session's state. finished() fires once; report() then says exactly
// what was tried and what the server answered when the session is still there.
class SessionCleanup : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        int attempts = 3; // per call
        std::chrono::milliseconds baseDelay { 1000 }; // doubled after every failed try
    };

    SessionCleanup(RestClient *client, QString sessionId, Options options,
                   QObject *parent = nullptr);

    // cancelFirst: cancel, then fail; otherwise fail (with `reason`), then cancel.
    void start(bool cancelFirst, const QString &reason);
    // For a session that has ended (DONE): only delete it (retried).
    void startDelete();

    // The session is no longer ACTIVE (ended, or gone): the item is not locked by it.
    bool released() const { return m_released; }
    bool deleted() const { return m_deleted; }
    // Translated; empty when the session was ended and deleted. Otherwise names the session,
    // every call tried and the server's last answer to each.
    QString report() const;

signals:
    void finished();

private:
    enum class Step { First, Second, Check, Delete };
    void run();
    void onAnswer(const Result<void> &r);
    void checkState(const std::function<void(bool active, const ApiError &error)> &then);
    void next(Step step);
    void retryLater();
    void done();
    QString stepName(Step step) const;

    QPointer<RestClient> m_client;
    UpdateSessionService m_sessions;
    QString m_sessionId;
    Options m_options;
    bool m_cancelFirst = false;
    QString m_reason;
    Step m_step = Step::First;
    int m_try = 0;
    bool m_released = false;
    bool m_deleted = false;
    bool m_finished = false;
    QStringList m_tried; // "fail ×3: HTTP 500 …"
    ApiError m_last;
    QTimer m_timer;
};

} // namespace clu
