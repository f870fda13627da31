#include "demo/DemoServer.h"

#include "GuiLogging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace clu::gui {

DemoServer::DemoServer(QObject *parent)
    : QObject(parent)
{
    m_startTimer.setSingleShot(true);
    connect(&m_startTimer, &QTimer::timeout, this, [this] {
        fail(tr("The demo server did not report its address within %1 seconds.")
                 .arg(m_startTimeoutMs / 1000));
    });
}

DemoServer::~DemoServer()
{
    stop();
}

QString DemoServer::findSimulator()
{
#ifdef Q_OS_WIN
    const QString name = QStringLiteral("cl-simulator.exe");
#else
    const QString name = QStringLiteral("cl-simulator");
#endif
    const QDir appDir(QCoreApplication::applicationDirPath());
    const QStringList candidates = {
        appDir.filePath(name),
        appDir.filePath(QStringLiteral("../simulator/") + name),
        appDir.filePath(QStringLiteral("../libexec/cl-uploader/") + name),
    };
    for (const QString &c : candidates) {
        const QFileInfo fi(c);
        if (fi.isFile() && fi.isExecutable())
            return fi.canonicalFilePath();
    }
    return QStandardPaths::findExecutable(name);
}

qint64 DemoServer::processId() const
{
    return m_process ? m_process->processId() : 0;
}

bool DemoServer::isRunning() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

void DemoServer::start()
{
    stop();
    m_error.clear();
    m_stdout.clear();
    m_started = false;
    m_stopping = false;
    m_baseUrl.clear();
    m_username.clear();
    m_password.clear();
    m_simDataDir.clear();

    const QString exe = m_executable.isEmpty() ? findSimulator() : m_executable;
    if (exe.isEmpty()) {
        // Deferred so callers connected after start() still get the signal.
        QTimer::singleShot(0, this, [this] {
            fail(tr("The demo needs cl-simulator, which was found neither next to cl-uploader, "
                    "nor in ../simulator/, nor on PATH. Build the cl-simulator target or "
                    "install the full package."));
        });
        return;
    }
    m_process = new QProcess(this);
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    connect(m_process, &QProcess::readyReadStandardOutput, this, &DemoServer::onReadyRead);
    connect(m_process, &QProcess::errorOccurred, this, &DemoServer::onProcessError);
    connect(m_process, &QProcess::finished, this, &DemoServer::onFinished);
    // No --data-dir: the simulator's own temporary directory goes away with it (class comment).
    const QStringList args = { QStringLiteral("--seed"), QStringLiteral("demo"),
                               QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                               QStringLiteral("--exit-with-parent") };
    qCInfo(lcGui) << "starting demo server" << exe << args;
    m_startTimer.start(m_startTimeoutMs);
    m_process->start(exe, args);
}

void DemoServer::stop()
{
    m_startTimer.stop();
    if (!m_process)
        return;
    m_stopping = true;
    QProcess *p = m_process;
    m_process = nullptr;
    p->disconnect(this);
    if (p->state() != QProcess::NotRunning) {
        p->terminate();
        if (!p->waitForFinished(3000)) {
            p->kill();
            p->waitForFinished(2000);
            // Killed, the simulator could not remove its data directory, which holds a TLS
            // private key: do it here (on a loaded machine its orderly exit can take > 3 s).
            removeKilledDataDir();
        }
    }
    delete p;
}

void DemoServer::removeKilledDataDir()
{
    // Only the temporary directory the simulator reported making, nothing else.
    const QFileInfo dir(m_simDataDir);
    if (m_simDataDir.isEmpty() || !dir.isDir()
        || !dir.fileName().startsWith(QLatin1String("cl-simulator-"))
        || QFileInfo(dir.absolutePath()).canonicalFilePath()
            != QFileInfo(QDir::tempPath()).canonicalFilePath())
        return;
    if (QDir(dir.absoluteFilePath()).removeRecursively())
        qCInfo(lcGui) << "removed the killed demo server's data directory" << m_simDataDir;
    else
        qCWarning(lcGui) << "could not remove the demo server's data directory" << m_simDataDir;
}

bool DemoServer::parseStartLines(const QByteArray &text)
{
    const QList<QByteArray> lines = text.split('\n');
    for (QByteArray line : lines) {
        line = line.trimmed();
        static const QByteArray listening("cl-simulator listening on ");
        static const QByteArray credentials("cl-simulator credentials ");
        static const QByteArray dataDirectory("cl-simulator data directory ");
        if (line.startsWith(listening)) {
            m_baseUrl = QUrl(QString::fromUtf8(line.mid(listening.size())));
        } else if (line.startsWith(dataDirectory)) {
            m_simDataDir = QString::fromLocal8Bit(line.mid(dataDirectory.size()));
        } else if (line.startsWith(credentials)) {
            const QList<QByteArray> parts = line.mid(credentials.size()).split(' ');
            if (parts.size() >= 2) {
                m_username = QString::fromUtf8(parts.at(0));
                m_password = QString::fromUtf8(parts.at(1));
            }
        }
    }
    return m_baseUrl.isValid() && !m_baseUrl.host().isEmpty() && !m_username.isEmpty()
        && !m_simDataDir.isEmpty();
}

void DemoServer::onReadyRead()
{
    if (!m_process)
        return;
    m_stdout += m_process->readAllStandardOutput();
    if (m_started || !parseStartLines(m_stdout))
        return;
    m_startTimer.stop();
    m_started = true;
    QFile pem(QDir(m_simDataDir).filePath(QStringLiteral("tls/cert.pem")));
    if (pem.open(QIODevice::ReadOnly)) {
        const auto certs = QSslCertificate::fromData(pem.readAll(), QSsl::Pem);
        if (!certs.isEmpty())
            m_certificate = certs.first();
    }
    qCInfo(lcGui).noquote() << "demo server at" << m_baseUrl.toString() << "pid"
                            << m_process->processId() << "data directory" << m_simDataDir;
    emit started();
}

void DemoServer::onProcessError(QProcess::ProcessError error)
{
    if (m_stopping || !m_process)
        return;
    if (error == QProcess::FailedToStart)
        fail(tr("Could not start the demo server (%1): %2")
                 .arg(m_process->program(), m_process->errorString()));
}

void DemoServer::onFinished(int exitCode, QProcess::ExitStatus status)
{
    if (m_stopping || !m_process)
        return;
    const QString err = QString::fromLocal8Bit(m_process->readAllStandardError()).trimmed();
    const QString how =
        status == QProcess::CrashExit ? tr("crashed") : tr("exited with code %1").arg(exitCode);
    fail(err.isEmpty() ? tr("The demo server %1.").arg(how)
                       : tr("The demo server %1: %2").arg(how, err.right(600)));
}

void DemoServer::fail(const QString &message)
{
    m_startTimer.stop();
    m_error = message;
    qCWarning(lcGui) << "demo server:" << message;
    m_started = false;
    if (m_process) {
        m_stopping = true;
        QProcess *p = m_process;
        m_process = nullptr;
        p->disconnect(this);
        if (p->state() != QProcess::NotRunning) {
            p->kill();
            p->waitForFinished(2000);
        }
        p->deleteLater();
    }
    removeKilledDataDir(); // a simulator that crashed or was killed left it behind
    emit failed(message);
}

} // namespace clu::gui
