#include "FileUploadJob.h"

#include "Logging.h"
#include "net/RestClient.h"
#include "net/UploadTargetPolicy.h"

#include <QFileInfo>
#include <QNetworkRequest>
#include <QThread>

namespace clu {

FileUploadJob::FileUploadJob(RestClient *client, UploadSource source, QUrl uploadUri,
                             QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_source(std::move(source))
    , m_uri(std::move(uploadUri))
{
    m_watchdog.setInterval(1000);
    connect(&m_watchdog, &QTimer::timeout, this, &FileUploadJob::onWatchdog);
}

FileUploadJob::~FileUploadJob()
{
    stopThread();
}

void FileUploadJob::stopThread()
{
    if (!m_thread)
        return;
    if (m_worker) {
        m_worker->disconnect(this);
        m_worker->abort(); // start() blocks the thread until the PUT ends: end it first
    }
    // The worker is deleted in its own thread when the thread ends; nothing there waits for
    // this thread, so waiting here cannot deadlock.
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_worker = nullptr;
}

void FileUploadJob::fail(const ApiError &e)
{
    m_error = e;
    qCWarning(lcUpload).noquote() << "upload of" << m_source.name << "failed:" << e.message();
    emit finished(false);
}

void FileUploadJob::start()
{
    const QString operation = tr("upload %1").arg(m_source.name);
    m_error = {};
    m_sent = 0;
    m_abortedByUser = m_stalled = false;
    if (!m_client) {
        fail(ApiError::invalidInput(operation, tr("not connected")));
        return;
    }
    if (!m_uri.isValid() || m_uri.scheme().isEmpty()) {
        fail(ApiError::invalidInput(
            operation, tr("the server gave no usable upload URL (\"%1\")").arg(m_uri.toString())));
        return;
    }
    // The size was declared in the AddSpec: a file that changed since is refused here instead
    // of failing the whole session on the server with a size mismatch.
    if (!m_source.inOva) {
        const QFileInfo fi(m_source.localPath);
        if (!fi.exists()) {
            fail(ApiError::invalidInput(operation,
                                        tr("%1 no longer exists").arg(m_source.localPath)));
            return;
        }
        if (fi.size() != m_source.size) {
            fail(ApiError::invalidInput(operation,
                                        tr("%1 changed size since it was added (%2 bytes, now %3)")
                                            .arg(m_source.localPath)
                                            .arg(m_source.size)
                                            .arg(fi.size())));
            return;
        }
    }
    // The request carries URL and headers to CurlPut (Content-Length comes from the size; there
    // is no transfer timeout: multi-hour PUTs have the stall watchdog instead).
    QNetworkRequest req(m_uri);
    req.setHeader(QNetworkRequest::ContentTypeHeader,
                  QByteArrayLiteral("application/octet-stream"));
    // One connection per PUT: a server that answers before reading the whole body (an error, a
    // dropped transfer) leaves unread body bytes behind, and nothing may reuse that connection;
    // a proxy in between may pool connections.
    req.setRawHeader(QByteArrayLiteral("Connection"), QByteArrayLiteral("close"));
    // The one place the upload target is judged (scheme, host, token, redirects, TLS pin).
    const QString refused = UploadTargetPolicy::authorize(*m_client, req);
    if (!refused.isEmpty()) {
        fail(ApiError::invalidInput(operation, refused));
        return;
    }
    m_request = req;
    m_askedAboutTls = false;
    launch(m_request);
}

void FileUploadJob::launch(const QNetworkRequest &request)
{
    stopThread();
    m_rate.start();
    m_clock.start();
    m_lastMovedMs = 0;
    m_sentAtLastCheck = 0;
    m_sent = 0;
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("clu-put"));
    m_worker =
        new PutWorker(m_client->tlsPolicy(), m_source, request, tr("upload %1").arg(m_source.name));
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::started, m_worker, &PutWorker::start);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &PutWorker::progress, this, &FileUploadJob::onWorkerProgress);
    connect(m_worker, &PutWorker::finished, this, &FileUploadJob::onWorkerFinished);
    m_thread->start();
    m_watchdog.start();
    qCDebug(lcUpload) << "PUT" << m_source.name << m_source.size << "bytes";
}

void FileUploadJob::abort()
{
    if (!m_worker)
        return;
    m_abortedByUser = true;
    m_worker->abort(); // thread-safe: the worker's thread is busy in the PUT
}

void FileUploadJob::onWorkerProgress(qint64 sent)
{
    if (sent <= m_sent)
        return;
    m_sent = sent;
    m_rate.add(sent);
    emit progress(sent, m_source.size, m_rate.bytesPerSecond(),
                  m_rate.etaSeconds(sent, m_source.size));
}

void FileUploadJob::onWatchdog()
{
    const qint64 now = m_clock.elapsed();
    if (m_sent != m_sentAtLastCheck) {
        m_sentAtLastCheck = m_sent;
        m_lastMovedMs = now;
        return;
    }
    if (now - m_lastMovedMs >= m_stallTimeout.count() && m_worker && !m_stalled) {
        m_stalled = true;
        m_worker->abort(); // thread-safe: the worker's thread is busy in the PUT
    }
}

void FileUploadJob::onWorkerFinished(const PutResult &result)
{
    m_watchdog.stop();
    stopThread();
    m_sent = qMax(m_sent, result.sent);
    ApiError e = result.error;
    if (result.undecidedTls && !m_abortedByUser && !m_askedAboutTls && m_client
        && m_client->tlsPolicy()) {
        // The upload host's certificate needs the front end's decision, which may only be
        // asked here (see TlsPolicy); nothing of the body was sent yet.
        m_askedAboutTls = true;
        if (m_client->tlsPolicy()->decide(*result.undecidedTls)) {
            launch(m_request);
            return;
        }
    }
    if (m_abortedByUser) {
        e.kind = ApiError::Kind::Canceled;
        e.detail = tr("the transfer was canceled");
    } else if (m_stalled) {
        // Network rather than Timeout: ApiError::message() shows this detail for it.
        e.kind = ApiError::Kind::Network;
        e.detail = m_sent >= m_source.size
            ? tr("all %1 bytes were sent, but the server did not answer within %2 s")
                  .arg(m_source.size)
                  .arg(m_stallTimeout.count() / 1000)
            : tr("no data could be sent for %1 s (after %2 of %3 bytes)")
                  .arg(m_stallTimeout.count() / 1000)
                  .arg(m_sent)
                  .arg(m_source.size);
    } else if (!e.isError() && !result.incompleteSource.isNull()) {
        // An OVA member that could not be read to the end: the server must not count it good.
        e.kind = ApiError::Kind::InvalidInput;
        e.detail = result.incompleteSource;
    } else if (e.kind == ApiError::Kind::Network && m_sent < m_source.size) {
        // Qt's own text for a connection the server closed is often just "Unknown error".
        const QString readError = result.readError.isEmpty()
            ? QString()
            : tr("; reading the file failed: %1").arg(result.readError);
        e.detail = tr("the connection broke after %1 of %2 bytes were sent (%3)%4")
                       .arg(m_sent)
                       .arg(m_source.size)
                       .arg(e.detail, readError);
    }
    if (e.isError()) {
        fail(e);
        return;
    }
    m_sent = m_source.size;
    emit progress(m_sent, m_source.size, m_rate.bytesPerSecond(), 0);
    qCDebug(lcUpload) << "PUT done" << m_source.name;
    emit finished(true);
}

} // namespace clu
