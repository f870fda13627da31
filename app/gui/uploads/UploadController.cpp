#include "uploads/UploadController.h"

#include "connection/ServerConnection.h"
#include "preflight/Privileges.h"
#include "upload/LocalFileCheck.h"

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
            [this](const QString &name, FileTransferStatus status, const QString &detail) {
                emit log(
                    m_engine->sessionId(),
                    tr("%1: %2 %3").arg(name, fileTransferStatusName(status), detail).trimmed());
                emit fileStatusChanged(m_engine->sessionId(), name, status);
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
    connect(m_engine, &UploadEngine::finished, this, &UploadController::onEngineFinished);
}

void UploadController::onEngineFinished(const UploadOutcome &outcome)
{
    UploadOutcome o = outcome;
    if (!o.cleanupProblem.isEmpty()) // a session that may still lock the item: say so
        o.summary += QLatin1Char(' ') + o.cleanupProblem;
    if (o.ok || m_createdItemId.isEmpty()) {
        emit log(o.sessionId, o.summary);
        for (const QString &what : o.unverified)
            emit log(o.sessionId, tr("Not verified by the server: %1").arg(what));
        emit finished(o);
        return;
    }
    // The item was created for this upload and holds nothing: delete it again.
    const QString itemId = m_createdItemId;
    m_connection->libraries().deleteItem(itemId, this, [this, o, itemId](const Result<void> &r) {
        UploadOutcome shown = o;
        shown.summary += QLatin1Char(' ')
            + (r.ok() ? tr("The new item \"%1\" was deleted again.").arg(m_itemName)
                      : tr("The new item \"%1\" (%2) is still there, empty: deleting it failed: "
                           "%3")
                            .arg(m_itemName, itemId, r.error.message()));
        if (r.ok())
            m_createdItemId.clear();
        emit log(shown.sessionId, shown.summary);
        emit finished(shown);
    });
}

void UploadController::start()
{
    m_clock.start();
    if (!m_request.itemId.isEmpty()) {
        startEngine(m_request.itemId);
        return;
    }
    // Everything local first: no new, empty item for files that cannot be sent.
    const QStringList problems = LocalFileCheck::problems(m_request.paths);
    if (!problems.isEmpty()) {
        UploadOutcome o;
        o.error = ApiError::invalidInput(tr("check the files to upload"),
                                         problems.join(QLatin1Char(' ')));
        o.summary = tr("Nothing was sent: %1").arg(problems.join(QLatin1Char(' ')));
        QMetaObject::invokeMethod(
            this, [this, o]() { emit finished(o); }, Qt::QueuedConnection);
        return;
    }
    m_creatingItem = true;
    m_connection->libraries().createItem(m_request.newItem, this, [this](const Result<QString> &r) {
        m_creatingItem = false;
        if (!r.ok()) {
            UploadOutcome o;
            o.error = r.error;
            // A 403 names the privilege the account lacks, in vCenter's terms.
            o.summary = tr("Could not create the item \"%1\": %2")
                            .arg(m_request.newItem.name,
                                 Privileges::explain(r.error, Privileges::Need::AddLibraryItem));
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
    req.allowPreflightWarnings = m_request.allowPreflightWarnings;
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
