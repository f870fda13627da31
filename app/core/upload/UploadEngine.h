#pragma once

#include "ContentRejection.h"
#include "FileTransferStatus.h"
#include "RateMeter.h"
#include "SessionCleanup.h"
#include "UploadPreparer.h"
#include "UploadTypes.h"
#include "services/LibraryService.h"
#include "services/SessionFileService.h"
#include "services/UpdateSessionService.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <atomic>

class QThread;

namespace clu {

class RestClient;
class SessionFileTransfer;

// Runs one whole update session (API reference §13) for one library item:
// prepare locally (files, OVF package checks, checksums of the metadata) → create the session
// while a worker hashes the content files in upload order (.mf checked in the same pass; a file
// is added once its checksum is ready, so file N+1 is hashed while file N is sent)
// with a Client-Token → for OVF packages send .mf, .cert, .ovf, wait for the preview and ask the
// decision callback about the certificate's warnings, PATCH warning_behavior (verified) → send
// the other files N at a time (each retried while the session stays ACTIVE) → validate →
// complete → poll until DONE → delete the session → read the item's new content_version/size.
// While it runs it keeps the update session alive (client_progress every keepAliveInterval and
// after every file) and the API login alive (RestClient long operation).
// Recovery: a file is sent again in the same session while it is ACTIVE; a session that went to
// ERROR, expired or was deleted before complete is ended, deleted and started over (bounded,
// with backoff); failed status reads, validate and complete are repeated without sending bytes
// again (a complete that finds the session DONE counts). While a signed package's review is
// open the session is kept alive; one lost meanwhile is started over and the review asked again
// for the new session, or the answer already given is applied to it. Any unrecoverable error
// cancels (user cancel, rejected warnings) or fails the session with a message and deletes it
// (SessionCleanup: retried, fail then cancel), and finished() reports exactly what happened,
// including a session that could not be ended.
class UploadEngine : public QObject
{
    Q_OBJECT
public:
    explicit UploadEngine(RestClient *client, QObject *parent = nullptr);
    ~UploadEngine() override;

    void setDecisionCallback(WarningDecisionCallback callback) { m_decide = std::move(callback); }

    // False when already running or the request is unusable (then nothing was started).
    bool start(const UploadRequest &request);
    void cancel();
    bool isRunning() const { return m_running; }
    QString sessionId() const { return m_sessionId; }
    UploadStage stage() const { return m_stage; }

signals:
    void stageChanged(clu::UploadStage stage);
    void preparationProgress(qint64 bytesHashed, qint64 bytesTotal);
    void sessionCreated(const QString &sessionId);
    void fileStatusChanged(const QString &name, clu::FileTransferStatus status,
                           const QString &detail);
    void fileProgress(const QString &name, qint64 sent, qint64 total, double bytesPerSecond,
                      qint64 etaSeconds);
    void overallProgress(qint64 sent, qint64 total, double bytesPerSecond, qint64 etaSeconds);
    void finished(const clu::UploadOutcome &outcome);

private:
    void setStage(UploadStage stage);
    void onPrepared(const PreparedUpload &prepared);
    void createSession();
    void sendMetadata(int index);
    // After .mf/.cert/.ovf, before any disk: validate, so a descriptor or signature the
    // server refuses ends the run with its reason while only metadata was sent.
    void checkPackageAccepted();
    QString packageLabel() const; // the .ovf/.ova as the user named it
    void pollPreview();
    void askDecision(const PreviewInfo &preview);
    // The front end's answer to the question about `asked` (maybe a session ago).
    void onDecision(const PreviewInfo &asked, const WarningDecision &decision);
    void applyDecision(const PreviewInfo &preview, const WarningDecision &decision);
    void decisionNotApplied(const PreviewInfo &preview, const WarningDecision &decision,
                            const ApiError &error);
    static QStringList uncoveredWarnings(const PreviewInfo &preview,
                                         const WarningDecision &decision);
    void startContent();
    void pumpContent();
    void startHashing();
    void onHashed(const SourceDigest &digest);
    SessionFileTransfer *makeTransfer(const UploadSource &source);
    void onTransferFinished(SessionFileTransfer *t, bool ok, const std::function<void()> &next);
    void validate();
    void complete();
    void pollDone();
    void cleanUpAndSucceed();
    void keepAlive();

    // Recovery (UploadEngineRecovery.cpp).
    bool mayRestart() const { return m_sessionRestarts < m_request.maxSessionRestarts; }
    // The session went to ERROR or is gone: end and delete it, then start over in a new one.
    void restartSession(const QString &fileName, const ApiError &why);
    void endAndStartOver(quint64 run, const QString &old, const ApiError &why,
                         const ContentRejection &verdict);
    // Per file we send: the size and checksum our add declared (ContentRejection).
    QHash<QString, ContentRejection::Declared> declaredFiles() const;
    void sessionVanished(const ApiError &notFound); // a keep-alive found no session
    // A call on the session was refused (NOT_ALLOWED_IN_CURRENT_STATE): read the session; one in
    // ERROR before complete is started over, anything else ends the run with `summary`.
    void restartIfSessionFailed(const ApiError &error, const QString &summary);
    bool beforeComplete() const; // nothing of this run reached the item yet
    void scheduleKeepAlive(); // next keep-alive at a third of the session's time left
    void completeFailed(const ApiError &error); // DONE anyway? repeat? or give up
    // Repeats `again` after a backoff while state calls may still be repeated; false if not.
    bool repeatLater(const ApiError &error, const std::function<void()> &again);
    SessionCleanup::Options cleanupOptions() const;
    void recordLocalFiles(); // size + mtime of every local file, as hashed
    QString changedLocalFile() const; // translated description of a local change, or empty
    void rehashThen(const std::function<void()> &next); // after a checksum mismatch
    void updateOverall();
    int clientProgress() const;
    // Ends the run: abort transfers, cancel or fail the session, delete it, emit finished().
    void failWith(const ApiError &error, const QString &summary, bool cancelSession = false);
    void finishRun();
    // Callbacks of run `run` may still act: it is the current run and it has not ended.
    bool alive(quint64 run) const { return run == m_run && m_running && !m_ending; }
    // ... and session `sid` is still the run's session (not replaced by a restart).
    bool current(quint64 run, const QString &sid) const { return alive(run) && sid == m_sessionId; }

    QPointer<RestClient> m_client;
    LibraryService m_library;
    UpdateSessionService m_sessions;
    SessionFileService m_files;
    WarningDecisionCallback m_decide;
    UploadRequest m_request;
    PreparedUpload m_prepared;
    UploadPreparer *m_preparer = nullptr;
    SourceHasher *m_hasher = nullptr; // content checksums of the current run
    UploadOutcome m_outcome;
    UploadStage m_stage = UploadStage::Preparing;
    QString m_sessionId;
    QList<SessionFileTransfer *> m_transfers; // running
    QList<UploadSource> m_queue;
    QHash<QString, qint64> m_sentByFile;
    int m_contentDone = 0;
    QTimer m_keepAlive;
    QTimer m_poll;
    QElapsedTimer m_waitClock;
    RateMeter m_rate;
    bool m_running = false;
    bool m_ending = false;
    bool m_longOperation = false;
    int m_sessionRestarts = 0;
    int m_stateTries = 0; // repeats of validate / complete / DONE polling in this session
    QHash<QString, int> m_attempts; // per file name, over all sessions of this run
    struct LocalStamp
    {
        qint64 size = -1;
        QDateTime modified;
    };
    QHash<QString, LocalStamp> m_stamps; // per local path, when prepared
    bool m_rehashed = false;
    QThread *m_rehash = nullptr;
    std::atomic_bool m_rehashCancel { false };
    std::optional<WarningDecision> m_acceptedDecision; // reused after a session restart
    std::optional<PreviewInfo> m_reviewPreview; // the current session's, while it awaits a decision
    quint64 m_run = 0; // guards callbacks of an earlier run
};

} // namespace clu
