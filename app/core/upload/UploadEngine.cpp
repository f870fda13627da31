#include "UploadEngine.h"

#include "Logging.h"
#include "SessionFileTransfer.h"
#include "model/UpdateSession.h"
#include "net/RestClient.h"
#include "preflight/Privileges.h"

#include <QThread>

namespace clu {

UploadEngine::UploadEngine(RestClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_library(client)
    , m_sessions(client)
    , m_files(client)
{
    qRegisterMetaType<clu::UploadOutcome>();
    connect(&m_keepAlive, &QTimer::timeout, this, &UploadEngine::keepAlive);
    m_poll.setSingleShot(true);
}

UploadEngine::~UploadEngine()
{
    for (SessionFileTransfer *t : std::as_const(m_transfers))
        t->abort();
    if (m_rehash) {
        m_rehashCancel.store(true);
        m_rehash->wait();
    }
    if (m_longOperation && m_client)
        m_client->endLongOperation();
}

void UploadEngine::setStage(UploadStage stage)
{
    m_stage = stage;
    m_outcome.stage = stage;
    emit stageChanged(stage);
}

bool UploadEngine::start(const UploadRequest &request)
{
    if (m_running || !m_client)
        return false;
    ++m_run;
    m_request = request;
    m_request.concurrency = qBound(1, request.concurrency, 16);
    m_outcome = {};
    m_prepared = {};
    m_sessionId.clear();
    m_queue.clear();
    m_sentByFile.clear();
    m_contentDone = 0;
    m_sessionRestarts = 0;
    m_stateTries = 0;
    m_attempts.clear();
    m_stamps.clear();
    m_rehashed = false;
    m_acceptedDecision.reset();
    m_reviewPreview.reset();
    m_running = true;
    m_ending = false;
    setStage(UploadStage::Preparing);
    if (m_request.libraryItemId.isEmpty()) {
        failWith(ApiError::invalidInput(tr("upload"), tr("no library item was given")),
                 tr("No library item was given."));
        return true;
    }
    delete m_preparer;
    m_preparer = new UploadPreparer(this);
    connect(m_preparer, &UploadPreparer::progress, this, &UploadEngine::preparationProgress);
    connect(m_preparer, &UploadPreparer::finished, this, &UploadEngine::onPrepared);
    m_preparer->setPreflight(m_request.runPreflight, m_request.allowPreflightWarnings);
    m_preparer->start(m_request.paths, m_request.pullSources, m_request.checksum,
                      /*deferContent=*/true);
    return true;
}

void UploadEngine::cancel()
{
    if (!m_running || m_ending)
        return;
    m_outcome.canceled = true;
    if (m_preparer)
        m_preparer->cancel();
    ApiError e;
    e.kind = ApiError::Kind::Canceled;
    e.operation = tr("upload");
    e.detail = tr("canceled by the user");
    failWith(e, tr("The upload was canceled while %1.").arg(uploadStageName(m_stage)), true);
}

void UploadEngine::onPrepared(const PreparedUpload &prepared)
{
    if (!alive(m_run)) // canceled while hashing: the run already ended
        return;
    m_prepared = prepared;
    m_outcome.missingReferences = prepared.missingReferences;
    m_outcome.digestMismatches = prepared.mismatches;
    m_outcome.notes = prepared.notes;
    m_outcome.preflight = prepared.preflight;
    if (!prepared.ok) {
        ApiError e = ApiError::invalidInput(tr("check the files to upload"),
                                            prepared.errors.join(QLatin1Char(' ')));
        failWith(e, tr("Nothing was sent: %1").arg(prepared.errors.join(QLatin1Char(' '))));
        return;
    }
    recordLocalFiles();
    startHashing();
    createSession();
}

void UploadEngine::createSession()
{
    setStage(UploadStage::CreatingSession);
    const quint64 run = m_run;
    m_sessions.create(m_request.libraryItemId, {}, this, [this, run](const Result<QString> &r) {
        if (!alive(run)) {
            // The run ended (canceled, a content file failed its check) while the session was
            // being created: it must not stay behind holding the item.
            if (r.ok()) {
                auto *orphan = new SessionCleanup(m_client, r.value, cleanupOptions(), this);
                connect(orphan, &SessionCleanup::finished, orphan, &QObject::deleteLater);
                orphan->start(true, tr("The upload ended while its session was created."));
            }
            return;
        }
        if (!r.ok()) {
            if (r.error.isResourceBusy()) {
                // Find the session that holds the item, so the caller can open or cancel it.
                m_sessions.list(m_request.libraryItemId, this,
                                [this, run, err = r.error](const Result<QStringList> &l) {
                                    if (run != m_run)
                                        return;
                                    m_outcome.existingSessionId = l.value.value(0);
                                    failWith(err,
                                             m_outcome.existingSessionId.isEmpty()
                                                 ? tr("The item already has an active update "
                                                      "session.")
                                                 : tr("The item already has an active update "
                                                      "session: %1.")
                                                       .arg(m_outcome.existingSessionId));
                                });
                return;
            }
            failWith(r.error,
                     tr("Could not create the update session: %1")
                         .arg(Privileges::explain(r.error, Privileges::Need::UpdateFiles)));
            return;
        }
        m_sessionId = r.value;
        m_outcome.sessionId = m_sessionId;
        m_stateTries = 0;
        emit sessionCreated(m_sessionId);
        m_client->beginLongOperation();
        m_longOperation = true;
        m_keepAlive.start(m_request.keepAliveInterval);
        scheduleKeepAlive(); // from the session's expiration_time
        m_rate.start();
        if (m_prepared.isPackage) {
            setStage(UploadStage::SendingMetadata);
            sendMetadata(0);
        } else {
            startContent();
        }
    });
}

SessionFileTransfer *UploadEngine::makeTransfer(const UploadSource &source)
{
    SessionFileTransfer::Options o;
    o.maxRetries = m_request.maxRetries;
    o.retryBaseDelay = m_request.retryBaseDelay;
    o.pollInterval = m_request.pollInterval;
    o.stallTimeout = m_request.stallTimeout;
    o.unconfirmedTimeout = m_request.unconfirmedTimeout;
    auto *t = new SessionFileTransfer(m_client, m_sessionId, source,
                                      m_prepared.checksums.value(source.name), m_request.checksum,
                                      o, this);
    const QString name = source.name;
    // URL sources are fetched by vCenter: their bytes are not ours to count in the total.
    const bool pull = source.isPull();
    connect(t, &SessionFileTransfer::statusChanged, this,
            [this, name](FileTransferStatus status, const QString &detail) {
                emit fileStatusChanged(name, status, detail);
            });
    connect(t, &SessionFileTransfer::progress, this,
            [this, name, pull](qint64 sent, qint64 total, double rate, qint64 eta) {
                if (!pull)
                    m_sentByFile[name] = sent;
                emit fileProgress(name, sent, total, rate, eta);
                updateOverall();
            });
    m_transfers.append(t);
    return t;
}

void UploadEngine::onTransferFinished(SessionFileTransfer *t, bool ok,
                                      const std::function<void()> &next)
{
    m_transfers.removeAll(t);
    t->deleteLater();
    if (!alive(m_run))
        return;
    const QString name = t->source().name;
    m_attempts[name] += t->attempts();
    if (!ok) {
        if (t->sessionEnded() && mayRestart()) {
            restartSession(name, t->error());
            return;
        }
        const int attempts = m_attempts.value(name);
        failWith(t->error(),
                 m_sessionRestarts > 0
                     ? tr("%1 could not be uploaded after %n attempt(s) in %2 sessions: %3",
                          nullptr, attempts)
                           .arg(name)
                           .arg(m_sessionRestarts + 1)
                           .arg(t->error().message())
                     : tr("%1 could not be uploaded after %n attempt(s): %2", nullptr, attempts)
                           .arg(name, t->error().message()));
        return;
    }
    if (!t->unconfirmedReason().isEmpty())
        m_outcome.unverified.append(t->unconfirmedReason());
    if (!t->source().isPull())
        m_sentByFile[t->source().name] = t->source().size;
    updateOverall();
    keepAlive(); // progress moved: let vCenter show it now
    next();
}

void UploadEngine::startContent()
{
    // The queue first: a stageChanged handler may turn the event loop (a checksum arriving then
    // pumps), and an empty queue must not look like all files sent.
    m_queue = m_prepared.content;
    m_contentDone = 0;
    setStage(UploadStage::SendingFiles);
    keepAlive();
    pumpContent();
}

void UploadEngine::pumpContent()
{
    // No session: the run is starting over (restartSession cleared the queue), and a checksum
    // that arrives meanwhile must not make the empty queue look finished (validate, complete).
    // startContent() pumps again in the new session.
    if (!alive(m_run) || m_sessionId.isEmpty())
        return;
    if (m_queue.isEmpty() && m_transfers.isEmpty()) {
        if (m_contentDone >= m_prepared.content.size()) // every file READY in this session
            validate();
        return;
    }
    while (!m_queue.isEmpty() && m_transfers.size() < m_request.concurrency) {
        // A file is added once its checksum is ready (onHashed pumps again).
        const UploadSource &next = m_queue.first();
        if (!next.isPull() && !m_prepared.checksums.contains(next.name))
            break;
        SessionFileTransfer *t = makeTransfer(m_queue.takeFirst());
        connect(t, &SessionFileTransfer::finished, this, [this, t](bool ok) {
            onTransferFinished(t, ok, [this]() {
                ++m_contentDone;
                pumpContent();
            });
        });
        t->start();
    }
}

void UploadEngine::validate()
{
    setStage(UploadStage::Validating);
    const quint64 run = m_run;
    const QString sid = m_sessionId;
    // Guarded by the session: a keep-alive may have started the run over meanwhile.
    m_files.validate(sid, this, [this, run, sid](const Result<ValidationResult> &r) {
        if (!current(run, sid))
            return;
        if (!r.ok()) {
            if (r.error.isNotFound()) {
                sessionVanished(r.error);
                return;
            }
            if (!repeatLater(r.error, [this]() { validate(); }))
                failWith(r.error, tr("Validation failed: %1").arg(r.error.message()));
            return;
        }
        if (!r.value.reported) {
            m_outcome.unverified.append(
                tr("validate: the server answered without a validation result"));
            qCWarning(lcUpload) << "validate answered without a result; complete decides";
        }
        if (r.value.hasErrors) {
            m_outcome.validation = r.value;
            QStringList parts;
            if (!r.value.missingFiles.isEmpty())
                parts.append(tr("missing: %1").arg(r.value.missingFiles.join(QLatin1String(", "))));
            for (const auto &inv : r.value.invalidFiles)
                parts.append(tr("invalid: %1 (%2)").arg(inv.name, inv.errorMessage.defaultMessage));
            ApiError e = reportedStateError(tr("validate the session files"),
                                            parts.join(QLatin1String("; ")), std::nullopt);
            failWith(e,
                     tr("The server reports problems with the files: %1")
                         .arg(parts.join(QLatin1String("; "))));
            return;
        }
        complete();
    });
}

void UploadEngine::complete()
{
    setStage(UploadStage::Completing);
    const quint64 run = m_run;
    m_sessions.complete(m_sessionId, this, [this, run](const Result<void> &r) {
        if (!alive(run))
            return;
        if (!r.ok()) {
            completeFailed(r.error);
            return;
        }
        m_keepAlive.stop();
        m_waitClock.start();
        pollDone();
    });
}

void UploadEngine::pollDone()
{
    const quint64 run = m_run;
    m_sessions.get(m_sessionId, this, [this, run](const Result<UpdateSession> &r) {
        if (!alive(run))
            return;
        if (!r.ok()) {
            if (!repeatLater(r.error, [this]() { pollDone(); }))
                failWith(
                    r.error,
                    tr("Could not read the session after complete: %1").arg(r.error.message()));
            return;
        }
        const UpdateSession &s = r.value;
        if (s.state == SessionState::Done) {
            cleanUpAndSucceed();
            return;
        }
        if (s.state == SessionState::Error || s.state == SessionState::Canceled) {
            const ApiError e = reportedStateError(
                tr("complete the update session"),
                tr("the session ended in %1").arg(s.state.toString()), s.errorMessage);
            failWith(e,
                     tr("The session ended in %1 after complete: %2")
                         .arg(s.state.toString(), e.message()));
            return;
        }
        if (m_waitClock.elapsed() > m_request.previewTimeout.count()) {
            const ApiError e =
                reportedStateError(tr("complete the update session"),
                                   tr("still %1").arg(s.state.toString()), std::nullopt);
            failWith(e, tr("The session did not reach DONE in time."));
            return;
        }
        m_poll.disconnect();
        connect(&m_poll, &QTimer::timeout, this, &UploadEngine::pollDone);
        m_poll.start(m_request.pollInterval);
    });
}

void UploadEngine::cleanUpAndSucceed()
{
    setStage(UploadStage::CleaningUp);
    const quint64 run = m_run;
    // DONE no longer locks the item; a session that cannot be deleted is only noted.
    auto *cleanup = new SessionCleanup(m_client, m_sessionId, cleanupOptions(), this);
    connect(cleanup, &SessionCleanup::finished, this, [this, run, cleanup]() {
        cleanup->deleteLater();
        if (run != m_run)
            return;
        m_outcome.cleanupProblem = cleanup->report();
        m_library.getItem(m_request.libraryItemId, this, [this, run](const Result<Item> &item) {
            if (run != m_run)
                return;
            m_outcome.item = item.value;
            m_outcome.ok = true;
            m_outcome.bytesSent = m_prepared.totalBytes;
            m_outcome.summary = uploadSuccessSummary(
                int(m_prepared.metadata.size() + m_prepared.content.size()), m_prepared.totalBytes,
                item.ok() ? &item.value : nullptr, item.error.message(), m_outcome.unverified);
            setStage(UploadStage::Done);
            finishRun();
        });
    });
    cleanup->startDelete();
}

int UploadEngine::clientProgress() const
{
    if (m_prepared.totalBytes <= 0)
        return 0;
    qint64 sent = 0;
    for (qint64 v : m_sentByFile)
        sent += v;
    // 100 means done; vCenter should not see it before complete.
    return int(qBound<qint64>(qint64(0), sent * 100 / m_prepared.totalBytes, qint64(99)));
}

void UploadEngine::updateOverall()
{
    qint64 sent = 0;
    for (qint64 v : m_sentByFile)
        sent += v;
    m_outcome.bytesSent = sent;
    m_rate.add(sent);
    emit overallProgress(sent, m_prepared.totalBytes, m_rate.bytesPerSecond(),
                         m_rate.etaSeconds(sent, m_prepared.totalBytes));
}

void UploadEngine::keepAlive()
{
    if (m_sessionId.isEmpty() || !alive(m_run))
        return;
    const quint64 run = m_run;
    const QString sid = m_sessionId;
    m_sessions.keepAlive(sid, clientProgress(), this, [this, run, sid](const Result<void> &r) {
        if (!alive(run) || sid != m_sessionId)
            return;
        if (r.ok()) {
            scheduleKeepAlive();
            return;
        }
        qCWarning(lcUpload).noquote() << "keep-alive failed:" << r.error.message();
        if (r.error.isNotFound()) // the session expired or was deleted under us
            sessionVanished(r.error);
        // While the user decides, nothing else watches the session: one that went to ERROR is
        // started over now, not when the answer comes. (Transfers and polls do it otherwise.)
        else if (r.error.is(ErrorType::NotAllowedInCurrentState)
                 && m_stage == UploadStage::WaitingForDecision && !m_acceptedDecision)
            restartIfSessionFailed(r.error,
                                   tr("The update session ended while waiting for the review: "
                                      "%1")
                                       .arg(r.error.message()));
        // Anything else (503, a dropped connection): the next keep-alive tries again, at a third
        // of the time the session has left.
    });
}

void UploadEngine::failWith(const ApiError &error, const QString &summary, bool cancelSession)
{
    if (m_ending || !m_running)
        return;
    m_ending = true;
    if (m_hasher)
        m_hasher->cancel();
    m_outcome.ok = false;
    m_outcome.error = error;
    m_outcome.summary = summary;
    m_keepAlive.stop();
    m_poll.stop();
    for (SessionFileTransfer *t : std::as_const(m_transfers)) {
        t->abort();
        t->deleteLater();
    }
    m_transfers.clear();
    qCWarning(lcUpload).noquote() << "upload failed in stage" << uploadStageName(m_stage) << ":"
                                  << summary;
    if (m_sessionId.isEmpty()) {
        finishRun();
        return;
    }
    const quint64 run = m_run;
    // cancel for the user's and the signer decision's sake, fail (with our reason, visible to
    // vCenter admins) for errors; then delete. Retried, and each falls back on the other.
    auto *cleanup = new SessionCleanup(m_client, m_sessionId, cleanupOptions(), this);
    connect(cleanup, &SessionCleanup::finished, this, [this, run, cleanup]() {
        cleanup->deleteLater();
        if (run != m_run)
            return;
        m_outcome.cleanupProblem = cleanup->report();
        finishRun();
    });
    cleanup->start(cancelSession, summary);
}

void UploadEngine::finishRun()
{
    m_keepAlive.stop();
    m_poll.stop();
    if (m_longOperation && m_client) {
        m_client->endLongOperation();
        m_longOperation = false;
    }
    m_running = false;
    m_ending = false;
    emit finished(m_outcome);
}

} // namespace clu
