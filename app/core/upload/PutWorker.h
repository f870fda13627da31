#pragma once

#include "model/ApiError.h"
#include "net/CurlPut.h"
#include "net/TlsPolicy.h"
#include "ovf/OvfPackage.h"

#include <QMetaType>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>

#include <optional>

namespace clu {

// What a PutWorker reports when its PUT ended.
struct PutResult
{
    ApiError error; // Kind::None on success (CurlPut::toApiError)
    qint64 sent = 0; // body bytes handed to the connection
    // A sequential source (an OVA member) could not be read to its end: the server must not
    // count the file good. Empty otherwise.
    QString incompleteSource;
    QString readError; // the local file failed to read (shown with a broken connection)
    // The handshake was refused only because the policy's decision handler was not asked in
    // this thread (TlsPolicy::Failure::needsDecision).
    std::optional<TlsPolicy::Failure> undecidedTls;
};

// The data plane of one upload: a streaming PUT of an open file or OVA member, run in a
// transfer thread of its own (FileUploadJob owns the thread) with libcurl (CurlPut: why not
// QNetworkAccessManager, and how the client's TlsPolicy still judges the upload host).
//
// start() blocks this thread until the PUT ended; abort() may therefore be called from any
// thread (it only raises a flag the transfer checks). The front end gets a progress signal at
// most every progressIntervalMs.
class PutWorker : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 progressIntervalMs = 100;
    static constexpr qint64 kMaxAnswerBytes = 1 << 20; // the server's answer to the PUT

    // `request` is complete (URL, headers, session header); the source is opened in start(), in
    // the transfer thread, so a libarchive handle never crosses threads.
    PutWorker(TlsPolicy *policy, UploadSource source, QNetworkRequest request, QString operation);
    ~PutWorker() override;

    // Any thread: a running or later start() ends with an error of kind Canceled.
    void abort() { m_put.abort(); }

public slots:
    void start();

signals:
    void progress(qint64 sent);
    void finished(const clu::PutResult &result);

private:
    UploadSource m_source;
    QNetworkRequest m_request;
    QString m_operation;
    CurlPut m_put;
};

} // namespace clu

Q_DECLARE_METATYPE(clu::PutResult)
