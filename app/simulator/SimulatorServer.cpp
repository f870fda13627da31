#include "SimulatorServer.h"

#include "Auth.h"
#include "ControlEndpoint.h"
#include "DemoSeed.h"
#include "Faults.h"
#include "ItemOperations.h"
#include "LibraryOperations.h"
#include "OvfAdapter.h"
#include "PullFetcher.h"
#include "RequestBody.h"
#include "RequestLog.h"
#include "RouteMatch.h"
#include "SessionFileOperations.h"
#include "SessionOperations.h"
#include "SimLogging.h"
#include "SimState.h"
#include "TlsIdentity.h"
#include "TrustedCertificateOperations.h"
#include "UploadHandler.h"

#include <QDir>
#include <QJsonDocument>

#include <httplib.h>

#include <chrono>
#include <thread>

namespace clu::sim {

namespace {

QByteArray jsonBytes(const QJsonValue &v)
{
    // QJsonDocument holds only objects/arrays: serialise [v] and strip the brackets, so a bare
    // string id goes out as a JSON string literal (§2).
    const QByteArray a = QJsonDocument(QJsonArray { v }).toJson(QJsonDocument::Compact);
    return a.mid(1, a.size() - 2);
}

void send(httplib::Response &res, int status, const QByteArray &body)
{
    res.status = status;
    if (!body.isEmpty())
        res.set_content(body.constData(), size_t(body.size()), "application/json");
}

void sendError(httplib::Response &res, Flavor flavor, const VapiError &e)
{
    send(res, e.httpStatus(), e.body(flavor));
}

void sendOutcome(httplib::Response &res, Flavor flavor, const Outcome &o)
{
    switch (o.kind) {
    case Outcome::Error:
        return sendError(res, flavor, o.error);
    case Outcome::Empty:
        return send(res, flavor == Flavor::Api ? 204 : 200, {});
    case Outcome::Value:
    case Outcome::Created:
        if (flavor == Flavor::Rest)
            return send(res, 200,
                        QJsonDocument(QJsonObject { { QStringLiteral("value"), o.value } })
                            .toJson(QJsonDocument::Compact));
        return send(res, o.kind == Outcome::Created ? 201 : 200, jsonBytes(o.value));
    }
}

VapiError routeNotFound(const QString &method, const QString &path)
{
    return VapiError::make(QStringLiteral("NOT_FOUND"),
                           QStringLiteral("com.vmware.vapi.rest.httpNotFound"),
                           QStringLiteral("Not found: %1 %2").arg(method, path), { method, path });
}

} // namespace

SimulatorServer::SimulatorServer(SimulatorOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{ }

SimulatorServer::~SimulatorServer()
{
    stop();
}

QString SimulatorServer::dataDir() const
{
    return m_state ? m_state->dataDir : QString();
}

bool SimulatorServer::start(QString *error)
{
    m_state = std::make_unique<SimState>();
    if (m_options.dataDir.isEmpty()) {
        m_tempDir = std::make_unique<QTemporaryDir>(QDir::tempPath()
                                                    + QStringLiteral("/cl-simulator-XXXXXX"));
        if (!m_tempDir->isValid()) {
            *error =
                tr("cannot create a temporary data directory: %1").arg(m_tempDir->errorString());
            return false;
        }
        m_state->dataDir = m_tempDir->path();
    } else {
        if (!QDir().mkpath(m_options.dataDir)) {
            *error = tr("cannot create the data directory %1").arg(m_options.dataDir);
            return false;
        }
        m_state->dataDir = QDir(m_options.dataDir).absolutePath();
    }
    m_state->seedDatastores();
    if (!m_state->load(error))
        return false;
    QDir(m_state->stagingDir()).removeRecursively(); // bytes of transfers that cannot resume
    QDir().mkpath(m_state->stagingDir());
    QDir().mkpath(m_state->filesDir());

    m_auth = std::make_unique<Auth>(m_options.users, m_options.loginTimeoutSeconds);
    m_state->readOnlyUsers = m_options.readOnlyUsers;
    m_faults = std::make_unique<Faults>();
    Faults::Snapshot defaults;
    defaults.throttleBps = m_options.throttleUploadBps;
    defaults.dropAfterBytes = m_options.dropUploadAfterBytes;
    defaults.dropCount = m_options.dropUploadAfterBytes >= 0 ? -1 : 0;
    defaults.previewDelaySeconds = m_options.previewDelaySeconds;
    defaults.busyStatus = m_options.busyStatus;
    defaults.acceptChunked = m_options.acceptChunked;
    m_faults->update([&](Faults::Snapshot &s) { s = defaults; });
    m_log = std::make_unique<RequestLog>(m_options.logRequests);
    m_ovf = std::make_unique<OvfAdapter>(*m_state, m_options.ignoreTrustStore);
    m_libraries = std::make_unique<LibraryOperations>(*m_state);
    m_items = std::make_unique<ItemOperations>(*m_state);
    m_trusted = std::make_unique<TrustedCertificateOperations>(*m_state, *m_ovf);
    m_sessions = std::make_unique<SessionOperations>(*m_state, *m_faults, *m_ovf,
                                                     m_options.sessionTimeoutSeconds);
    m_files = std::make_unique<SessionFileOperations>(
        *m_state, *m_ovf, m_options.sessionTimeoutSeconds,
        [this](const QString &sid, const QString &file) { m_pull->start(sid, file); });
    m_pull = std::make_unique<PullFetcher>(
        *m_state, *m_faults, *m_ovf, m_options.sessionTimeoutSeconds,
        [this](const QString &sid) { m_sessions->pullFinished(sid); });
    m_upload = std::make_unique<UploadHandler>(*m_state, *m_faults, *m_ovf,
                                               m_options.sessionTimeoutSeconds);
    m_libraries->registerOperations(m_operations);
    m_items->registerOperations(m_operations);
    m_trusted->registerOperations(m_operations);
    m_sessions->registerOperations(m_operations);
    m_files->registerOperations(m_operations);

    if (m_options.http) {
        m_server = std::make_unique<httplib::Server>();
    } else {
        TlsIdentity tls;
        const bool ok = m_options.tlsCert.isEmpty()
            ? tls.ensureGenerated(m_state->dataDir, error)
            : tls.useFiles(m_options.tlsCert, m_options.tlsKey, error);
        if (!ok)
            return false;
        auto ssl =
            std::make_unique<httplib::SSLServer>(QFile::encodeName(tls.certFile()).constData(),
                                                 QFile::encodeName(tls.keyFile()).constData());
        if (!ssl->is_valid()) {
            *error = tr("cannot load the TLS certificate/key %1 / %2")
                         .arg(tls.certFile(), tls.keyFile());
            return false;
        }
        m_server = std::move(ssl);
    }
    // Throttled or large uploads hold a worker each; keep enough for parallel clients.
    m_server->new_task_queue = [] {
        return new httplib::ThreadPool(32);
    };
    // httplib writes a response in several send() calls (status line and headers, then the
    // body; over TLS one record each). With Nagle on, the second small segment waits for the
    // client's delayed ACK: ~40 ms per API call on Linux loopback. vCenter answers in a few ms.
    m_server->set_tcp_nodelay(true);
    m_server->set_keep_alive_max_count(1000);
    m_server->set_keep_alive_timeout(30);
    m_server->set_read_timeout(120);
    m_server->set_write_timeout(120);
    // No payload limit: set_payload_max_length also caps streamed upload bodies.
    // Every method that may carry a body gets a content-reader handler, so the body is read by
    // RequestBody (RFC 9112 framing), never by httplib's own reader, which waits for EOF when a
    // POST has neither Content-Length nor Transfer-Encoding (see RequestBody.h).
    auto api = [this](const httplib::Request &req, httplib::Response &res) {
        handleApi(req, std::string(), res);
    };
    auto apiWithBody = [this](const httplib::Request &req, httplib::Response &res,
                              const httplib::ContentReader &reader) {
        std::string body;
        if (RequestBody::read(req, reader, &body))
            return handleApi(req, body, res);
        const bool unsupported = RequestBody::framing(req) == RequestBody::Framing::Unsupported;
        VapiError e = unsupported
            ? VapiError::make(
                QStringLiteral("INVALID_REQUEST"),
                QStringLiteral("com.vmware.vapi.rest.badRequest"),
                QStringLiteral("Transfer-Encoding %1 is not supported; send "
                               "Content-Length or chunked.")
                    .arg(QString::fromStdString(req.get_header_value("Transfer-Encoding"))))
            : VapiError::make(QStringLiteral("INVALID_REQUEST"),
                              QStringLiteral("com.vmware.vapi.rest.badRequest"),
                              QStringLiteral("The request body could not be read (connection "
                                             "closed early or malformed chunked encoding)."));
        e.status = unsupported ? 501 : 400;
        const bool rest = req.path.rfind("/rest/", 0) == 0;
        sendError(res, rest ? Flavor::Rest : Flavor::Api, e);
    };
    auto upload = [this](const httplib::Request &req, httplib::Response &res,
                         const httplib::ContentReader &reader) {
        m_upload->handle(req, res, reader);
    };
    m_server->Put("/cls/data/.*", upload);
    m_server->Post("/cls/data/.*", upload);
    for (const char *pattern : { "/rest/.*", "/api/.*", "/api", "/.*" }) {
        m_server->Get(pattern, api);
        m_server->Post(pattern, apiWithBody);
        m_server->Put(pattern, apiWithBody);
        m_server->Patch(pattern, apiWithBody);
        m_server->Delete(pattern, apiWithBody);
    }
    m_server->set_logger([this](const httplib::Request &req, const httplib::Response &res) {
        m_log->record(req, res);
    });

    const std::string host = m_options.listenHost.toStdString();
    int port = m_options.listenPort;
    if (port == 0)
        port = m_server->bind_to_any_port(host);
    else if (!m_server->bind_to_port(host, port))
        port = -1;
    if (port <= 0) {
        *error = tr("cannot listen on %1:%2 (address in use or not available)")
                     .arg(m_options.listenHost)
                     .arg(m_options.listenPort);
        return false;
    }
    const QString hostText = m_options.listenHost.contains(QLatin1Char(':'))
        ? QLatin1Char('[') + m_options.listenHost + QLatin1Char(']')
        : m_options.listenHost;
    m_baseUrl =
        QStringLiteral("%1://%2:%3")
            .arg(m_options.http ? QStringLiteral("http") : QStringLiteral("https"), hostText)
            .arg(port);

    if (m_options.controlEnabled) {
        m_controlServer = std::make_unique<httplib::Server>();
        m_controlServer->set_tcp_nodelay(true);
        m_controlServer->new_task_queue = [] {
            return new httplib::ThreadPool(4);
        };
        m_control = std::make_unique<ControlEndpoint>(ControlEndpoint::Deps {
            *m_state, *m_faults, *m_auth, *m_log, *m_sessions, m_keepAliveCalls,
            [this, defaults] { m_faults->reset(defaults); }, m_options.gcAfterSeconds });
        m_control->install(*m_controlServer);
        int cport = m_options.controlPort;
        const std::string chost = m_options.controlHost.toStdString();
        if (cport == 0)
            cport = m_controlServer->bind_to_any_port(chost);
        else if (!m_controlServer->bind_to_port(chost, cport))
            cport = -1;
        if (cport <= 0) {
            *error = tr("cannot listen on %1:%2 for the control endpoint")
                         .arg(m_options.controlHost)
                         .arg(m_options.controlPort);
            return false;
        }
        m_controlUrl = QStringLiteral("http://%1:%2").arg(m_options.controlHost).arg(cport);
    }

    if (m_options.seed == QLatin1String("demo") && !seedDemo(error))
        return false;

    m_serverThread = std::thread([this] { m_server->listen_after_bind(); });
    if (m_controlServer)
        m_controlThread = std::thread([this] { m_controlServer->listen_after_bind(); });

    connect(&m_expiryTimer, &QTimer::timeout, this,
            [this] { m_sessions->expire(m_options.gcAfterSeconds); });
    m_expiryTimer.start(500);
    return true;
}

void SimulatorServer::stop()
{
    m_expiryTimer.stop();
    if (m_server)
        m_server->stop();
    if (m_controlServer)
        m_controlServer->stop();
    if (m_serverThread.joinable())
        m_serverThread.join();
    if (m_controlThread.joinable())
        m_controlThread.join();
    m_pull.reset();
    if (m_state) {
        std::lock_guard lock(m_state->mutex);
        m_state->save();
    }
}

void SimulatorServer::handleLogin(const httplib::Request &req, httplib::Response &res, bool rest)
{
    const Flavor flavor = rest ? Flavor::Rest : Flavor::Api;
    QString user;
    const QString token =
        m_auth->login(QString::fromStdString(req.get_header_value("Authorization")), &user);
    if (token.isEmpty()) {
        // Same body for unknown user and wrong password (§3.5); no hint which one it was.
        res.set_header("WWW-Authenticate", "Basic realm=\"VAPI endpoint\"");
        return sendError(res, flavor, VapiError::unauthenticated());
    }
    if (rest && !req.has_header("vmware-use-header-authn"))
        res.set_header(
            "Set-Cookie",
            ("vmware-api-session-id=" + token.toStdString() + "; Path=/rest; HttpOnly; Secure")
                .c_str());
    sendOutcome(res, flavor, Outcome::created(token));
}

void SimulatorServer::handleApi(const httplib::Request &req, const std::string &body,
                                httplib::Response &res)
{
    // Each request waits in its own pool thread (32 of them), so parallel calls overlap their
    // latency as they would on a real network, and a client's fan-out is measured as such.
    if (m_options.apiLatencyMs > 0)
        std::this_thread::sleep_for(std::chrono::milliseconds(m_options.apiLatencyMs));
    const QString path = QString::fromStdString(req.path);
    const QString method = QString::fromStdString(req.method);
    QStringList segments = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const bool rest = !segments.isEmpty() && segments.first() == QLatin1String("rest");
    const bool api = !segments.isEmpty() && segments.first() == QLatin1String("api");
    const Flavor flavor = rest ? Flavor::Rest : Flavor::Api;
    if (!rest && !api)
        return sendError(res, Flavor::Api, routeNotFound(method, path));
    segments.removeFirst();

    int retryAfter = 0;
    bool afterCall = false;
    const int injected = m_faults->takeCallFailure(
        method + QLatin1Char(' ') + QString::fromStdString(req.target), &retryAfter, &afterCall);
    const auto sendInjected = [&]() {
        VapiError e = injected == 503
            ? VapiError::make(
                QStringLiteral("SERVICE_UNAVAILABLE"),
                QStringLiteral("com.vmware.vapi.endpoint.service_unavailable"),
                QStringLiteral("The service is temporarily unavailable (injected fault)."))
            : VapiError::make(QStringLiteral("INTERNAL_SERVER_ERROR"),
                              QStringLiteral("vapi.bindings.method.impl.unexpected"),
                              QStringLiteral("Internal server error (injected fault)."));
        e.status = injected;
        if (retryAfter > 0)
            res.set_header("Retry-After", std::to_string(retryAfter).c_str());
        sendError(res, flavor, e);
    };
    if (injected && !afterCall)
        return sendInjected();
    routeApi(req, body, res, flavor, segments);
    // "after": the call was carried out, only its answer is lost (a 500/503 from a proxy).
    if (injected)
        sendInjected();
}

void SimulatorServer::routeApi(const httplib::Request &req, const std::string &body,
                               httplib::Response &res, Flavor flavor, const QStringList &segments)
{
    const QString path = QString::fromStdString(req.path);
    const QString method = QString::fromStdString(req.method);
    const bool rest = flavor == Flavor::Rest;
    RouteInput in;
    in.method = method;
    in.segments = segments;
    for (const auto &p : req.params)
        in.query.insert(QString::fromStdString(p.first), QString::fromStdString(p.second));
    in.clientTokenHeader = QString::fromStdString(req.get_header_value("Client-Token"));
    if (!body.empty()) {
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromStdString(body), &pe);
        if (!doc.isObject())
            return sendError(
                res, flavor,
                VapiError::make(QStringLiteral("INVALID_ARGUMENT"),
                                QStringLiteral("com.vmware.vapi.rest.badRequest"),
                                QStringLiteral("The request body is not a JSON object: %1")
                                    .arg(pe.error == QJsonParseError::NoError
                                             ? QStringLiteral("wrong type")
                                             : pe.errorString())));
        in.body = doc.object();
    }
    RouteMatch match;
    const bool found = rest ? RestRoutes::resolve(in, &match) : ApiRoutes::resolve(in, &match);
    if (!found)
        return sendError(res, flavor, routeNotFound(method, path));

    if (match.op == QLatin1String("auth.login"))
        return handleLogin(req, res, rest);
    QString token = QString::fromStdString(req.get_header_value("vmware-api-session-id"));
    if (token.isEmpty() && rest) {
        // vcsim-style cookie set at /rest login without vmware-use-header-authn.
        const QString cookies = QString::fromStdString(req.get_header_value("Cookie"));
        for (const QString &c : cookies.split(QLatin1Char(';'))) {
            const QString t = c.trimmed();
            if (t.startsWith(QLatin1String("vmware-api-session-id=")))
                token = t.mid(22);
        }
    }
    const QString user = m_auth->touch(token);
    if (user.isEmpty())
        return sendError(res, flavor, VapiError::unauthenticated());
    if (match.op == QLatin1String("auth.get")) {
        QString u;
        QDateTime created, last;
        m_auth->info(token, &u, &created, &last);
        return sendOutcome(
            res, flavor,
            Outcome::ok(QJsonObject { { QStringLiteral("user"), u },
                                      { QStringLiteral("created_time"), isoTime(created) },
                                      { QStringLiteral("last_accessed_time"), isoTime(last) } }));
    }
    if (match.op == QLatin1String("auth.logout")) {
        m_auth->logout(token);
        return sendOutcome(res, flavor, Outcome::empty());
    }
    if (match.op == QLatin1String("session.keep-alive"))
        ++m_keepAliveCalls;
    const auto handler = m_operations.constFind(match.op);
    if (handler == m_operations.constEnd())
        return sendError(res, flavor, routeNotFound(method, path));
    Call call;
    call.flavor = flavor;
    call.user = user;
    call.args = match.args;
    call.clientToken = match.clientToken;
    call.baseUrl = m_baseUrl;
    sendOutcome(res, flavor, (*handler)(call));
}

bool SimulatorServer::seedDemo(QString *error)
{
    DemoSeed seed(*m_state, *m_libraries, *m_items, *m_sessions, m_operations, *m_ovf,
                  m_options.users.first().first, m_baseUrl);
    return seed.run(error);
}

} // namespace clu::sim
