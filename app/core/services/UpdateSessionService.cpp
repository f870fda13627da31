#include "UpdateSessionService.h"

#include "ResultDecoding.h"
#include "net/RestClient.h"

#include <QUuid>

namespace clu {

namespace {
enum Simple { Complete, Cancel, Fail, KeepAlive, Delete };
}

UpdateSessionService::UpdateSessionService(RestClient *client)
    : m_client(client)
{ }

bool UpdateSessionService::checkId(const QString &id, const QString &operation, QObject *context,
                                   const std::function<void(const ApiError &)> &fail) const
{
    QString why;
    if (!m_client)
        why = tr("the connection is gone");
    else if (id.trimmed().isEmpty())
        why = tr("no id was given");
    if (why.isEmpty())
        return true;
    const ApiError e = ApiError::invalidInput(operation, why);
    QMetaObject::invokeMethod(
        context ? context : static_cast<QObject *>(QCoreApplication::instance()),
        [fail, e]() { fail(e); }, Qt::QueuedConnection);
    return false;
}

void UpdateSessionService::create(const QString &itemId, const QList<WarningBehavior> &wb,
                                  QObject *context, ResultCallback<QString> done,
                                  const QString &clientToken)
{
    QJsonObject spec { { QStringLiteral("library_item_id"), itemId } };
    if (!wb.isEmpty())
        spec.insert(QStringLiteral("warning_behavior"), json::fromList(wb));
    const QString token =
        clientToken.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : clientToken;
    const QString op = tr("Creating an update session for library item %1").arg(itemId);
    if (!checkId(itemId, op, context, [done](const ApiError &e) {
            Result<QString> r;
            r.error = e;
            done(r);
        }))
        return;
    const ApiRequest req = m_client->routes().createSession(spec, token);
    m_client->call(req, context, [done, op = req.operation](const ApiResult &r) {
        done(ResultDecoding::toId(r, op));
    });
}

void UpdateSessionService::get(const QString &sid, QObject *context,
                               ResultCallback<UpdateSession> done)
{
    const QString op = tr("Reading update session %1").arg(sid);
    if (!checkId(sid, op, context, [done](const ApiError &e) {
            Result<UpdateSession> r;
            r.error = e;
            done(r);
        }))
        return;
    const ApiRequest req = m_client->routes().getSession(sid);
    m_client->call(req, context, [done, sid, op = req.operation](const ApiResult &r) {
        Result<UpdateSession> out = ResultDecoding::toModel<UpdateSession>(r, op);
        if (out.ok())
            out.value.id = sid; // get results leave the id out (§5.1)
        done(out);
    });
}

void UpdateSessionService::list(const QString &itemId, QObject *context,
                                ResultCallback<QStringList> done)
{
    if (!m_client) {
        ResultDecoding::failLater<QStringList>(
            context, done,
            ApiError::invalidInput(tr("Listing update sessions"), tr("the connection is gone")));
        return;
    }
    const ApiRequest req = m_client->routes().listSessions(itemId);
    m_client->call(req, context, [done, op = req.operation](const ApiResult &r) {
        done(ResultDecoding::toIdList(r, op));
    });
}

QString UpdateSessionService::verifyWarningBehavior(const UpdateSession &s,
                                                    const QList<WarningBehavior> &sent)
{
    for (const WarningBehavior &want : sent) {
        const WarningBehavior *have = nullptr;
        for (const WarningBehavior &b : s.warningBehavior) {
            if (b.type == want.type)
                have = &b;
        }
        if (!have)
            return tr("the session has no warning behavior for %1 after it was set")
                .arg(want.type.toString());
        if (have->ignored != want.ignored)
            return tr("the session reports %1 as %2 after it was set to %3")
                .arg(want.type.toString(), have->ignored ? tr("ignored") : tr("not ignored"),
                     want.ignored ? tr("ignored") : tr("not ignored"));
        if (s.previewInfo) {
            for (const PreviewWarning &w : s.previewInfo->warnings) {
                if (w.type == want.type && w.ignored != want.ignored)
                    return tr("the preview still shows warning %1 as %2")
                        .arg(want.type.toString(), w.ignored ? tr("ignored") : tr("not ignored"));
            }
        }
    }
    return {};
}

void UpdateSessionService::setWarningBehavior(const QString &sid,
                                              const QList<WarningBehavior> &behavior,
                                              QObject *context, ResultCallback<UpdateSession> done)
{
    const QString op = tr("Changing the warning behavior of update session %1").arg(sid);
    if (!checkId(sid, op, context, [done](const ApiError &e) {
            Result<UpdateSession> r;
            r.error = e;
            done(r);
        }))
        return;
    const QJsonObject spec { { QStringLiteral("warning_behavior"), json::fromList(behavior) } };
    const ApiRequest req = m_client->routes().updateSession(sid, spec);
    QPointer<RestClient> client = m_client;
    m_client->call(req, context, [client, sid, behavior, op, context, done](const ApiResult &r) {
        if (!r.ok() || !client) {
            Result<UpdateSession> out;
            out.error = r.error;
            done(out);
            return;
        }
        // Re-read: a PATCH that "succeeds" without taking effect would otherwise only show up
        // as a failed complete much later (§6.4: replace vs. merge is not confirmed).
        UpdateSessionService again(client);
        again.get(sid, context, [behavior, op, done](const Result<UpdateSession> &got) {
            Result<UpdateSession> out = got;
            if (!got.ok()) {
                done(out);
                return;
            }
            const QString diff = verifyWarningBehavior(got.value, behavior);
            if (!diff.isEmpty()) {
                out.error.kind = ApiError::Kind::Mismatch;
                out.error.operation = op;
                out.error.detail = diff;
            }
            done(out);
        });
    });
}

void UpdateSessionService::applyWarningDecisions(const QString &sid,
                                                 const QList<WarningBehavior> &decided,
                                                 QObject *context,
                                                 ResultCallback<UpdateSession> done)
{
    QPointer<RestClient> client = m_client;
    get(sid, context, [client, sid, decided, context, done](const Result<UpdateSession> &got) {
        if (!got.ok() || !client) {
            Result<UpdateSession> out = got;
            if (out.ok()) // the read succeeded but the connection went away since
                out.error = ApiError::invalidInput(
                    tr("Changing the warning behavior of update session %1").arg(sid),
                    tr("the connection is gone"));
            done(out);
            return;
        }
        UpdateSessionService(client).setWarningBehavior(
            sid, WarningBehavior::merged(got.value.warningBehavior, decided), context, done);
    });
}

void UpdateSessionService::simple(const QString &sid, int which, std::optional<qint64> progress,
                                  const QString &message, QObject *context,
                                  ResultCallback<void> done)
{
    if (!m_client) {
        ResultDecoding::failLater<void>(
            context, done, ApiError::invalidInput(QString(), tr("the connection is gone")));
        return;
    }
    const ApiRoutes routes = m_client->routes();
    ApiRequest req;
    switch (which) {
    case Complete:
        req = routes.completeSession(sid);
        break;
    case Cancel:
        req = routes.cancelSession(sid);
        break;
    case Fail:
        req = routes.failSession(sid, message);
        break;
    case KeepAlive:
        req = routes.keepAliveSession(sid, progress);
        break;
    default:
        req = routes.deleteSession(sid);
        break;
    }
    if (!checkId(sid, req.operation, context, [done](const ApiError &e) {
            Result<void> r;
            r.error = e;
            done(r);
        }))
        return;
    if (progress && (*progress < 0 || *progress > 100)) {
        ResultDecoding::failLater<void>(
            context, done,
            ApiError::invalidInput(req.operation,
                                   tr("client progress %1 is outside 0-100").arg(*progress)));
        return;
    }
    m_client->call(req, context, [done](const ApiResult &r) { done(ResultDecoding::toVoid(r)); });
}

void UpdateSessionService::complete(const QString &sid, QObject *context, ResultCallback<void> done)
{
    simple(sid, Complete, std::nullopt, {}, context, std::move(done));
}

void UpdateSessionService::cancel(const QString &sid, QObject *context, ResultCallback<void> done)
{
    simple(sid, Cancel, std::nullopt, {}, context, std::move(done));
}

void UpdateSessionService::fail(const QString &sid, const QString &message, QObject *context,
                                ResultCallback<void> done)
{
    simple(sid, Fail, std::nullopt, message, context, std::move(done));
}

void UpdateSessionService::keepAlive(const QString &sid, std::optional<qint64> progress,
                                     QObject *context, ResultCallback<void> done)
{
    simple(sid, KeepAlive, progress, {}, context, std::move(done));
}

void UpdateSessionService::remove(const QString &sid, QObject *context, ResultCallback<void> done)
{
    simple(sid, Delete, std::nullopt, {}, context, std::move(done));
}

} // namespace clu
