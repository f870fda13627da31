#include "SessionFileTransfer.h"

#include "FileUploadJob.h"
#include "Logging.h"
#include "model/AddSpec.h"
#include "model/SessionFile.h"
#include "model/UpdateSession.h"
#include "net/RestClient.h"
#include "upload/UploadTypes.h"

namespace clu {

SessionFileTransfer::SessionFileTransfer(RestClient *client, QString sessionId, UploadSource source,
                                         QString checksumHex, ChecksumAlgorithm algorithm,
                                         Options options, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_files(client)
    , m_sessions(client)
    , m_sessionId(std::move(sessionId))
    , m_source(std::move(source))
    , m_checksum(std::move(checksumHex))
    , m_algorithm(algorithm)
    , m_options(options)
{
    m_timer.setSingleShot(true);
}

SessionFileTransfer::~SessionFileTransfer()
{
    abort();
}

void SessionFileTransfer::start()
{
    m_attempt = 0;
    m_unconfirmed.clear();
    add();
}

void SessionFileTransfer::abort()
{
    m_aborted = true;
    m_timer.stop();
    m_timer.disconnect();
    if (m_job) {
        m_job->disconnect(this);
        m_job->abort();
        m_job->deleteLater();
        m_job = nullptr;
    }
}

void SessionFileTransfer::finish(bool ok, const ApiError &e)
{
    if (m_done || m_aborted)
        return;
    m_done = true;
    m_error = e;
    emit statusChanged(ok ? FileTransferStatus::Ready : FileTransferStatus::Failed,
                       ok ? m_unconfirmed : e.message());
    emit finished(ok);
}

void SessionFileTransfer::add()
{
    if (m_aborted)
        return;
    ++m_attempt;
    m_sent = 0;
    emit statusChanged(FileTransferStatus::Adding, QString());
    AddSpec spec;
    spec.name = m_source.name;
    if (m_source.isPull()) {
        // vCenter fetches the bytes itself; size and checksum are whatever the source serves.
        spec.sourceType = SourceType::Pull;
        TransferEndpoint endpoint;
        endpoint.uri = m_source.pullUrl;
        endpoint.sslCertificateThumbprint = m_source.pullThumbprint;
        spec.sourceEndpoint = endpoint;
    } else {
        spec.sourceType = SourceType::Push;
        spec.size = m_source.size;
        ChecksumInfo ci;
        ci.algorithm = m_algorithm;
        ci.checksum = m_checksum;
        spec.checksumInfo = ci;
    }
    m_files.add(m_sessionId, spec, this, [this](const Result<SessionFile> &r) {
        if (m_aborted)
            return;
        if (!r.ok()) {
            // Refused because of the session's state: another file's broken transfer may have
            // put it in ERROR (then a new session takes everything). The session decides; while
            // it is ACTIVE such a refusal is final, not retried.
            m_retryIfActive = r.error.isTransient();
            attemptFailed(r.error,
                          r.error.isTransient() || r.error.is(ErrorType::NotAllowedInCurrentState));
            return;
        }
        m_retryIfActive = true;
        if (r.value.status == FileStatus::Error) {
            finish(false,
                   reportedStateError(tr("add %1 to the update session").arg(m_source.name),
                                      tr("the server reports the file in status ERROR right after "
                                         "adding it"),
                                      r.value.errorMessage));
            return;
        }
        if (m_source.isPull()) {
            emit statusChanged(FileTransferStatus::Fetching, m_source.pullUrl.host());
            m_pullStall.start();
            m_lastPullBytes = -1;
            watchPull();
            return;
        }
        if (!r.value.uploadEndpoint || !r.value.uploadEndpoint->uri.isValid()) {
            finish(false,
                   ApiError::badResponse(tr("add %1 to the update session").arg(m_source.name),
                                         tr("the server returned no upload_endpoint for a "
                                            "PUSH file")));
            return;
        }
        send(r.value.uploadEndpoint->uri);
    });
}

void SessionFileTransfer::send(const QUrl &uri)
{
    emit statusChanged(FileTransferStatus::Sending, uri.host());
    m_job = new FileUploadJob(m_client, m_source, uri, this);
    m_job->setStallTimeout(m_options.stallTimeout);
    connect(m_job, &FileUploadJob::progress, this,
            [this](qint64 sent, qint64 total, double rate, qint64 eta) {
                m_sent = sent;
                emit progress(sent, total, rate, eta);
            });
    connect(m_job, &FileUploadJob::finished, this, [this](bool ok) {
        FileUploadJob *job = m_job;
        m_job = nullptr;
        job->deleteLater();
        if (ok) {
            m_sinceSent.start();
            verify(0);
            return;
        }
        // A file that vanished or changed cannot get better by retrying.
        const bool retryable = job->error().kind != ApiError::Kind::InvalidInput
            && job->error().kind != ApiError::Kind::Canceled
            && job->error().kind != ApiError::Kind::PinMismatch
            && job->error().kind != ApiError::Kind::Tls;
        attemptFailed(job->error(), retryable);
    });
    m_job->start();
}

void SessionFileTransfer::verify(int poll)
{
    if (m_aborted)
        return;
    if (poll == 0)
        emit statusChanged(FileTransferStatus::Verifying, QString());
    m_files.get(m_sessionId, m_source.name, this, [this, poll](const Result<SessionFile> &r) {
        if (m_aborted)
            return;
        if (!r.ok()) {
            // The bytes went through (200): a failed read says nothing about them.
            if (!readAgainLater(r.error, [this, poll]() { verify(poll); }))
                attemptFailed(r.error, r.error.isTransient() || r.error.isNotFound());
            return;
        }
        m_readRetries = 0;
        const SessionFile &f = r.value;
        if (f.status == FileStatus::Ready) {
            finish(true);
            return;
        }
        if (f.status == FileStatus::Error) {
            attemptFailed(
                reportedStateError(tr("upload %1").arg(m_source.name),
                                   tr("the server reports the file in status ERROR after %1 of %2 "
                                      "bytes")
                                       .arg(f.bytesTransferred)
                                       .arg(m_source.size),
                                   f.errorMessage),
                true);
            return;
        }
        // Issue 10.9: a 200 PUT the session shows no trace of is not waited for forever; the
        // server's own validate/complete decides, and the outcome says what was not verified.
        if (f.status == FileStatus::WaitingForTransfer && f.bytesTransferred == 0
            && m_sinceSent.elapsed() >= m_options.unconfirmedTimeout.count()) {
            m_unconfirmed = tr("%1: the server answered the upload with success but never "
                               "reported the file as received (still %2, 0 of %3 bytes after "
                               "%4 s)")
                                .arg(m_source.name, f.status.toString())
                                .arg(m_source.size)
                                .arg(m_sinceSent.elapsed() / 1000);
            qCWarning(lcUpload).noquote() << "not verified by the server:" << m_unconfirmed;
            finish(true);
            return;
        }
        if (poll >= m_options.maxReadyPolls) {
            finish(false,
                   reportedStateError(tr("upload %1").arg(m_source.name),
                                      tr("the server still reports %1 long after all "
                                         "bytes were sent")
                                          .arg(f.status.toString()),
                                      std::nullopt));
            return;
        }
        m_timer.disconnect();
        connect(&m_timer, &QTimer::timeout, this, [this, poll]() { verify(poll + 1); });
        m_timer.start(m_options.pollInterval);
    });
}

void SessionFileTransfer::watchPull()
{
    if (m_aborted)
        return;
    m_files.get(m_sessionId, m_source.name, this, [this](const Result<SessionFile> &r) {
        if (m_aborted)
            return;
        if (!r.ok()) {
            if (!readAgainLater(r.error, [this]() { watchPull(); }))
                attemptFailed(r.error, r.error.isTransient() || r.error.isNotFound());
            return;
        }
        m_readRetries = 0;
        const SessionFile &f = r.value;
        if (f.bytesTransferred != m_lastPullBytes) {
            m_lastPullBytes = f.bytesTransferred;
            m_pullStall.restart();
            m_sent = f.bytesTransferred;
            emit progress(f.bytesTransferred, f.size.value_or(0), 0.0, -1);
        }
        if (f.status == FileStatus::Ready) {
            m_source.size = f.size.value_or(f.bytesTransferred);
            finish(true);
            return;
        }
        if (f.status == FileStatus::Error) {
            // Not retried: a failed fetch ends the session in ERROR on vCenter, and a refused
            // thumbprint or a 404 would fail the same way again. The server's words say why.
            finish(false,
                   reportedStateError(
                       tr("fetch %1 from %2").arg(m_source.name, m_source.pullUrl.toString()),
                       tr("the server could not fetch the file"), f.errorMessage));
            return;
        }
        if (m_pullStall.elapsed() > m_options.stallTimeout.count()) {
            finish(false,
                   reportedStateError(
                       tr("fetch %1 from %2").arg(m_source.name, m_source.pullUrl.toString()),
                       tr("the server reported no progress for %1 s (%2 bytes fetched)")
                           .arg(m_pullStall.elapsed() / 1000)
                           .arg(f.bytesTransferred),
                       std::nullopt));
            return;
        }
        m_timer.disconnect();
        connect(&m_timer, &QTimer::timeout, this, [this]() { watchPull(); });
        m_timer.start(m_options.pollInterval);
    });
}

bool SessionFileTransfer::readAgainLater(const ApiError &e, const std::function<void()> &read)
{
    if (!mayRepeatLater(e) || m_readRetries >= m_options.maxRetries + 2)
        return false;
    ++m_readRetries;
    const auto delay = backoffDelay(m_options.retryBaseDelay, m_readRetries);
    qCInfo(lcUpload).noquote() << "reading the status of" << m_source.name << "failed ("
                               << e.message() << "); reading again in" << delay.count() << "ms";
    m_timer.disconnect();
    connect(&m_timer, &QTimer::timeout, this, read);
    m_timer.start(delay);
    return true;
}

void SessionFileTransfer::attemptFailed(const ApiError &e, bool retryable)
{
    if (m_aborted)
        return;
    m_error = e;
    if (!retryable) {
        finish(false, e);
        return;
    }
    m_readRetries = 0;
    checkSession();
}

void SessionFileTransfer::checkSession()
{
    // Only an ACTIVE session can take the file again; ERROR is terminal (§8.4), and a session
    // that is gone (expired, deleted) can only be replaced by a new one.
    m_sessions.get(m_sessionId, this, [this](const Result<UpdateSession> &r) {
        if (m_aborted)
            return;
        if (!r.ok()) {
            if (r.error.isNotFound()) {
                m_sessionEnded = true;
                finish(false,
                       sessionGoneError(m_sessionId, tr("upload %1").arg(m_source.name), r.error));
                return;
            }
            if (!readAgainLater(r.error, [this]() { checkSession(); }))
                finish(false, m_error);
            return;
        }
        if (r.value.state != SessionState::Active) {
            // ERROR after a broken transfer can be started over; CANCELED/DONE means someone
            // else ended the session, and that decision stands.
            m_sessionEnded = r.value.state == SessionState::Error;
            const std::optional<LocalizableMessage> why = r.value.errorMessage;
            finish(false,
                   reportedStateError(
                       tr("upload %1").arg(m_source.name),
                       tr("the session went to %1, so the file cannot be sent again in it")
                           .arg(r.value.state.toString()),
                       why ? why
                           : (m_error.messages.isEmpty()
                                  ? std::nullopt
                                  : std::optional<LocalizableMessage>(m_error.messages.first()))));
            return;
        }
        if (m_attempt > m_options.maxRetries || !m_retryIfActive) {
            finish(false, m_error);
            return;
        }
        retryAfterCheck();
    });
}

void SessionFileTransfer::retryAfterCheck()
{
    const qint64 delay = backoffDelay(m_options.retryBaseDelay, m_attempt).count();
    emit statusChanged(FileTransferStatus::Retrying,
                       tr("attempt %1 failed (%2); retrying in %3 s")
                           .arg(m_attempt)
                           .arg(m_error.message())
                           .arg(double(delay) / 1000.0, 0, 'f', 1));
    qCInfo(lcUpload).noquote() << "retrying" << m_source.name << "in" << delay << "ms";
    m_files.remove(m_sessionId, m_source.name, this, [this, delay](const Result<void> &) {
        // A failed remove is not fatal: adding the same name again replaces the file (§5.7).
        if (m_aborted)
            return;
        m_timer.disconnect();
        connect(&m_timer, &QTimer::timeout, this, [this]() { add(); });
        m_timer.start(int(delay));
    });
}

} // namespace clu
