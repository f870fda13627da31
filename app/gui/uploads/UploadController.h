#pragma once

#include "upload/UploadEngine.h"
#include "uploads/NewUploadDialog.h"

#include <QElapsedTimer>
#include <QObject>

namespace clu::gui {

class ServerConnection;

// One upload started from the New upload dialog: checks the local files, creates the item when
// a new one was asked for (and deletes it again when the upload fails), then drives core's
// UploadEngine and turns its signals into what the window shows.
// The engine's warning decision is forwarded (decisionNeeded) and answered with answer().
class UploadController : public QObject
{
    Q_OBJECT
public:
    UploadController(ServerConnection *connection, const NewUploadDialog::Request &request,
                     QObject *parent = nullptr);

    void start();
    void cancel();
    // Answer to decisionNeeded().
    void answer(bool proceed, const QList<OpenEnum<WarningType>> &ignore);

    QString sessionId() const { return m_engine->sessionId(); }
    QString itemName() const { return m_itemName; }
    QString createdItemId() const { return m_createdItemId; }
    qint64 elapsedMs() const { return m_clock.elapsed(); }
    bool isRunning() const { return m_engine->isRunning() || m_creatingItem; }
    UploadEngine *engine() const { return m_engine; }

signals:
    void log(const QString &sessionId, const QString &text);
    void sessionCreated(const QString &sessionId);
    void progress(const QString &sessionId, int percent, double bytesPerSecond);
    void fileProgress(const QString &sessionId, const QString &name, qint64 sent, qint64 total);
    void fileStatusChanged(const QString &sessionId, const QString &name,
                           clu::FileTransferStatus status);
    void decisionNeeded(const QString &sessionId, const clu::PreviewInfo &preview);
    void finished(const clu::UploadOutcome &outcome);

private:
    void startEngine(const QString &itemId);
    // Adds a cleanup problem to the summary; deletes an item created for a failed upload.
    void onEngineFinished(const clu::UploadOutcome &outcome);

    ServerConnection *m_connection;
    NewUploadDialog::Request m_request;
    UploadEngine *m_engine;
    std::function<void(WarningDecision)> m_answer;
    QString m_itemName;
    QString m_createdItemId;
    QElapsedTimer m_clock;
    bool m_creatingItem = false;
};

} // namespace clu::gui
