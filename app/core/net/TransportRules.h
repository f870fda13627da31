#pragma once

#include <QCoreApplication>
#include <QUrl>

class QNetworkReply;

namespace clu {

// The small wire rules of RestClient that are not TLS (issue 10 #1, #3, #5, #19): which base
// URLs may carry a password, which session tokens may go into a header, what a redirect and a
// plain-http request to a TLS port are reported as. Pure functions, so the GUI and the CLI
// share one wording and tests can call them directly.
class TransportRules
{
    Q_DECLARE_TR_FUNCTIONS(TransportRules)
public:
    // Empty, or a translated reason why `base` cannot carry the Basic password and the token:
    // not http(s), no host, or plain http without the lab switch.
    static QString checkBaseUrl(const QUrl &base, bool allowPlainHttp);

    // A session token goes verbatim into the vmware-api-session-id header of every call: it must
    // be 1–4096 characters of RFC 7230 token characters plus "/" and "=" (base64), so no CR/LF,
    // space, control or non-ASCII character can split or extend a header. Empty when valid,
    // otherwise a translated reason naming the first bad character and its position.
    static QString checkSessionToken(const QString &token);

    // A 3xx answer (no request of ours follows redirects): the translated detail naming where
    // it pointed and, when that is another origin, that no credential went there.
    static QString redirectRefusal(const QUrl &from, const QUrl &location);

    // A plain http:// request that the server closed without any HTTP answer – what a TLS port
    // does: empty, or a translated hint that the server probably speaks HTTPS.
    static QString plainHttpOnTlsHint(const QNetworkReply *reply);
    // The hint's text for `url` (an http URL whose server closed without an HTTP answer).
    static QString plainHttpOnTlsHint(const QUrl &url);
};

} // namespace clu
