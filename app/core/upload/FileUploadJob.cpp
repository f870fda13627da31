#include "FileUploadJob.h"

#include "Logging.h"
#include "net/RestClient.h"

#include <QFileDevice>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

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
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        delete m_reply; // before m_device: the reply reads from it
        m_reply = nullptr;
    }
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
    QString openError;
    m_device = m_source.open(&openError);
    if (!m_device) {
        fail(ApiError::invalidInput(operation, openError));
        return;
    }

    QNetworkRequest req(m_uri);
    req.setHeader(QNetworkRequest::ContentTypeHeader,
                  QByteArrayLiteral("application/octet-stream"));
    req.setHeader(QNetworkRequest::ContentLengthHeader, m_source.size);
    req.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
    req.setTransferTimeout(0); // multi-hour PUTs: the stall watchdog replaces the timeout
    // One connection per PUT: a server that answers before reading the whole body (an error, a
    // dropped transfer) leaves unread body bytes behind, and a JSON call reusing that keep-alive
    // connection would get garbage (seen as a bare HTTP 400). The extra handshake per file is
    // nothing next to the transfer.
    req.setRawHeader(QByteArrayLiteral("Connection"), QByteArrayLiteral("close"));
    m_client->applySessionHeader(req);

    m_rate.start();
    m_clock.start();
    m_lastMovedMs = 0;
    m_sentAtLastCheck = 0;
    m_reply = m_client->networkAccessManager()->put(req, m_device.get());
    connect(m_reply, &QNetworkReply::uploadProgress, this, &FileUploadJob::onUploadProgress);
    connect(m_reply, &QNetworkReply::finished, this, &FileUploadJob::onFinished);
    m_watchdog.start();
    qCDebug(lcUpload) << "PUT" << m_source.name << m_source.size << "bytes";
}

void FileUploadJob::abort()
{
    if (!m_reply)
        return;
    m_abortedByUser = true;
    m_reply->abort(); // emits finished synchronously
}

void FileUploadJob::onUploadProgress(qint64 sent, qint64 total)
{
    if (sent <= m_sent)
        return;
    m_sent = sent;
    m_rate.add(sent);
    const qint64 all = total > 0 ? total : m_source.size;
    emit progress(sent, all, m_rate.bytesPerSecond(), m_rate.etaSeconds(sent, all));
}

void FileUploadJob::onWatchdog()
{
    const qint64 now = m_clock.elapsed();
    if (m_sent != m_sentAtLastCheck) {
        m_sentAtLastCheck = m_sent;
        m_lastMovedMs = now;
        return;
    }
    if (now - m_lastMovedMs >= m_stallTimeout.count() && m_reply) {
        m_stalled = true;
        m_reply->abort();
    }
}

void FileUploadJob::onFinished()
{
    m_watchdog.stop();
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    const QString operation = tr("upload %1").arg(m_source.name);
    ApiError e;
    if (m_client)
        e = m_client->errorFromReply(reply, operation);
    if (m_abortedByUser) {
        e.kind = ApiError::Kind::Canceled;
        e.detail = tr("the transfer was canceled");
    } else if (m_stalled) {
        // Network rather than Timeout: ApiError::message() shows this detail for it.
        e.kind = ApiError::Kind::Network;
        e.detail = tr("no data could be sent for %1 s (after %2 of %3 bytes)")
                       .arg(m_stallTimeout.count() / 1000)
                       .arg(m_sent)
                       .arg(m_source.size);
    } else if (!e.isError() && m_device && m_device->isSequential() && !m_device->atEnd()) {
        // An OVA member that could not be read to the end: the server must not count it good.
        e.kind = ApiError::Kind::InvalidInput;
        e.detail = m_device->errorString();
    } else if (e.kind == ApiError::Kind::Network && m_sent < m_source.size) {
        // Qt's own text for a connection the server closed is often just "Unknown error".
        const auto *file = qobject_cast<const QFileDevice *>(m_device.get());
        const QString readError = file && file->error() != QFileDevice::NoError
            ? tr("; reading the file failed: %1").arg(file->errorString())
            : QString();
        e.detail = tr("the connection broke after %1 of %2 bytes were sent (%3)%4")
                       .arg(m_sent)
                       .arg(m_source.size)
                       .arg(e.detail, readError);
    }
    // The reply may still refer to its body device until it is really gone.
    QIODevice *device = m_device.release();
    connect(reply, &QObject::destroyed, reply, [device]() { delete device; });
    reply->deleteLater();
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
