#pragma once

#include "TlsPolicy.h"
#include "model/ApiError.h"

#include <QByteArray>
#include <QList>
#include <QNetworkRequest>
#include <QPair>
#include <QPointer>
#include <QString>

#include <atomic>
#include <functional>
#include <optional>

class QIODevice;

namespace clu {

// One streaming HTTP PUT of a device's bytes with libcurl, blocking in the calling thread: the
// data plane of an upload (issue 13). Everything else (every JSON call) stays on
// QNetworkAccessManager.
//
// Why not QNetworkAccessManager here: Qt's HTTP thread takes at most 16 KiB of body per socket
// write and fetches every piece from the thread that owns the reply (a queued wantData/haveData
// round trip, qnetworkreplyhttpimpl.cpp / qhttpprotocolhandler.cpp), and its TLS socket copies
// each piece twice more. Measured on the 2-core test machine (bench-upload, 1 GiB, loopback
// HTTPS): Qt's PUT used 2.0-2.5 s of CPU per GiB over three threads with ~137,000 voluntary
// context switches, curl 0.7-0.9 s; with the server on the other core that CPU is throughput,
// and under load the engine fell to 0.58x curl's speed. libcurl is what curl itself runs.
//
// The rules every other request follows hold here too:
// - TLS: the client's TlsPolicy judges the handshake (pins, trust-once, insecure mode, the
//   decision handler; judge()), with the errors Qt's own verification finds for the presented
//   chain and host, so the upload host is trusted exactly when an API call to it would be.
// - No redirect is followed (the session token must not travel, issue 10).
// - The proxy is the one Qt's system configuration names for the URL (RestClient uses it).
// - The answer is capped at maxAnswerBytes; the body is read from the device in the caller's
//   thread, so the memory used does not grow with the file.
class CurlPut
{
public:
    struct Outcome
    {
        int curlCode = 0; // CURLcode; 0: an HTTP answer arrived (any status)
        QString curlMessage; // libcurl's own text for curlCode
        int httpStatus = 0;
        QList<QPair<QByteArray, QByteArray>> headers; // of the final answer
        QByteArray body; // at most maxAnswerBytes
        bool answerTooLarge = false;
        qint64 announcedLength = -1; // the answer's Content-Length, when it gave one
        qint64 answerLimit = 0; // maxAnswerBytes
        bool aborted = false; // abort() ended it
        // The TlsPolicy refused the handshake: why (empty for an error nothing may override).
        bool tlsRefused = false;
        std::optional<TlsPolicy::Failure> tlsFailure;
        QString readError; // the source failed to read
        QString incompleteSource; // the source ended before `size` bytes
        qint64 sent = 0; // body bytes handed to the connection
        qint64 size = 0; // the Content-Length of the PUT
    };

    // `request` carries the URL and the headers (session token, Content-Type); `size` is the
    // Content-Length.
    CurlPut(TlsPolicy *policy, QNetworkRequest request, qint64 size, qint64 maxAnswerBytes);

    // Sends `size` bytes of `source`; `progress(sent)` runs in this thread at most every
    // `progressIntervalMs` and once when all bytes were handed over.
    Outcome run(QIODevice *source, const std::function<void(qint64)> &progress,
                qint64 progressIntervalMs);

    // Any thread: run() ends with Outcome::aborted within about a second.
    void abort() { m_abort.store(true); }

    // The outcome as the rest of the engine sees errors (RestClient::errorFromReply's kinds and
    // texts); Kind::None for a 2xx answer.
    static ApiError toApiError(const Outcome &outcome, const QUrl &url, const QString &operation);

private:
    struct Transfer;
    friend struct Transfer;

    QPointer<TlsPolicy> m_policy;
    QNetworkRequest m_request;
    qint64 m_size = 0;
    qint64 m_maxAnswerBytes = 0;
    std::atomic_bool m_abort { false };
};

} // namespace clu
