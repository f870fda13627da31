// UploadEngine's recovery from a broken session, an expired or deleted one, failed state calls,
// a local file that changed, and its keep-alive schedule (split from UploadEngine.cpp).
#include "ChecksumCalculator.h"
#include "Logging.h"
#include "SessionFileTransfer.h"
#include "UploadEngine.h"
#include "model/UpdateSession.h"
#include "net/RestClient.h"

#include <QFileInfo>
#include <QThread>

#include <memory>

namespace clu {

SessionCleanup::Options UploadEngine::cleanupOptions() const
{
    SessionCleanup::Options o;
    o.attempts = qMax(1, m_request.maxRetries);
    o.baseDelay = m_request.retryBaseDelay;
    return o;
}

bool UploadEngine::repeatLater(const ApiError &error, const std::function<void()> &again)
{
    if (!mayRepeatLater(error) || m_stateTries >= m_request.maxRetries)
        return false;
    ++m_stateTries;
    const auto delay = backoffDelay(m_request.retryBaseDelay, m_stateTries);
    qCInfo(lcUpload).noquote() << "while" << uploadStageName(m_stage) << ":" << error.message()
                               << "- trying again in" << delay.count() << "ms";
    const quint64 run = m_run;
    QTimer::singleShot(delay, this, [this, run, again]() {
        if (alive(run))
            again();
    });
    return true;
}

void UploadEngine::completeFailed(const ApiError &error)
{
    // A complete repeated after a 503 may find the first one done, and a 500 may hide a complete
    // that went through: only the session's state tells.
    const quint64 run = m_run;
    m_sessions.get(m_sessionId, this, [this, run, error](const Result<UpdateSession> &s) {
        if (!alive(run))
            return;
        const bool active = s.ok() && s.value.state == SessionState::Active;
        if (s.ok() && s.value.state == SessionState::Done) {
            qCInfo(lcUpload).noquote()
                << "complete answered" << error.message() << "but the session is DONE";
            m_keepAlive.stop();
            m_waitClock.start();
            pollDone();
            return;
        }
        if (active && error.is(ErrorType::NotAllowedInCurrentState) && m_stateTries > 0) {
            // Our earlier complete is being carried out: wait for DONE (or ERROR).
            m_keepAlive.stop();
            m_waitClock.start();
            pollDone();
            return;
        }
        if ((active || (!s.ok() && mayRepeatLater(s.error)))
            && repeatLater(error, [this]() { complete(); }))
            return;
        const ApiError shown = !s.ok() && s.error.isNotFound()
            ? sessionGoneError(m_sessionId, tr("complete the update session"), s.error)
            : error;
        failWith(shown, tr("Complete was refused: %1").arg(shown.message()));
    });
}

void UploadEngine::sessionVanished(const ApiError &notFound)
{
    const ApiError gone = sessionGoneError(m_sessionId, uploadStageName(m_stage), notFound);
    // Nothing reaches the item before complete, so a new session can take everything again;
    // a signed package's review is asked again for it (or its answer applied to it).
    if (beforeComplete() && mayRestart()) {
        restartSession(QString(), gone);
        return;
    }
    failWith(
        gone,
        tr("The update session ended while %1: %2").arg(uploadStageName(m_stage), gone.message()));
}

bool UploadEngine::beforeComplete() const
{
    return m_stage == UploadStage::SendingMetadata || m_stage == UploadStage::WaitingForPreview
        || m_stage == UploadStage::WaitingForDecision || m_stage == UploadStage::SendingFiles
        || m_stage == UploadStage::Validating;
}

void UploadEngine::restartIfSessionFailed(const ApiError &error, const QString &summary)
{
    const quint64 run = m_run;
    const QString sid = m_sessionId;
    m_sessions.get(sid, this, [this, run, sid, error, summary](const Result<UpdateSession> &s) {
        if (!current(run, sid))
            return;
        if (!s.ok() && s.error.isNotFound()) {
            sessionVanished(s.error);
            return;
        }
        // ERROR is terminal (§8.4) but says nothing reached the item; CANCELED or DONE means
        // someone else ended the session, and that decision stands.
        if (s.ok() && s.value.state == SessionState::Error && beforeComplete() && mayRestart()) {
            restartSession(
                QString(),
                reportedStateError(uploadStageName(m_stage),
                                   tr("the session went to %1").arg(s.value.state.toString()),
                                   s.value.errorMessage));
            return;
        }
        failWith(error, summary);
    });
}

void UploadEngine::scheduleKeepAlive()
{
    const quint64 run = m_run;
    const QString sid = m_sessionId;
    m_sessions.get(sid, this, [this, run, sid](const Result<UpdateSession> &s) {
        if (!alive(run) || sid != m_sessionId || !m_keepAlive.isActive() || !s.ok()
            || !s.value.expirationTime.isValid())
            return;
        const qint64 left = QDateTime::currentDateTimeUtc().msecsTo(s.value.expirationTime);
        // Just kept alive, so a time in the past means clocks that disagree: keep the default.
        if (left <= 0)
            return;
        const qint64 interval =
            qMin<qint64>(m_request.keepAliveInterval.count(), qMax<qint64>(200, left / 3));
        if (interval != m_keepAlive.interval()) {
            qCInfo(lcUpload).noquote() << "session" << sid << "expires in" << left
                                       << "ms; keep-alive every" << interval << "ms";
            m_keepAlive.start(int(interval));
        }
    });
}

void UploadEngine::restartSession(const QString &fileName, const ApiError &why)
{
    ++m_sessionRestarts;
    m_outcome.sessionRestarts = m_sessionRestarts;
    const QString reason = why.message();
    qCWarning(lcUpload).noquote() << "session" << m_sessionId << "ended"
                                  << (fileName.isEmpty() ? QString() : "while sending " + fileName)
                                  << "; starting over in a new session:" << reason;
    const QString detail = tr("the session ended (%1); starting over in a new session (%2 of %3)")
                               .arg(reason)
                               .arg(m_sessionRestarts)
                               .arg(m_request.maxSessionRestarts);
    if (!fileName.isEmpty())
        emit fileStatusChanged(fileName, FileTransferStatus::Retrying, detail);
    m_keepAlive.stop();
    m_poll.stop();
    for (SessionFileTransfer *t : std::as_const(m_transfers)) {
        if (fileName.isEmpty())
            emit fileStatusChanged(t->source().name, FileTransferStatus::Retrying, detail);
        m_attempts[t->source().name] += t->attempts();
        t->abort();
        t->deleteLater();
    }
    m_transfers.clear();
    m_queue.clear();
    m_sentByFile.clear();
    m_reviewPreview.reset(); // the new session gets its own preview (and question)
    m_outcome.unverified.clear(); // every file is sent again in the new session
    m_contentDone = 0;
    updateOverall();
    if (m_longOperation && m_client) {
        m_client->endLongOperation();
        m_longOperation = false;
    }
    const QString old = m_sessionId;
    m_sessionId.clear();
    const quint64 run = m_run;
    // Whether the server refused a file's content (checksum) shows in the session's files:
    // read them before the session is deleted (ContentRejection; the words are no evidence).
    m_files.list(old, this, [this, run, old, why](const Result<QList<SessionFile>> &files) {
        const ContentRejection verdict = ContentRejection::judge(
            files.ok() ? files.value : QList<SessionFile>(), declaredFiles(), why);
        if (verdict.isChecksumMismatch())
            qCWarning(lcUpload).noquote() << "content refused:" << verdict.description();
        endAndStartOver(run, old, why, verdict);
    });
}

QHash<QString, ContentRejection::Declared> UploadEngine::declaredFiles() const
{
    QHash<QString, ContentRejection::Declared> out;
    for (const QList<UploadSource> *list : { &m_prepared.metadata, &m_prepared.content })
        for (const UploadSource &src : *list)
            if (!src.isPull())
                out.insert(src.name,
                           { src.size, m_request.checksum, m_prepared.checksums.value(src.name) });
    return out;
}

void UploadEngine::endAndStartOver(quint64 run, const QString &old, const ApiError &why,
                                   const ContentRejection &verdict)
{
    // End (refused unless still ACTIVE, which is fine) and delete the broken session so the
    // item is free again, even when the run ended meanwhile; then begin anew after a backoff.
    auto *cleanup = new SessionCleanup(m_client, old, cleanupOptions(), this);
    connect(cleanup, &SessionCleanup::finished, this, [this, run, cleanup, why, verdict]() {
        cleanup->deleteLater();
        if (!alive(run))
            return;
        if (!cleanup->released()) {
            m_outcome.cleanupProblem = cleanup->report();
            failWith(why, tr("Could not start over: %1 %2").arg(why.message(), cleanup->report()));
            return;
        }
        const QString changed = changedLocalFile();
        if (!changed.isEmpty()) {
            failWith(ApiError::invalidInput(tr("upload"), changed),
                     tr("%1 Nothing was completed; start the upload again.").arg(changed));
            return;
        }
        // The files look unchanged, yet the server refused content: hash them again, once.
        const bool rehash = verdict.isChecksumMismatch() && !m_rehashed;
        if (rehash && !verdict.fileName().isEmpty())
            emit fileStatusChanged(
                verdict.fileName(), FileTransferStatus::Retrying,
                tr("%1; hashing the files again for the new session").arg(verdict.description()));
        const auto delay = backoffDelay(m_request.retryBaseDelay, m_sessionRestarts);
        QTimer::singleShot(delay, this, [this, run, rehash]() {
            if (!alive(run))
                return;
            if (rehash)
                rehashThen([this]() { createSession(); });
            else
                createSession();
        });
    });
    cleanup->start(false, tr("The upload starts over in a new session: %1").arg(why.message()));
}

void UploadEngine::recordLocalFiles()
{
    m_stamps.clear();
    for (const QList<UploadSource> *list : { &m_prepared.metadata, &m_prepared.content }) {
        for (const UploadSource &src : *list) {
            if (src.isPull() || src.localPath.isEmpty())
                continue;
            const QFileInfo fi(src.localPath);
            m_stamps.insert(src.localPath, { fi.size(), fi.lastModified() });
        }
    }
}

QString UploadEngine::changedLocalFile() const
{
    for (auto it = m_stamps.cbegin(); it != m_stamps.cend(); ++it) {
        const QFileInfo fi(it.key());
        if (!fi.exists())
            return tr("%1 was removed during the upload.").arg(it.key());
        if (fi.size() != it->size)
            return tr("%1 changed during the upload (size %2 bytes, now %3).")
                .arg(it.key())
                .arg(it->size)
                .arg(fi.size());
        if (fi.lastModified() != it->modified)
            return tr("%1 changed during the upload (modified %2).")
                .arg(it.key(), fi.lastModified().toUTC().toString(Qt::ISODateWithMs));
    }
    return {};
}

void UploadEngine::rehashThen(const std::function<void()> &next)
{
    m_rehashed = true;
    setStage(UploadStage::Preparing);
    QList<UploadSource> sources;
    for (const QList<UploadSource> *list : { &m_prepared.metadata, &m_prepared.content })
        for (const UploadSource &src : *list)
            if (!src.isPull())
                sources.append(src);
    const ChecksumAlgorithm algorithm = m_request.checksum;
    auto results = std::make_shared<QHash<QString, ChecksumResult>>();
    m_rehashCancel.store(false);
    m_rehash = QThread::create([sources, algorithm, results, cancel = &m_rehashCancel]() {
        for (const UploadSource &src : sources) {
            QString error;
            std::unique_ptr<QIODevice> device = src.open(&error);
            ChecksumResult r;
            if (device)
                r = ChecksumCalculator::hashDevice(device.get(), src.label(), algorithm, cancel);
            else
                r.error = error;
            results->insert(src.name, r);
        }
    });
    m_rehash->setParent(this); // the destructor cancels and waits for it
    const quint64 run = m_run;
    connect(m_rehash, &QThread::finished, this, [this, run, results, next]() {
        m_rehash->deleteLater();
        m_rehash = nullptr;
        if (!alive(run))
            return;
        for (auto it = results->cbegin(); it != results->cend(); ++it) {
            if (!it->ok) {
                failWith(ApiError::invalidInput(tr("hash %1 again").arg(it.key()), it->error),
                         tr("Could not hash %1 again: %2").arg(it.key(), it->error));
                return;
            }
            if (m_prepared.checksums.value(it.key()) != it->hex)
                qCWarning(lcUpload).noquote() << it.key() << "hashes differently now";
            m_prepared.checksums.insert(it.key(), it->hex);
        }
        recordLocalFiles();
        next();
    });
    m_rehash->start();
}

} // namespace clu
