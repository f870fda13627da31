#pragma once

#include "FileTransferStatus.h"
#include "model/ApiError.h"
#include "model/Enums.h"
#include "ovf/OvfPackage.h"
#include "services/SessionFileService.h"
#include "services/UpdateSessionService.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <functional>

namespace clu {

class FileUploadJob;
class RestClient;

// One file of an update session from start to READY: add (PUSH, size, checksum_info) → PUT the
// bytes → get until the server reports READY; or, for a URL source, add (PULL, source_endpoint)
// → get until vCenter has fetched it. A failed attempt is retried with exponential
// backoff while the session is still ACTIVE (remove + re-add + re-send, §8.4: a broken transfer
// cannot be resumed); anything else ends in finished(false) with the error that explains it.
class SessionFileTransfer : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        int maxRetries = 3;
        std::chrono::milliseconds retryBaseDelay { 2000 };
        std::chrono::milliseconds pollInterval { 1000 };
        std::chrono::milliseconds stallTimeout { 120000 };
        int maxReadyPolls = 600; // VALIDATING may take a while for huge files
        // After a 200 PUT, how long a server that shows no sign of the bytes (still
        // WAITING_FOR_TRANSFER, 0 bytes transferred) is asked again before the file is handed
        // on unconfirmed, for the session's validate and complete to judge (vcsim never moves
        // a PUSH file). A server that reports progress is waited for up to maxReadyPolls.
        std::chrono::milliseconds unconfirmedTimeout { 10000 };
    };

    SessionFileTransfer(RestClient *client, QString sessionId, UploadSource source,
                        QString checksumHex, ChecksumAlgorithm algorithm, Options options,
                        QObject *parent = nullptr);
    ~SessionFileTransfer() override;

    const UploadSource &source() const { return m_source; }
    qint64 bytesSent() const { return m_sent; }
    int attempts() const { return m_attempt; }
    const ApiError &error() const { return m_error; }
    bool isDone() const { return m_done; }
    // The attempt failed and the session went to ERROR (terminal, §8.4) or is gone (expired or
    // deleted): only a new session can take the file.
    bool sessionEnded() const { return m_sessionEnded; }
    // finished(true) without the server ever reporting the file READY: what it showed instead
    // (translated), empty when the file was confirmed.
    QString unconfirmedReason() const { return m_unconfirmed; }

    void start();
    void abort(); // no finished() afterwards

signals:
    // `detail`: the host bytes go to or come from, or why an attempt failed.
    void statusChanged(clu::FileTransferStatus status, const QString &detail);
    void progress(qint64 sent, qint64 total, double bytesPerSecond, qint64 etaSeconds);
    void finished(bool ok);

private:
    void add();
    void send(const QUrl &uri);
    void verify(int poll);
    void watchPull(); // PULL: poll until vCenter has fetched the file (or gave up)
    void attemptFailed(const ApiError &e, bool retryable);
    void checkSession(); // after a failed attempt: retry, or say why not
    void retryAfterCheck();
    // A status read failed: read again later (bounded) instead of sending the bytes again.
    bool readAgainLater(const ApiError &e, const std::function<void()> &read);
    void finish(bool ok, const ApiError &e = {});

    QPointer<RestClient> m_client;
    SessionFileService m_files;
    UpdateSessionService m_sessions;
    QString m_sessionId;
    UploadSource m_source;
    QString m_checksum;
    ChecksumAlgorithm m_algorithm;
    Options m_options;
    FileUploadJob *m_job = nullptr;
    QTimer m_timer;
    qint64 m_sent = 0;
    qint64 m_lastPullBytes = -1;
    QElapsedTimer m_pullStall; // since the fetched byte count last moved
    QElapsedTimer m_sinceSent; // since the PUT was answered 200
    QString m_unconfirmed;
    int m_attempt = 0;
    int m_readRetries = 0; // failed reads in a row
    bool m_done = false;
    bool m_aborted = false;
    bool m_sessionEnded = false;
    bool m_retryIfActive = true; // false: the add was refused for good while ACTIVE
    ApiError m_error;
};

} // namespace clu
