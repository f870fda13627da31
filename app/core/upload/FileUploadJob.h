#pragma once

#include "PutWorker.h"
#include "RateMeter.h"
#include "model/ApiError.h"
#include "ovf/OvfPackage.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <chrono>
#include <memory>

class QThread;

namespace clu {

class RestClient;

// Sends the bytes of one file to its upload endpoint (§8.2): one streaming PUT of an open QFile
// or OVA member with Content-Length = size, application/octet-stream and the session header,
// read block by block, so memory does not grow with the file. The request is built and judged
// here, in the caller's thread (UploadTargetPolicy); the PUT itself runs in a transfer thread of
// its own with libcurl (PutWorker, CurlPut: why, and how the RestClient's TLS policy still
// decides about the upload host). This object's signals arrive in its own thread, at most every
// PutWorker::progressIntervalMs.
//
// There is no transfer timeout on the PUT (a 100 GB disk takes hours), but a stall watchdog
// aborts when no byte moved for stallTimeout().
class FileUploadJob : public QObject
{
    Q_OBJECT
public:
    FileUploadJob(RestClient *client, UploadSource source, QUrl uploadUri,
                  QObject *parent = nullptr);
    ~FileUploadJob() override;

    void setStallTimeout(std::chrono::milliseconds t) { m_stallTimeout = t; }
    std::chrono::milliseconds stallTimeout() const { return m_stallTimeout; }

    const UploadSource &source() const { return m_source; }
    void start();
    // Aborts the transfer; finished() follows with an error of kind Canceled.
    void abort();

    bool isRunning() const { return m_worker != nullptr; }
    qint64 bytesSent() const { return m_sent; }
    double bytesPerSecond() const { return m_rate.bytesPerSecond(); }
    const ApiError &error() const { return m_error; }

signals:
    void progress(qint64 bytesSent, qint64 bytesTotal, double bytesPerSecond, qint64 etaSeconds);
    // Exactly once per start(); error() is Kind::None on success.
    void finished(bool ok);

private:
    void launch(const QNetworkRequest &request);
    void stopThread();
    void onWorkerProgress(qint64 sent);
    void onWorkerFinished(const PutResult &result);
    void onWatchdog();
    void fail(const ApiError &e);

    QPointer<RestClient> m_client;
    UploadSource m_source;
    QUrl m_uri;
    QNetworkRequest m_request;
    QThread *m_thread = nullptr;
    PutWorker *m_worker = nullptr; // lives in m_thread
    QTimer m_watchdog;
    qint64 m_sent = 0;
    qint64 m_sentAtLastCheck = -1;
    qint64 m_lastMovedMs = 0;
    QElapsedTimer m_clock;
    RateMeter m_rate;
    ApiError m_error;
    std::chrono::milliseconds m_stallTimeout { 120000 };
    bool m_abortedByUser = false;
    bool m_stalled = false;
    bool m_askedAboutTls = false; // one handshake decision per start()
};

} // namespace clu
