#include "uploads/UploadController.h"

#include "connection/ServerConnection.h"

namespace clu::gui {

UploadController::UploadController(ServerConnection *connection,
                                   const NewUploadDialog::Request &request, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_request(request)
    , m_engine(new UploadEngine(connection->client(), this))
{
    m_itemName = request.newItem.name;
    m_engine->setDecisionCallback(
        [this](const PreviewInfo &preview, std::function<void(WarningDecision)> answer) {
            m_answer = std::move(answer);
            emit log(m_engine->sessionId(),
                     tr("The preview reports %n warning(s); waiting for the review.", nullptr,
                        int(preview.warnings.size())));
            emit decisionNeeded(m_engine->sessionId(), preview);
        });
    connect(m_engine, &UploadEngine::sessionCreated, this, [this](const QString &id) {
        emit log(id, tr("Update session created for %1").arg(m_itemName));
        emit sessionCreated(id);
    });
    connect(m_engine, &UploadEngine::stageChanged, this, [this](UploadStage stage) {
        emit log(m_engine->sessionId(), tr("Stage: %1").arg(uploadStageName(stage)));
    });
    connect(m_engine, &UploadEngine::fileStatusChanged, this,
            [this](const QString &name, const QString &status, const QString &detail) {
                emit log(m_engine->sessionId(),
                         tr("%1: %2 %3").arg(name, status, detail).trimmed());
            });
    connect(m_engine, &UploadEngine::fileProgress, this,
            [this](const QString &name, qint64 sent, qint64 total, double, qint64) {
                emit fileProgress(m_engine->sessionId(), name, sent, total);
            });
    connect(m_engine, &UploadEngine::overallProgress, this,
            [this](qint64 sent, qint64 total, double rate, qint64) {
                const int pct = total > 0 ? int(sent * 100 / total) : 0;
                emit progress(m_engine->sessionId(), pct, rate);
            });
    connect(m_engine, &UploadEngine::finished, this, [this](const UploadOutcome &o) {
        emit log(o.sessionId, o.summary);
        emit finished(o);
    });
}

void UploadController::start()
{
    m_clock.start();
    if (!m_request.itemId.isEmpty()) {
        startEngine(m_request.itemId);
        return;
    }
    m_creatingItem = true;
    m_connection->libraries().createItem(m_request.newItem, this, [this](const Result<QString> &r) {
        m_creatingItem = false;
        if (!r.ok()) {
            UploadOutcome o;
            o.error = r.error;
            o.summary = tr("Could not create the item \"%1\": %2")
                            .arg(m_request.newItem.name, r.error.message());
            emit finished(o);
            return;
        }
        m_createdItemId = r.value;
        startEngine(r.value);
    });
}

void UploadController::startEngine(const QString &itemId)
{
    UploadRequest req;
    req.libraryItemId = itemId;
    req.paths = m_request.paths;
    req.pullSources = m_request.pullSources;
    req.checksum = m_request.checksum;
    if (m_itemName.isEmpty())
        m_itemName = m_request.itemName.isEmpty() ? itemId : m_request.itemName;
    if (!m_engine->start(req)) {
        UploadOutcome o;
        o.summary = tr("The upload could not start: another upload is running or the request "
                       "is incomplete.");
        emit finished(o);
    }
}

void UploadController::cancel()
{
    if (m_answer) {
        answer(false, {});
        return;
    }
    m_engine->cancel();
}

void UploadController::answer(bool proceed, const QList<OpenEnum<WarningType>> &ignore)
{
    if (!m_answer)
        return;
    auto a = std::move(m_answer);
    m_answer = nullptr;
    WarningDecision d;
    d.proceed = proceed;
    d.ignore = ignore;
    QStringList names;
    for (const auto &t : ignore)
        names << t.toString();
    emit log(m_engine->sessionId(),
             proceed ? tr("Review: continue, ignoring %1")
                           .arg(names.isEmpty() ? tr("nothing") : names.join(QStringLiteral(", ")))
                     : tr("Review: package rejected"));
    a(d);
}

} // namespace clu::gui
