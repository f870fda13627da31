// CurlPut, its outcome as an ApiError: the kinds, network error codes and texts
// RestClient::errorFromReply gives a QNetworkReply, so retries, messages and tests treat an
// upload PUT like any other request.
#include "CurlPut.h"
#include "RestClient.h"
#include "TransportRules.h"

#include <QCoreApplication>

#include <curl/curl.h>

namespace clu {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CurlPut)
};

QByteArray headerValue(const CurlPut::Outcome &o, const QByteArray &name)
{
    for (const auto &h : o.headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

// A connection that ended without an HTTP answer.
void describeTransportFailure(const CurlPut::Outcome &o, const QUrl &url, ApiError &e)
{
    e.detail = o.curlMessage;
    switch (CURLcode(o.curlCode)) {
    case CURLE_COULDNT_CONNECT:
        e.kind = ApiError::Kind::ConnectionRefused;
        e.networkError = QNetworkReply::ConnectionRefusedError;
        return;
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_RESOLVE_PROXY:
        e.kind = ApiError::Kind::Network;
        e.networkError = QNetworkReply::HostNotFoundError;
        return;
    case CURLE_OPERATION_TIMEDOUT:
        e.kind = ApiError::Kind::Timeout;
        e.networkError = QNetworkReply::TimeoutError;
        return;
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_CIPHER:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_ENGINE_INITFAILED:
    case CURLE_NOT_BUILT_IN:
        e.kind = ApiError::Kind::Tls;
        e.networkError = QNetworkReply::SslHandshakeFailedError;
        return;
    default:
        break;
    }
    e.kind = ApiError::Kind::Network;
    e.networkError = QNetworkReply::RemoteHostClosedError;
    if (url.scheme().compare(QLatin1String("http"), Qt::CaseInsensitive) == 0) {
        switch (CURLcode(o.curlCode)) {
        case CURLE_GOT_NOTHING:
        case CURLE_RECV_ERROR:
        case CURLE_WEIRD_SERVER_REPLY:
        case CURLE_UNSUPPORTED_PROTOCOL:
            e.detail = TransportRules::plainHttpOnTlsHint(url);
            break;
        default:
            break;
        }
    }
}
} // namespace

ApiError CurlPut::toApiError(const Outcome &o, const QUrl &url, const QString &operation)
{
    ApiError e;
    e.operation = operation;
    e.url = url;
    e.httpStatus = o.httpStatus;
    if (o.tlsFailure) {
        RestClient::describeTlsFailure(*o.tlsFailure, e);
        e.networkError = QNetworkReply::SslHandshakeFailedError;
        return e;
    }
    if (o.aborted) {
        e.kind = ApiError::Kind::Canceled;
        e.networkError = QNetworkReply::OperationCanceledError;
        e.detail = Tr::tr("the transfer was canceled");
        return e;
    }
    if (o.answerTooLarge) {
        e.kind = ApiError::Kind::BadResponse;
        e.detail = o.announcedLength >= 0
            ? Tr::tr("the server's answer is %1 bytes (Content-Length), more than the limit of "
                     "%2; it was not read")
                  .arg(o.announcedLength)
                  .arg(o.answerLimit)
            : Tr::tr("the server's answer to the upload is more than %1 bytes; the rest was not "
                     "read")
                  .arg(o.answerLimit);
        return e;
    }
    if (o.tlsRefused) {
        e.kind = ApiError::Kind::Tls;
        e.networkError = QNetworkReply::SslHandshakeFailedError;
        e.detail = o.curlMessage.isEmpty()
            ? Tr::tr("the certificate of %1 was refused").arg(url.host())
            : o.curlMessage;
        return e;
    }
    // An answer that arrived counts even when the body was still being sent (an early error).
    if (o.httpStatus == 0 || (o.curlCode != CURLE_OK && o.body.isEmpty() && o.headers.isEmpty())) {
        if (o.curlCode == CURLE_OK) {
            e.kind = ApiError::Kind::Network;
            e.detail = Tr::tr("the server sent no HTTP answer");
            return e;
        }
        describeTransportFailure(o, url, e);
        return e;
    }
    if (o.httpStatus >= 200 && o.httpStatus < 300 && o.curlCode == CURLE_OK) {
        if (o.sent >= o.size)
            return e; // Kind::None
        // A server that says "done" before it got every byte must not make the file count as
        // uploaded; the session's own size check would refuse it later, less clearly.
        e.kind = ApiError::Kind::Network;
        e.networkError = QNetworkReply::RemoteHostClosedError;
        e.detail =
            Tr::tr("the server answered HTTP %1 before the whole body was sent").arg(o.httpStatus);
        return e;
    }
    if (o.httpStatus >= 300 && o.httpStatus < 400) {
        const QByteArray location = headerValue(o, "Location");
        if (!location.isEmpty()) {
            e.kind = ApiError::Kind::Http;
            e.detail = TransportRules::redirectRefusal(url, QUrl::fromEncoded(location));
            return e;
        }
    }
    if (o.httpStatus >= 200 && o.httpStatus < 300) {
        // A 2xx while the connection then failed: the server cannot have the whole body.
        describeTransportFailure(o, url, e);
        return e;
    }
    if (e.readServerBody(o.body))
        return e; // the server said why (a vAPI error), whenever it said it
    if (o.sent < o.size) {
        // An answer without a reason before the body was all sent, and the connection closed:
        // to the user that is a broken transfer (FileUploadJob says after how many bytes).
        e.kind = ApiError::Kind::Network;
        e.networkError = QNetworkReply::RemoteHostClosedError;
        e.detail =
            Tr::tr("the server answered HTTP %1 and closed the connection").arg(o.httpStatus);
        return e;
    }
    e.kind = ApiError::Kind::Http;
    e.detail = RestClient::printableSnippet(o.body);
    return e;
}

} // namespace clu
