#include "PutWorker.h"

#include "Logging.h"

#include <QFileDevice>

namespace clu {

PutWorker::PutWorker(TlsPolicy *policy, UploadSource source, QNetworkRequest request,
                     QString operation)
    : m_source(std::move(source))
    , m_request(std::move(request))
    , m_operation(std::move(operation))
    , m_put(policy, m_request, m_source.size, kMaxAnswerBytes)
{
    qRegisterMetaType<clu::PutResult>();
}

PutWorker::~PutWorker() = default;

void PutWorker::start()
{
    PutResult r;
    QString openError;
    std::unique_ptr<QIODevice> device = m_source.open(&openError);
    if (!device) {
        r.error = ApiError::invalidInput(m_operation, openError);
        emit finished(r);
        return;
    }
    const CurlPut::Outcome o = m_put.run(
        device.get(), [this](qint64 sent) { emit progress(sent); }, progressIntervalMs);
    r.sent = o.sent;
    r.error = CurlPut::toApiError(o, m_request.url(), m_operation);
    if (o.tlsFailure && o.tlsFailure->needsDecision)
        r.undecidedTls = o.tlsFailure;
    if (!o.incompleteSource.isEmpty()) {
        // Not a broken connection: the source ended early (FileUploadJob names it).
        r.error = {};
        r.incompleteSource = o.incompleteSource;
    }
    r.readError = o.readError;
    const auto *file = qobject_cast<const QFileDevice *>(device.get());
    if (r.readError.isEmpty() && file && file->error() != QFileDevice::NoError)
        r.readError = file->errorString();
    emit finished(r);
}

} // namespace clu
