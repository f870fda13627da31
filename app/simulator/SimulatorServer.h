#pragma once

#include "SimulatorOptions.h"

#include "OperationTable.h"
#include "VapiError.h"

#include <QObject>
#include <QTemporaryDir>
#include <QTimer>

#include <atomic>
#include <memory>
#include <string>
#include <thread>

namespace httplib {
class Server;
struct Request;
struct Response;
} // namespace httplib

namespace clu::sim {

class Auth;
class ControlEndpoint;
class Faults;
class ItemOperations;
class LibraryOperations;
class OvfAdapter;
class PullFetcher;
class RequestLog;
class SessionFileOperations;
class SessionOperations;
class TrustedCertificateOperations;
class SimState;
class UploadHandler;
struct Call;

// The simulated vCenter: binds the API server (HTTPS or HTTP) and the optional control
// endpoint, each on its own cpp-httplib thread pool beside the Qt event loop of the caller,
// which runs the expiry timer.
class SimulatorServer : public QObject
{
    Q_OBJECT
public:
    explicit SimulatorServer(SimulatorOptions options, QObject *parent = nullptr);
    ~SimulatorServer() override;

    // Prepares the data directory, TLS files and state, binds and starts serving.
    bool start(QString *error);
    void stop();

    QString baseUrl() const { return m_baseUrl; }
    QString controlUrl() const { return m_controlUrl; }
    QString dataDir() const;

private:
    // Injected call failures (before or after the call), then routeApi.
    void handleApi(const httplib::Request &req, const std::string &body, httplib::Response &res);
    void routeApi(const httplib::Request &req, const std::string &body, httplib::Response &res,
                  Flavor flavor, const QStringList &segments);
    void handleLogin(const httplib::Request &req, httplib::Response &res, bool rest);
    bool seedDemo(QString *error);

    SimulatorOptions m_options;
    std::unique_ptr<QTemporaryDir> m_tempDir;
    std::unique_ptr<SimState> m_state;
    std::unique_ptr<Auth> m_auth;
    std::unique_ptr<Faults> m_faults;
    std::unique_ptr<RequestLog> m_log;
    std::unique_ptr<OvfAdapter> m_ovf;
    std::unique_ptr<LibraryOperations> m_libraries;
    std::unique_ptr<ItemOperations> m_items;
    std::unique_ptr<TrustedCertificateOperations> m_trusted;
    std::unique_ptr<SessionOperations> m_sessions;
    std::unique_ptr<SessionFileOperations> m_files;
    std::unique_ptr<UploadHandler> m_upload;
    std::unique_ptr<PullFetcher> m_pull;
    std::unique_ptr<ControlEndpoint> m_control;
    std::unique_ptr<httplib::Server> m_server;
    std::unique_ptr<httplib::Server> m_controlServer;
    std::thread m_serverThread;
    std::thread m_controlThread;
    QTimer m_expiryTimer;
    OperationTable m_operations;
    std::atomic<qint64> m_keepAliveCalls { 0 };
    QString m_baseUrl;
    QString m_controlUrl;
};

} // namespace clu::sim
