#include "RestClient.h"

#include "ApiJob.h"
#include "KeyStrength.h"
#include "Logging.h"
#include "RetryAfter.h"
#include "TlsNetworkAccessManager.h"
#include "TlsPolicy.h"
#include "TransportRules.h"
#include "credentials/ServerProfile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkProxyFactory>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace clu {

namespace {
const char kAbortedProperty[] = "clu_aborted_by_client";

// Qt's JSON parser only takes objects and arrays at the top level, but /api answers ids as a
// bare JSON string ("\"abc\""). Wrapping the text in an array parses any JSON value exactly.
bool parseAnyJson(const QByteArray &body, QJsonValue *out, QString *error)
{
    QJsonParseError pe {};
    const QJsonDocument doc = QJsonDocument::fromJson('[' + body + ']', &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isArray() || doc.array().size() != 1) {
        *error = pe.error != QJsonParseError::NoError
            ? RestClient::tr("%1 at offset %2").arg(pe.errorString()).arg(qMax(0, pe.offset - 1))
            : RestClient::tr("more than one JSON value");
        return false;
    }
    *out = doc.array().at(0);
    return true;
}

} // namespace

QString RestClient::printableSnippet(const QByteArray &body)
{
    QString s = QString::fromUtf8(body.left(200)).simplified();
    if (body.size() > 200)
        s += QStringLiteral("…");
    return s;
}

void RestClient::describeTlsFailure(const TlsPolicy::Failure &failure, ApiError &e)
{
    e.kind = failure.pinMismatch ? ApiError::Kind::PinMismatch : ApiError::Kind::Tls;
    e.peerChain = failure.chain;
    e.sslErrors = failure.errors;
    e.expectedFingerprint = failure.expectedFingerprint;
    e.presentedFingerprint = failure.presentedFingerprint;
    if (!failure.weakKey.isEmpty()) {
        e.detail = failure.weakKey;
    } else if (!failure.pinMismatch) {
        QStringList reasons;
        for (const QSslError &se : failure.errors)
            reasons.append(se.errorString());
        e.detail =
            tr("the certificate of %1 is not trusted (%2); SHA-256 fingerprint %3")
                .arg(failure.host, reasons.join(QLatin1String("; ")),
                     ServerProfile::formatThumbprint(TlsPolicy::sha256(failure.chain.value(0))));
    }
}

RestClient::RestClient(QObject *parent)
    : QObject(parent)
    , m_tls(new TlsPolicy(this))
    , m_nam(new TlsNetworkAccessManager(m_tls, this))
{
    // Admins behind a corporate proxy expect the system/environment proxy to be used.
    QNetworkProxyFactory::setUseSystemConfiguration(true);
    connect(m_tls, &TlsPolicy::trustChanged, m_nam, &QNetworkAccessManager::clearConnectionCache);
    m_keepAlive.setInterval(m_keepAliveInterval);
    connect(&m_keepAlive, &QTimer::timeout, this, &RestClient::onKeepAliveTimer);
}

RestClient::~RestClient() = default;

void RestClient::setBaseUrl(const QUrl &url)
{
    m_baseUrl = url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment
                             | QUrl::RemoveUserInfo);
}

void RestClient::setCredentials(const QString &username, const QString &password)
{
    m_username = username;
    m_password = password;
}

QString RestClient::applyProfile(const ServerProfile &profile, const QString &password)
{
    const QString invalid = profile.validate();
    if (!invalid.isEmpty())
        return invalid;
    const QString wire = TransportRules::checkBaseUrl(profile.url, m_allowPlainHttp);
    if (!wire.isEmpty())
        return wire;
    if (!profile.pinnedThumbprint.isEmpty()) {
        const QString pinError = m_tls->setPin(profile.host(), profile.pinnedThumbprint);
        if (!pinError.isEmpty())
            return pinError;
    }
    setBaseUrl(profile.url);
    setCredentials(profile.username, password);
    return {};
}

void RestClient::setKeepAliveInterval(std::chrono::milliseconds interval)
{
    m_keepAliveInterval = interval;
    m_keepAlive.setInterval(interval);
}

QNetworkAccessManager *RestClient::networkAccessManager() const
{
    return m_nam;
}

void RestClient::applySessionHeader(QNetworkRequest &request) const
{
    if (!m_token.isEmpty())
        request.setRawHeader(sessionHeaderName(), m_token);
}

QNetworkReply *RestClient::sendRequest(const ApiRequest &request)
{
    QUrl url = m_baseUrl;
    url.setPath(request.path, QUrl::TolerantMode);
    if (!request.query.isEmpty())
        url.setQuery(request.encodedQuery(), QUrl::TolerantMode);
    QNetworkRequest req(url);
    req.setTransferTimeout(int(m_timeout.count()));
    req.setRawHeader("Accept", "application/json");
    if (request.authenticated)
        applySessionHeader(req);
    for (const auto &h : request.headers)
        req.setRawHeader(h.first, h.second);
    QByteArray data;
    if (!request.body.isUndefined()) {
        data = request.body.isObject()
            ? QJsonDocument(request.body.toObject()).toJson(QJsonDocument::Compact)
            : QJsonDocument(request.body.toArray()).toJson(QJsonDocument::Compact);
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    }
    qCDebug(lcRest).noquote() << request.method << request.pathAndQuery();
    QNetworkReply *reply = nullptr;
    if (request.method == "GET")
        reply = m_nam->get(req);
    else if (request.method == "DELETE" && data.isEmpty())
        reply = m_nam->deleteResource(req);
    else
        reply = m_nam->sendCustomRequest(req, request.method, data);
    applyCallLimits(reply);
    return reply;
}

ApiError RestClient::errorFromReply(QNetworkReply *reply, const QString &operation) const
{
    return errorFromReply(m_tls, reply, operation);
}

ApiError RestClient::errorFromReply(const TlsPolicy *tls, QNetworkReply *reply,
                                    const QString &operation)
{
    ApiError e;
    e.operation = operation;
    e.url = reply->url();
    e.networkError = reply->error();
    e.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();

    if (const auto failure = tls ? tls->failureFor(reply) : std::nullopt) {
        describeTlsFailure(*failure, e);
        return e;
    }
    if (guardError(reply, e))
        return e;

    const int code = int(reply->error());
    // 1-199: the connection or proxy failed; whatever status arrived is not the answer.
    if (code > 0 && code < 200) {
        switch (reply->error()) {
        case QNetworkReply::ConnectionRefusedError:
            e.kind = ApiError::Kind::ConnectionRefused;
            break;
        case QNetworkReply::TimeoutError:
            e.kind = ApiError::Kind::Timeout;
            break;
        case QNetworkReply::OperationCanceledError:
            // Qt reports its transfer timeout as a cancel; our own aborts are marked.
            e.kind = reply->property(kAbortedProperty).toBool() ? ApiError::Kind::Canceled
                                                                : ApiError::Kind::Timeout;
            break;
        case QNetworkReply::SslHandshakeFailedError: {
            e.kind = ApiError::Kind::Tls;
            // Qt may fail the handshake on a too-small key without reporting an error for it.
            const QString weak = KeyStrength::tooSmall(
                reply->sslConfiguration().peerCertificateChain(), reply->url().host());
            if (!weak.isEmpty()) {
                e.detail = weak;
                return e;
            }
            break;
        }
        default:
            e.kind = ApiError::Kind::Network;
            break;
        }
        e.detail = reply->errorString();
        return e;
    }
    if (e.httpStatus >= 200 && e.httpStatus < 300)
        return e; // Kind::None
    const QByteArray body = reply->readAll();
    if (e.httpStatus == 0) {
        e.kind = ApiError::Kind::Network;
        e.detail = reply->errorString();
        return e;
    }
    if (!e.readServerBody(body)) {
        e.kind = ApiError::Kind::Http;
        e.detail = printableSnippet(body);
    }
    return e;
}

void RestClient::call(const ApiRequest &request, QObject *context, Callback done)
{
    auto *job = new ApiJob(this, request, context, std::move(done));
    const QString wire = m_baseUrl.isEmpty()
        ? tr("no server address is set")
        : TransportRules::checkBaseUrl(m_baseUrl, m_allowPlainHttp);
    if (!wire.isEmpty()) {
        ApiResult r;
        r.error = ApiError::invalidInput(request.operation, wire);
        // Deliver asynchronously like every other result.
        QMetaObject::invokeMethod(
            job, [job, r]() { job->finish(r); }, Qt::QueuedConnection);
        return;
    }
    job->send();
}

ApiResult RestClient::decode(QNetworkReply *reply, const ApiRequest &request,
                             bool abortedByUs) const
{
    if (abortedByUs)
        reply->setProperty(kAbortedProperty, true);
    ApiResult r;
    r.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.error = errorFromReply(reply, request.operation);
    if (r.error.isError()) {
        qCDebug(lcRest).noquote() << request.method << request.pathAndQuery() << "->"
                                  << r.httpStatus << r.error.code();
        return r;
    }
    const QByteArray body = reply->readAll();
    if (body.trimmed().isEmpty()) {
        r.value = QJsonValue::Null;
        return r;
    }
    QString parseError;
    QJsonValue v;
    if (!parseAnyJson(body, &v, &parseError)) {
        r.error = ApiError::badResponse(request.operation,
                                        tr("the server's answer (HTTP %1) is not valid JSON: %2")
                                            .arg(r.httpStatus)
                                            .arg(parseError),
                                        r.httpStatus);
        return r;
    }
    if (request.resultWrapped) {
        if (!v.isObject() || !v.toObject().contains(QLatin1String("value"))) {
            r.error = ApiError::badResponse(
                request.operation,
                tr("the server's answer has no {\"value\": …} wrapper as /rest results must"),
                r.httpStatus);
            return r;
        }
        v = v.toObject().value(QLatin1String("value"));
    }
    r.value = v;
    return r;
}

bool RestClient::mayResend(const ApiRequest &req, const ApiResult &result, bool hasRetryAfter)
{
    // RESOURCE_BUSY is an answer about the item, not about the server's health.
    if (result.error.isResourceBusy())
        return false;
    if (req.idempotent)
        return result.httpStatus == 503 || (result.httpStatus == 500 && hasRetryAfter);
    // A 503 says the call was not carried out, so a write may go again when repeating it is
    // harmless (Client-Token) or its caller checks the state when the repeat is refused. A 500
    // may have been carried out halfway: that stays with the caller.
    if (req.resendAfterUnavailable)
        return result.httpStatus == 503;
    return false;
}

void RestClient::jobFinished(ApiJob *job, const ApiResult &result, QNetworkReply *reply)
{
    const ApiRequest &req = job->request();
    // Expired or unknown login: log in again once with the remembered password, then resend.
    if (result.httpStatus == 401 && req.authenticated && !job->authRetried() && m_wantSession
        && !m_password.isEmpty()
        && (result.error.kind == ApiError::Kind::Http || result.error.isUnauthenticated())) {
        relogin(job);
        return;
    }
    if (mayResend(req, result, reply->hasRawHeader("Retry-After"))
        && job->attempts() <= m_retryLimit) {
        std::chrono::milliseconds delay =
            parseRetryAfter(reply->rawHeader("Retry-After"), QDateTime::currentDateTimeUtc())
                .value_or(std::chrono::milliseconds(1000 * job->attempts()));
        delay = std::min(delay, m_maxRetryDelay);
        qCInfo(lcRest).noquote() << req.operation << ": HTTP" << result.httpStatus
                                 << "- retrying in" << delay.count() << "ms";
        QTimer::singleShot(delay, job, [job]() { job->send(); });
        return;
    }
    job->finish(result);
}

void RestClient::login(QObject *context, Callback done)
{
    switch (m_flavorMode) {
    case FlavorMode::Detect:
        loginWith(ApiFlavor::Api, true, context, std::move(done));
        break;
    case FlavorMode::ForceApi:
        loginWith(ApiFlavor::Api, false, context, std::move(done));
        break;
    case FlavorMode::ForceRest:
        loginWith(ApiFlavor::Rest, false, context, std::move(done));
        break;
    }
}

void RestClient::loginWith(ApiFlavor flavor, bool mayFallBack, QObject *context, Callback done)
{
    ApiRequest req = ApiRoutes(flavor).login();
    const QByteArray basic = (m_username + QLatin1Char(':') + m_password).toUtf8().toBase64();
    req.headers.append({ QByteArrayLiteral("Authorization"), QByteArrayLiteral("Basic ") + basic });
    // Ask for header-based sessions (no cookie), as govmomi does (§3.1).
    req.headers.append({ QByteArrayLiteral("vmware-use-header-authn"), QByteArrayLiteral("true") });
    call(req, this,
         [this, flavor, mayFallBack, context, hasContext = context != nullptr,
          guard = QPointer<QObject>(context), done](const ApiResult &res) {
             const auto deliver = [&](const ApiResult &r) {
                 if (done && (!hasContext || guard))
                     done(r);
             };
             if (!res.ok() && mayFallBack && res.httpStatus == 404) {
                 // Servers before 7.0 U2 have no /api: fall back to the /rest flavor (§0).
                 qCInfo(lcRest) << "/api/session not found, trying /rest";
                 if (hasContext && !guard)
                     return; // the caller is gone; do not hand a dangling context on
                 loginWith(ApiFlavor::Rest, false, context, done);
                 return;
             }
             if (!res.ok()) {
                 deliver(res);
                 return;
             }
             const QString tokenError = res.value.isString()
                 ? TransportRules::checkSessionToken(res.value.toString())
                 : tr("the login answer carries no session token");
             if (!tokenError.isEmpty()) {
                 ApiResult bad = res;
                 bad.error = ApiError::badResponse(ApiRoutes(flavor).login().operation, tokenError,
                                                   res.httpStatus);
                 deliver(bad);
                 return;
             }
             m_token = res.value.toString().toUtf8();
             m_flavor = flavor;
             m_wantSession = true;
             qCInfo(lcRest).noquote() << "logged in to" << m_baseUrl.host() << "as" << m_username
                                      << "using" << flavorName(flavor);
             emit loggedIn(flavor);
             deliver(res);
         });
}

void RestClient::relogin(ApiJob *job)
{
    m_waitingForLogin.append(job);
    if (m_reloginRunning)
        return;
    m_reloginRunning = true;
    qCInfo(lcRest) << "login session no longer valid, logging in again";
    m_token.clear();
    loginWith(m_flavor, false, this, [this](const ApiResult &res) {
        m_reloginRunning = false;
        const QList<QPointer<ApiJob>> waiting = std::exchange(m_waitingForLogin, {});
        for (const QPointer<ApiJob> &j : waiting) {
            if (!j)
                continue;
            j->setAuthRetried();
            if (res.ok()) {
                j->send();
            } else {
                ApiResult failed = res;
                failed.error.operation = j->request().operation;
                j->finish(failed);
            }
        }
        if (res.ok())
            emit reauthenticated();
    });
}

void RestClient::logout(QObject *context, Callback done)
{
    m_wantSession = false; // an explicit logout must not be undone by a transparent re-login
    if (!isLoggedIn()) {
        // Nothing to end on the server; answer like every other call, asynchronously.
        QMetaObject::invokeMethod(
            context ? context : this,
            [done]() {
                if (done)
                    done(ApiResult {});
            },
            Qt::QueuedConnection);
        return;
    }
    call(routes().logout(), context, [this, done](const ApiResult &res) {
        // The token is gone for us either way; an expired one is as good as logged out.
        m_token.clear();
        m_keepAlive.stop();
        emit loggedOut();
        if (done)
            done(res);
    });
}

void RestClient::touch(QObject *context, Callback done)
{
    call(routes().sessionInfo(), context, std::move(done));
}

void RestClient::beginLongOperation()
{
    if (++m_longOperations == 1)
        m_keepAlive.start();
}

void RestClient::endLongOperation()
{
    if (m_longOperations > 0 && --m_longOperations == 0)
        m_keepAlive.stop();
}

void RestClient::onKeepAliveTimer()
{
    if (!isLoggedIn())
        return;
    touch(this, [this](const ApiResult &res) {
        if (!res.ok())
            qCWarning(lcRest).noquote() << res.error.message();
        emit sessionTouched(res.ok());
    });
}

} // namespace clu
