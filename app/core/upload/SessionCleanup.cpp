#include "SessionCleanup.h"

#include "Logging.h"
#include "model/UpdateSession.h"
#include "net/RestClient.h"

namespace clu {

SessionCleanup::SessionCleanup(RestClient *client, QString sessionId, Options options,
                               QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_sessions(client)
    , m_sessionId(std::move(sessionId))
    , m_options(options)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SessionCleanup::run);
}

void SessionCleanup::start(bool cancelFirst, const QString &reason)
{
    m_cancelFirst = cancelFirst;
    m_reason = reason.left(1000);
    m_step = Step::First;
    m_try = 0;
    run();
}

void SessionCleanup::startDelete()
{
    m_released = true;
    next(Step::Delete);
}

QString SessionCleanup::stepName(Step step) const
{
    switch (step) {
    case Step::First:
        return m_cancelFirst ? QStringLiteral("cancel") : QStringLiteral("fail");
    case Step::Second:
        return m_cancelFirst ? QStringLiteral("fail") : QStringLiteral("cancel");
    case Step::Check:
        return QStringLiteral("get");
    case Step::Delete:
        return QStringLiteral("delete");
    }
    return {};
}

void SessionCleanup::run()
{
    if (!m_client) {
        m_last = ApiError::invalidInput(stepName(m_step), tr("the connection is gone"));
        m_tried.append(tr("%1: %2").arg(stepName(m_step), m_last.message()));
        done();
        return;
    }
    ++m_try;
    auto answer = [this](const Result<void> &r) {
        onAnswer(r);
    };
    const bool cancel = (m_step == Step::First) == m_cancelFirst;
    switch (m_step) {
    case Step::First:
    case Step::Second:
        if (cancel)
            m_sessions.cancel(m_sessionId, this, answer);
        else
            m_sessions.fail(m_sessionId, m_reason, this, answer);
        break;
    case Step::Delete:
        m_sessions.remove(m_sessionId, this, answer);
        break;
    case Step::Check:
        checkState([this](bool active, const ApiError &e) {
            if (!e.isError() && !active) {
                m_released = true;
                next(Step::Delete);
                return;
            }
            if (e.isNotFound()) {
                m_released = m_deleted = true;
                done();
                return;
            }
            if (e.isError())
                m_tried.append(tr("get: %1").arg(e.message()));
            done();
        });
        break;
    }
}

void SessionCleanup::checkState(const std::function<void(bool active, const ApiError &error)> &then)
{
    m_sessions.get(m_sessionId, this, [then](const Result<UpdateSession> &s) {
        then(s.ok() && s.value.state == SessionState::Active, s.error);
    });
}

void SessionCleanup::onAnswer(const Result<void> &r)
{
    if (r.ok() || r.error.isNotFound()) {
        // NOT_FOUND: expired or deleted by someone else; either way it holds nothing any more.
        if (m_step == Step::Delete || r.error.isNotFound()) {
            m_released = m_deleted = true;
            done();
            return;
        }
        m_released = true;
        next(Step::Delete);
        return;
    }
    m_last = r.error;
    if (r.error.is(ErrorType::NotAllowedInCurrentState) && m_step != Step::Delete) {
        // Usually: the session already ended (ERROR after a broken transfer, CANCELED, DONE).
        // Only the session's state tells that apart from a refusal of an ACTIVE session.
        checkState([this, e = r.error](bool active, const ApiError &got) {
            if (!got.isError() && !active) {
                m_released = true;
                next(Step::Delete);
                return;
            }
            m_tried.append(tr("%1: %2").arg(stepName(m_step), e.message()));
            next(m_step == Step::First ? Step::Second : Step::Check);
        });
        return;
    }
    if (m_try < m_options.attempts) {
        retryLater();
        return;
    }
    m_tried.append(
        tr("%1 (%n tries): %2", nullptr, m_try).arg(stepName(m_step), r.error.message()));
    switch (m_step) {
    case Step::First:
        next(Step::Second);
        break;
    case Step::Second:
        next(Step::Check);
        break;
    default:
        done();
        break;
    }
}

void SessionCleanup::next(Step step)
{
    m_step = step;
    m_try = 0;
    run();
}

void SessionCleanup::retryLater()
{
    const qint64 delay = m_options.baseDelay.count() * (qint64(1) << qMin(m_try - 1, 10));
    qCInfo(lcUpload).noquote() << stepName(m_step) << "of update session" << m_sessionId
                               << "failed:" << m_last.message() << "- trying again in" << delay
                               << "ms";
    m_timer.start(int(qMin<qint64>(delay, 60000)));
}

void SessionCleanup::done()
{
    if (m_finished)
        return;
    m_finished = true;
    if (!report().isEmpty())
        qCWarning(lcUpload).noquote() << report();
    emit finished();
}

QString SessionCleanup::report() const
{
    if (m_released && m_deleted)
        return {};
    const QString tried = m_tried.join(QLatin1String("; "));
    if (m_released)
        return tr("Update session %1 has ended but could not be deleted (%2); vCenter removes it "
                  "later.")
            .arg(m_sessionId, tried);
    return tr("Update session %1 could not be ended and may still lock the item (tried %2). "
              "Cancel it in vCenter or with \"cl-uploader-cli cancel %1\".")
        .arg(m_sessionId, tried);
}

} // namespace clu
