#pragma once

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSslCertificate>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

namespace clu::test {

// Starts the real cl-simulator ($CLU_SIMULATOR) on a free loopback port for a test, reads the
// lines it prints on start (listen address, credentials, control endpoint) and stops it again.
// Every simulator gets its own data directory, so its TLS certificate and state are its own.
class SimulatorProcess
{
public:
    explicit SimulatorProcess(QStringList extraArgs = {});
    ~SimulatorProcess();
    SimulatorProcess(const SimulatorProcess &) = delete;
    SimulatorProcess &operator=(const SimulatorProcess &) = delete;

    // Starts and waits (up to timeoutMs) for the start lines. False: errorString() says why.
    bool start(int timeoutMs = 30000);
    // Terminates (SIGTERM, then SIGKILL after a grace period) and waits.
    void stop();
    // stop() + start() with the same data directory and arguments (persistence tests).
    bool restart(int timeoutMs = 30000);
    bool isRunning() const;

    QString errorString() const { return m_error; }
    QUrl baseUrl() const { return m_baseUrl; }
    QUrl controlUrl() const { return m_controlUrl; }
    QString username() const { return m_username; }
    QString password() const { return m_password; }
    QString dataDir() const;
    qint64 pid() const;
    // The certificate the simulator serves (from <data-dir>/tls/cert.pem); null over --http.
    QSslCertificate certificate() const;
    // VmHWM of the running simulator process in KiB, or -1.
    qint64 peakRssKiB() const;
    // Everything the simulator wrote to stdout and stderr so far (for failure messages).
    QString output();

    // Synchronous call of the control endpoint. Returns the JSON answer (null on failure);
    // lastControlOk() tells whether it answered 200 with {"ok":true}.
    QJsonDocument control(const QByteArray &method, const QString &path,
                          const QJsonObject &body = {});
    bool lastControlOk() const { return m_lastControlOk; }
    QString lastControlError() const { return m_lastControlError; }

private:
    bool parseStartLines(const QByteArray &text);

    QStringList m_extraArgs;
    std::unique_ptr<QTemporaryDir> m_dataDir;
    std::unique_ptr<QProcess> m_process;
    QByteArray m_stdout;
    QString m_captured;
    QString m_error;
    QUrl m_baseUrl;
    QUrl m_controlUrl;
    QString m_username;
    QString m_password;
    bool m_lastControlOk = false;
    QString m_lastControlError;
};

} // namespace clu::test
