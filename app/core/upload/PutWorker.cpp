#include "PutWorker.h"

#include "Logging.h"
#include "net/ReplyLimits.h"
#include "net/RestClient.h"
#include "net/TlsNetworkAccessManager.h"

#include <QFileDevice>
#include <QNetworkReply>

namespace clu {

PutWorker::PutWorker(TlsPolicy *policy, UploadSource source, QNetworkRequest request,
                     QString operation)
    : m_policy(policy)
    , m_source(std::move(source))
    , m_request(std::move(request))
    , m_operation(std::move(operation))
{
    qRegisterMetaType<clu::PutResult>();
}

PutWorker::~PutWorker()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        delete m_reply; // before m_device: the reply reads from it
        m_reply = nullptr;
    }
}

void PutWorker::start()
{
    QString openError;
    m_device = m_source.open(&openError);
    if (!m_device) {
        PutResult r;
        r.error = ApiError::invalidInput(m_operation, openError);
        emit finished(r);
        return;
    }
    if (!m_nam)
        m_nam = new TlsNetworkAccessManager(m_policy, this);
    m_sent = 0;
    m_sinceReport.invalidate(); // the first report goes out at once
    m_reply = m_nam->put(m_request, m_device.get());
    // The answer to a PUT carries nothing we need (§8.3; an error is a small vAPI body): more
    // than this is not read into memory. Time is bounded by FileUploadJob's stall watchdog.
    ReplyLimits::attach(m_reply, kMaxAnswerBytes, std::chrono::milliseconds(0));
    connect(m_reply, &QNetworkReply::uploadProgress, this,
            [this](qint64 sent, qint64 total) { onUploadProgress(sent, total); });
    connect(m_reply, &QNetworkReply::finished, this, &PutWorker::onFinished);
}

void PutWorker::abort()
{
    if (m_reply)
        m_reply->abort(); // finished() follows synchronously
}

void PutWorker::onUploadProgress(qint64 sent, qint64 total)
{
    if (sent <= m_sent)
        return;
    m_sent = sent;
    // One report per interval: Qt reports every 16 KiB, i.e. ~64,000 times per GiB. The first
    // and the last (all bytes handed to the socket) always go out: a small file can fit into
    // the socket buffers within one interval, and a slow server then takes long to read it.
    if (m_sinceReport.isValid() && m_sinceReport.elapsed() < progressIntervalMs && sent != total)
        return;
    m_sinceReport.restart();
    emit progress(sent);
}

void PutWorker::onFinished()
{
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    PutResult r;
    r.sent = m_sent;
    r.error = RestClient::errorFromReply(m_policy, reply, m_operation);
    if (m_policy) {
        const auto failure = m_policy->failureFor(reply);
        if (failure && failure->needsDecision)
            r.undecidedTls = failure;
    }
    if (!r.error.isError() && m_device && m_device->isSequential() && !m_device->atEnd())
        r.incompleteSource = m_device->errorString();
    const auto *file = qobject_cast<const QFileDevice *>(m_device.get());
    if (file && file->error() != QFileDevice::NoError)
        r.readError = file->errorString();
    // The reply may still refer to its body device until it is really gone.
    QIODevice *device = m_device.release();
    connect(reply, &QObject::destroyed, reply, [device]() { delete device; });
    reply->deleteLater();
    emit finished(r);
}

} // namespace clu
