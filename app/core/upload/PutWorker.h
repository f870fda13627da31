#pragma once

#include "model/ApiError.h"
#include "net/TlsPolicy.h"
#include "ovf/OvfPackage.h"

#include <QElapsedTimer>
#include <QMetaType>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace clu {

// What a PutWorker reports when its PUT ended.
struct PutResult
{
    ApiError error; // Kind::None on success (as RestClient::errorFromReply maps the reply)
    qint64 sent = 0; // body bytes Qt reported as written
    // A sequential source (an OVA member) could not be read to its end: the server must not
    // count the file good. Empty otherwise.
    QString incompleteSource;
    QString readError; // the local file failed to read (shown with a broken connection)
    // The handshake was refused only because the policy's decision handler was not asked in
    // this thread (TlsPolicy::Failure::needsDecision).
    std::optional<TlsPolicy::Failure> undecidedTls;
};

// The data plane of one upload: a streaming QNetworkAccessManager PUT of an open file or OVA
// member, run in a transfer thread of its own (FileUploadJob owns the thread).
//
// Why a thread: Qt's HTTP thread takes at most 16 KiB of body per socket write and asks the
// reply's thread for every piece (a queued wantData/haveData round trip per 16 KiB; see
// qhttpprotocolhandler.cpp, qnetworkreplyhttpimpl.cpp). In the front end's thread that pace
// depends on everything else its event loop does (progress, rate, repaint), and every piece
// costs that thread time. Here the loop does nothing else, and the front end gets a progress
// signal at most every progressInterval instead of one per 16 KiB.
//
// Its own TlsNetworkAccessManager is bound to the client's TlsPolicy, so pins, trust-once
// decisions and insecure mode hold for the upload host just as for the API (the policy judges
// the handshake in this thread; see TlsPolicy for the one case it cannot: undecidedTls).
class PutWorker : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 progressIntervalMs = 100;
    static constexpr qint64 kMaxAnswerBytes = 1 << 20; // the server's answer to the PUT

    // `request` is complete (URL, headers, session header); the source is opened in start(), in
    // the transfer thread, so a libarchive handle never crosses threads.
    PutWorker(TlsPolicy *policy, UploadSource source, QNetworkRequest request, QString operation);
    ~PutWorker() override; // aborts a running PUT

public slots:
    void start();
    void abort();

signals:
    void progress(qint64 sent);
    void finished(const clu::PutResult &result);

private:
    void onUploadProgress(qint64 sent, qint64 total);
    void onFinished();

    QPointer<TlsPolicy> m_policy;
    UploadSource m_source;
    QNetworkRequest m_request;
    QString m_operation;
    QNetworkAccessManager *m_nam = nullptr;
    std::unique_ptr<QIODevice> m_device;
    QNetworkReply *m_reply = nullptr;
    QElapsedTimer m_sinceReport;
    qint64 m_sent = 0;
};

} // namespace clu

Q_DECLARE_METATYPE(clu::PutResult)
