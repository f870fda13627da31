#pragma once

#include <QCoreApplication>
#include <QObject>
#include <QProcess>
#include <QSslCertificate>
#include <QTimer>
#include <QUrl>

namespace clu::gui {

// Runs `cl-simulator --seed demo` as a child process on a free loopback port for
// `cl-uploader --demo`: the start lines of its stdout contract parsed (listen URL, credentials,
// data directory), and the process stopped again when this object goes away.
//
// The child must not outlive us however we end (SIGKILL and a lost X server included), and its
// data directory holds a TLS private key. So the simulator owns a temporary data directory it
// removes on every exit it controls, and runs with --exit-with-parent: we keep its stdin pipe
// open and never write to it; when this process ends the kernel closes our end and the
// simulator shuts down at EOF. Portable, and needs nothing from us when we are killed.
class DemoServer : public QObject
{
    Q_OBJECT
public:
    explicit DemoServer(QObject *parent = nullptr);
    ~DemoServer() override;

    // Where cl-simulator is looked for: next to this executable, in ../simulator/ (build tree),
    // in ../libexec/cl-uploader/ (installed package), then PATH. Empty when not found.
    static QString findSimulator();
    // Explicit executable (tests); otherwise findSimulator() is used.
    void setExecutable(const QString &path) { m_executable = path; }
    void setStartTimeout(int ms) { m_startTimeoutMs = ms; }

    // Starts asynchronously; exactly one of started()/failed() follows.
    void start();
    void stop();
    bool isRunning() const;

    QUrl baseUrl() const { return m_baseUrl; }
    QString username() const { return m_username; }
    QString password() const { return m_password; }
    // The simulator's own (temporary) data directory, from its start lines.
    QString dataDir() const { return m_simDataDir; }
    qint64 processId() const;
    // The certificate the simulator serves (its data dir's tls/cert.pem), for pinning.
    QSslCertificate certificate() const { return m_certificate; }
    QString errorString() const { return m_error; }

    // Parses the stdout contract lines; exposed for tests. Returns true once the listen,
    // credentials and data directory lines were all seen.
    bool parseStartLines(const QByteArray &text);

signals:
    void started();
    void failed(const QString &message);

private:
    void onReadyRead();
    void onProcessError(QProcess::ProcessError error);
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void fail(const QString &message);
    void removeKilledDataDir();

    QString m_executable;
    int m_startTimeoutMs = 30000;
    QProcess *m_process = nullptr;
    QTimer m_startTimer;
    QByteArray m_stdout;
    bool m_started = false;
    bool m_stopping = false;
    QUrl m_baseUrl;
    QString m_username;
    QString m_password;
    QString m_simDataDir;
    QSslCertificate m_certificate;
    QString m_error;
};

} // namespace clu::gui
