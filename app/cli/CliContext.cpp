#include "CliContext.h"

#include "ExitCode.h"
#include "credentials/CredentialStore.h"
#include "net/RestClient.h"
#include "net/TlsPolicy.h"
#include "net/TransportRules.h"

#include <QJsonObject>
#include <QTextStream>
#include <QUrl>

#include <cstdio>
#include <functional>

namespace clu::cli {

CliContext::CliContext(const CliOptions &options, CliOutput *output, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_out(output)
    , m_client(new RestClient(this))
    , m_library(m_client)
    , m_sessions(m_client)
    , m_files(m_client)
{ }

CliContext::~CliContext() = default;

int CliContext::exitCodeFor(const ApiError &e)
{
    // The vAPI error type first: a name that matched nothing is "not found" even though it
    // was decided locally.
    if (e.isError() && e.isNotFound())
        return NotFound;
    if (e.isError() && e.isResourceBusy())
        return Busy;
    switch (e.kind) {
    case ApiError::Kind::None:
        return Success;
    case ApiError::Kind::Tls:
    case ApiError::Kind::PinMismatch:
        return TlsFailed;
    case ApiError::Kind::InvalidInput:
        return Usage;
    case ApiError::Kind::Server:
    case ApiError::Kind::Http:
        break;
    default:
        return Failure;
    }
    if (e.isUnauthenticated() || e.is(ErrorType::Unauthorized))
        return AuthFailed;
    if (e.isNotFound())
        return NotFound;
    if (e.isResourceBusy())
        return Busy;
    if (e.kind == ApiError::Kind::Http && e.httpStatus == 401)
        return AuthFailed;
    if (e.kind == ApiError::Kind::Http && e.httpStatus == 404)
        return NotFound;
    return ServerError;
}

void CliContext::exit(int code)
{
    if (m_exiting)
        return;
    m_exiting = true;
    m_out->endProgress();
    if (!m_client->isLoggedIn()) {
        QCoreApplication::exit(code);
        return;
    }
    m_client->logout(this, [code](const ApiResult &) { QCoreApplication::exit(code); });
}

void CliContext::fail(const ApiError &error, const QString &what, int code)
{
    const int exitCode = code >= 0 ? code : exitCodeFor(error);
    const QString text = what.isEmpty() ? error.message() : what;
    m_out->error(text);
    if (m_out->json()) {
        QJsonObject o { { QStringLiteral("ok"), false },
                        { QStringLiteral("exit_code"), exitCode },
                        { QStringLiteral("message"), text } };
        if (error.isError())
            o.insert(QStringLiteral("error"), error.toJson());
        m_out->printJson(o);
    }
    exit(exitCode);
}

void CliContext::connectThen(std::function<void()> then)
{
    const QString url = qEnvironmentVariable("CLU_URL").trimmed();
    const QString user = qEnvironmentVariable("CLU_USERNAME");
    if (url.isEmpty() || user.isEmpty()) {
        fail(ApiError::invalidInput(tr("connect"), tr("set CLU_URL and CLU_USERNAME")),
             tr("CLU_URL and CLU_USERNAME must be set (e.g. CLU_URL=https://vcenter.example.com)."),
             Usage);
        return;
    }
    QUrl base(url.contains(QLatin1String("://")) ? url : QStringLiteral("https://") + url);
    if (!base.isValid() || base.host().isEmpty()
        || (base.scheme() != QLatin1String("https") && base.scheme() != QLatin1String("http"))) {
        fail({}, tr("CLU_URL \"%1\" is not an http(s) URL with a host.").arg(url), Usage);
        return;
    }
    // Plain http only by an explicit lab switch (issue 10 #1): refused here with the rule's own
    // words, before a password is even looked up.
    const bool allowHttp = qEnvironmentVariable("CLU_ALLOW_HTTP") == QLatin1String("1");
    const QString wire = TransportRules::checkBaseUrl(base, allowHttp);
    if (!wire.isEmpty()) {
        fail({}, tr("CLU_URL: %1.").arg(wire), Usage);
        return;
    }
    if (base.scheme() == QLatin1String("http"))
        m_out->note(tr("Warning: CLU_ALLOW_HTTP=1 and CLU_URL is http://: the password, the "
                       "session token and the files cross the network unencrypted (lab only)."));
    m_client->setAllowPlainHttp(allowHttp);
    m_client->setAllowedUploadHosts(qEnvironmentVariable("CLU_UPLOAD_HOSTS")
                                        .split(QLatin1Char(','), Qt::SkipEmptyParts));
    if (!applyLimits())
        return;
    m_client->setBaseUrl(base);
    TlsPolicy *tls = m_client->tlsPolicy();
    if (qEnvironmentVariable("CLU_INSECURE") == QLatin1String("1")) {
        tls->setInsecure(true);
        m_out->note(tr("Warning: CLU_INSECURE=1, the server certificate is not checked."));
    }
    const QString thumb = qEnvironmentVariable("CLU_THUMBPRINT").trimmed();
    if (!thumb.isEmpty()) {
        const QString why = tls->setPin(base.host(), thumb);
        if (!why.isEmpty()) {
            fail({}, tr("CLU_THUMBPRINT: %1").arg(why), Usage);
            return;
        }
    }

    QString password = qEnvironmentVariable("CLU_PASSWORD");
    if (m_options.passwordStdin) {
        QTextStream in(stdin);
        password = in.readLine();
        if (password.isEmpty()) {
            fail({}, tr("--password-stdin: no password on standard input."), AuthFailed);
            return;
        }
    }
    if (!password.isEmpty()) {
        m_client->setCredentials(user, password);
        login(std::move(then));
        return;
    }
    // Neither given: the keychain entry the GUI stores (service "cl-uploader", user@host).
    m_credentials = new CredentialStore(QStringLiteral("cl-uploader"), this);
    const QString key = CredentialStore::keyFor(user, base.host());
    m_credentials->readPassword(key, this, [this, user, key, then](const CredentialResult &r) {
        if (!r.ok() || r.password.isEmpty()) {
            fail({},
                 tr("No password: set CLU_PASSWORD, use --password-stdin, or store it in the "
                    "keychain under %1 (%2).")
                     .arg(key, r.message.isEmpty() ? tr("not found") : r.message),
                 AuthFailed);
            return;
        }
        m_client->setCredentials(user, r.password);
        login(then);
    });
}

bool CliContext::applyLimits()
{
    // Optional overrides of the core's defaults (32 MiB answers, 120 s per call, 12 GETs in
    // flight); a value that is not a positive number is refused, not silently ignored.
    struct Limit
    {
        const char *name;
        std::function<void(qint64)> apply;
    };
    const Limit limits[] = {
        { "CLU_MAX_RESPONSE_MIB",
          [this](qint64 v) { m_client->setMaxResponseBytes(v * 1024 * 1024); } },
        { "CLU_CALL_DEADLINE_SECONDS",
          [this](qint64 v) { m_client->setCallDeadline(std::chrono::seconds(v)); } },
        { "CLU_PARALLEL_GETS", [this](qint64 v) { m_client->setFanOutLimit(int(qMin(v, 64LL))); } },
    };
    for (const Limit &l : limits) {
        if (!qEnvironmentVariableIsSet(l.name))
            continue;
        bool ok = false;
        const qint64 v = qEnvironmentVariable(l.name).trimmed().toLongLong(&ok);
        if (!ok || v <= 0) {
            fail({},
                 tr("%1=\"%2\" is not a positive whole number.")
                     .arg(QLatin1String(l.name), qEnvironmentVariable(l.name)),
                 Usage);
            return false;
        }
        l.apply(v);
    }
    return true;
}

void CliContext::login(std::function<void()> then)
{
    m_client->login(this, [this, then](const ApiResult &r) {
        if (!r.ok()) {
            fail(r.error,
                 tr("Cannot log in to %1: %2")
                     .arg(m_client->baseUrl().toString(), r.error.message()));
            return;
        }
        then();
    });
}

} // namespace clu::cli
