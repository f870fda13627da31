#pragma once

#include "ApiFlavor.h"
#include "ApiRequest.h"
#include "ApiResult.h"
#include "ApiRoutes.h"
#include "TlsPolicy.h"

#include <QList>
#include <QStringList>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <chrono>
#include <functional>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

namespace clu {

class ApiJob;
class TlsPolicy;
struct ServerProfile;

// The JSON side of vCenter: login (Basic auth) with flavor detection, the session header on
// every call, logout, typed errors, timeouts, bounded retries of idempotent calls on 503/500
// with Retry-After, one transparent re-login on 401, and a periodic touch of the API login
// session while long work runs (uploads do not count as API activity, §3.2/§8.5).
//
// All calls are asynchronous; the callback runs on this object's thread, and not at all when
// `context` was given and has been destroyed. Use routes() to build requests for the flavor
// the server speaks.
class RestClient : public QObject
{
    Q_OBJECT
public:
    enum class FlavorMode { Detect, ForceApi, ForceRest };
    using Callback = std::function<void(const ApiResult &)>;

    explicit RestClient(QObject *parent = nullptr);
    ~RestClient() override;

    // https://host[:port]; any path is ignored.
    void setBaseUrl(const QUrl &url);
    QUrl baseUrl() const { return m_baseUrl; }
    // The password stays in memory only for the transparent re-login.
    void setCredentials(const QString &username, const QString &password);
    // Base URL, user and the profile's pinned thumbprint (if any) in one go. Returns an empty
    // string, or a translated reason why the profile cannot be used.
    QString applyProfile(const ServerProfile &profile, const QString &password);
    QString username() const { return m_username; }
    void setFlavorMode(FlavorMode mode) { m_flavorMode = mode; }
    // Valid once logged in.
    ApiFlavor flavor() const { return m_flavor; }
    ApiRoutes routes() const { return ApiRoutes(m_flavor); }

    // Transfer timeout of every JSON call: aborted when no byte moves for this long.
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    std::chrono::milliseconds timeout() const { return m_timeout; }
    // Interval of the API-session touch while a long operation runs (default 5 min).
    void setKeepAliveInterval(std::chrono::milliseconds interval);
    std::chrono::milliseconds keepAliveInterval() const { return m_keepAliveInterval; }
    // Retries of idempotent calls answered 503 (or 500 with Retry-After), and of writes marked
    // resendAfterUnavailable answered 503 (see mayResend); default 3.
    void setRetryLimit(int retries) { m_retryLimit = retries; }
    // Upper bound of one Retry-After wait (default 30 s).
    void setMaxRetryDelay(std::chrono::milliseconds delay) { m_maxRetryDelay = delay; }

    // --- Wire rules and limits (issue 10; RestClientGuards.cpp) ---
    // Plain http:// for the API and for upload URLs. Off by default: the Basic password and the
    // session token would travel in clear text; only a lab should switch it on.
    void setAllowPlainHttp(bool allow) { m_allowPlainHttp = allow; }
    bool allowPlainHttp() const { return m_allowPlainHttp; }
    // Hosts ("host" or "host:port") besides the API's that may receive upload PUTs with the
    // session token (UploadTargetPolicy).
    void setAllowedUploadHosts(const QStringList &hosts) { m_allowedUploadHosts = hosts; }
    QStringList allowedUploadHosts() const { return m_allowedUploadHosts; }
    // Largest JSON answer read (default 32 MiB; <= 0: no limit).
    void setMaxResponseBytes(qint64 bytes) { m_maxResponseBytes = bytes; }
    qint64 maxResponseBytes() const { return m_maxResponseBytes; }
    // Overall time one JSON call may take, headers to last byte (default 120 s; 0: none),
    // besides the inactivity timeout().
    void setCallDeadline(std::chrono::milliseconds deadline) { m_callDeadline = deadline; }
    std::chrono::milliseconds callDeadline() const { return m_callDeadline; }
    // How many GETs a list fan-out (FanOut) keeps in flight, and how many ids a list may hold
    // before the client refuses to read them one by one.
    void setFanOutLimit(int inFlight) { m_fanOutLimit = qMax(1, inFlight); }
    int fanOutLimit() const { return m_fanOutLimit; }
    void setMaxListSize(int ids) { m_maxListSize = ids; }
    int maxListSize() const { return m_maxListSize; }

    TlsPolicy *tlsPolicy() const { return m_tls; }
    // Shared manager with the TLS policy wired to every reply it creates. Upload PUTs must use
    // it so the trust decision for the vCenter applies to the upload URL's host too.
    QNetworkAccessManager *networkAccessManager() const;

    bool isLoggedIn() const { return !m_token.isEmpty(); }
    QByteArray sessionToken() const { return m_token; }
    static QByteArray sessionHeaderName() { return QByteArrayLiteral("vmware-api-session-id"); }
    // Adds the session header (harmless on upload PUTs, §8.2).
    void applySessionHeader(QNetworkRequest &request) const;

    void login(QObject *context, Callback done);
    void logout(QObject *context, Callback done);
    // GET /api/session (or its /rest form) now.
    void touch(QObject *context, Callback done);
    void call(const ApiRequest &request, QObject *context, Callback done);

    // Long work (uploads, waiting for a user's decision) is running: keep the login alive.
    // Counted; the periodic touch runs while the count is above zero.
    void beginLongOperation();
    void endLongOperation();
    int longOperations() const { return m_longOperations; }

    // Maps a finished reply (JSON call or upload PUT of this manager) to a typed error; Kind
    // None when it succeeded. Reads the body, so call it once, from the finished handler.
    ApiError errorFromReply(QNetworkReply *reply, const QString &operation) const;
    // The same for a reply of another manager and thread (upload transfer threads): needs only
    // the TLS policy, which is thread-safe.
    static ApiError errorFromReply(const TlsPolicy *tls, QNetworkReply *reply,
                                   const QString &operation);
    // Fills `e` (kind, chain, errors, fingerprints, detail) from a refused handshake; shared
    // with the upload PUT's libcurl path (CurlPut).
    static void describeTlsFailure(const TlsPolicy::Failure &failure, ApiError &e);
    // At most 200 characters of a non-JSON answer, on one line, for an error message.
    static QString printableSnippet(const QByteArray &body);

signals:
    void loggedIn(clu::ApiFlavor flavor);
    void loggedOut();
    // A call met 401 and the client logged in again on its own.
    void reauthenticated();
    void sessionTouched(bool ok);

private:
    friend class ApiJob;
    QNetworkReply *sendRequest(const ApiRequest &request);
    ApiResult decode(QNetworkReply *reply, const ApiRequest &request, bool abortedByUs) const;
    void jobFinished(ApiJob *job, const ApiResult &result, QNetworkReply *reply);
    // The retry policy: whether this answer to this request may be resent (within the limit).
    static bool mayResend(const ApiRequest &req, const ApiResult &result, bool hasRetryAfter);
    void loginWith(ApiFlavor flavor, bool mayFallBack, QObject *context, Callback done);
    void relogin(ApiJob *job);
    void onKeepAliveTimer();
    // RestClientGuards.cpp
    void applyCallLimits(QNetworkReply *reply) const;
    static bool guardError(QNetworkReply *reply, ApiError &e);

    QUrl m_baseUrl;
    QString m_username;
    QString m_password;
    FlavorMode m_flavorMode = FlavorMode::Detect;
    ApiFlavor m_flavor = ApiFlavor::Api;
    QByteArray m_token;
    std::chrono::milliseconds m_timeout { 60000 };
    std::chrono::milliseconds m_keepAliveInterval { 5 * 60 * 1000 };
    std::chrono::milliseconds m_maxRetryDelay { 30000 };
    int m_retryLimit = 3;
    int m_longOperations = 0;
    TlsPolicy *m_tls;
    QNetworkAccessManager *m_nam;
    QTimer m_keepAlive;
    bool m_reloginRunning = false;
    bool m_wantSession = false; // logged in and not logged out: 401 may re-login
    QList<QPointer<ApiJob>> m_waitingForLogin;
    bool m_allowPlainHttp = false;
    QStringList m_allowedUploadHosts;
    qint64 m_maxResponseBytes = 32 * 1024 * 1024;
    std::chrono::milliseconds m_callDeadline { 120000 };
    int m_fanOutLimit = 12;
    int m_maxListSize = 10000;
};

} // namespace clu
