#include "SimulatorProcess.h"

#include "ProcessMemory.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTimer>

namespace clu::test {

SimulatorProcess::SimulatorProcess(QStringList extraArgs)
    : m_extraArgs(std::move(extraArgs))
{ }

SimulatorProcess::~SimulatorProcess()
{
    stop();
}

QString SimulatorProcess::dataDir() const
{
    const int i = m_extraArgs.indexOf(QStringLiteral("--data-dir"));
    if (i >= 0 && i + 1 < m_extraArgs.size())
        return m_extraArgs.at(i + 1);
    return m_dataDir ? m_dataDir->path() : QString();
}

qint64 SimulatorProcess::pid() const
{
    return m_process ? m_process->processId() : 0;
}

bool SimulatorProcess::isRunning() const
{
    return m_process && m_process->state() == QProcess::Running;
}

bool SimulatorProcess::start(int timeoutMs)
{
    m_error.clear();
    const QString program = qEnvironmentVariable("CLU_SIMULATOR");
    if (program.isEmpty()) {
        m_error = QStringLiteral("CLU_SIMULATOR is not set (run the test through ctest)");
        return false;
    }
    QStringList args { QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                       QStringLiteral("--control-listen"), QStringLiteral("127.0.0.1:0") };
    if (!m_extraArgs.contains(QStringLiteral("--data-dir"))) {
        if (!m_dataDir)
            m_dataDir = std::make_unique<QTemporaryDir>();
        if (!m_dataDir->isValid()) {
            m_error = QStringLiteral("cannot create a temporary data directory");
            return false;
        }
        args << QStringLiteral("--data-dir") << m_dataDir->path();
    }
    args << m_extraArgs;

    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    m_stdout.clear();
    m_captured.clear();
    m_process->start(program, args);
    if (!m_process->waitForStarted(timeoutMs)) {
        m_error = QStringLiteral("cannot start %1: %2").arg(program, m_process->errorString());
        return false;
    }
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (m_process->state() != QProcess::Running) {
            m_process->waitForFinished(1000);
            m_error = QStringLiteral("cl-simulator exited with code %1 before it was ready:\n%2")
                          .arg(m_process->exitCode())
                          .arg(output());
            return false;
        }
        m_process->waitForReadyRead(100);
        m_stdout += m_process->readAllStandardOutput();
        m_captured += QString::fromUtf8(m_process->readAllStandardError());
        if (parseStartLines(m_stdout))
            return true;
    }
    m_error = QStringLiteral("cl-simulator did not report its address within %1 ms:\n%2")
                  .arg(timeoutMs)
                  .arg(output());
    stop();
    return false;
}

bool SimulatorProcess::parseStartLines(const QByteArray &text)
{
    static const QRegularExpression listen(
        QStringLiteral("^cl-simulator listening on (https?://\\S+)$"),
        QRegularExpression::MultilineOption);
    static const QRegularExpression credentials(
        QStringLiteral("^cl-simulator credentials (\\S+) (.+)$"),
        QRegularExpression::MultilineOption);
    static const QRegularExpression control(
        QStringLiteral("^cl-simulator control on (http://\\S+)$"),
        QRegularExpression::MultilineOption);
    // Only complete lines count: the last one may still be arriving.
    const QString s = QString::fromUtf8(text.left(text.lastIndexOf('\n') + 1));
    const auto l = listen.match(s);
    const auto c = credentials.match(s);
    const auto k = control.match(s);
    if (!l.hasMatch() || !c.hasMatch() || !k.hasMatch())
        return false;
    m_baseUrl = QUrl(l.captured(1));
    m_username = c.captured(1);
    m_password = c.captured(2).trimmed();
    m_controlUrl = QUrl(k.captured(1));
    return true;
}

void SimulatorProcess::stop()
{
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(10000)) {
            m_process->kill();
            m_process->waitForFinished(5000);
        }
    }
    m_captured += QString::fromUtf8(m_process->readAllStandardOutput());
    m_captured += QString::fromUtf8(m_process->readAllStandardError());
    m_process.reset();
}

bool SimulatorProcess::restart(int timeoutMs)
{
    stop();
    return start(timeoutMs);
}

QSslCertificate SimulatorProcess::certificate() const
{
    QFile f(dataDir() + QStringLiteral("/tls/cert.pem"));
    if (!f.open(QIODevice::ReadOnly))
        return QSslCertificate();
    const auto certs = QSslCertificate::fromData(f.readAll(), QSsl::Pem);
    return certs.isEmpty() ? QSslCertificate() : certs.first();
}

qint64 SimulatorProcess::peakRssKiB() const
{
    if (!isRunning())
        return -1;
    return clu::test::peakRssKiB(pid());
}

QString SimulatorProcess::output()
{
    if (m_process) {
        m_captured += QString::fromUtf8(m_process->readAllStandardError());
        m_captured += QString::fromUtf8(m_process->readAllStandardOutput());
    }
    return QString::fromUtf8(m_stdout) + m_captured;
}

QJsonDocument SimulatorProcess::control(const QByteArray &method, const QString &path,
                                        const QJsonObject &body)
{
    m_lastControlOk = false;
    m_lastControlError.clear();
    QNetworkAccessManager nam;
    QUrl url = m_controlUrl;
    url.setPath(path);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setTransferTimeout(15000);
    const QByteArray payload =
        method == "GET" ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact);
    QNetworkReply *reply = nam.sendCustomRequest(request, method, payload);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray answer = reply->readAll();
    const QString networkError =
        reply->error() == QNetworkReply::NoError ? QString() : reply->errorString();
    reply->deleteLater();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(answer, &parseError);
    if (status == 200 && parseError.error == QJsonParseError::NoError
        && (!doc.isObject() || doc.object().value(QStringLiteral("ok")).toBool(true))) {
        m_lastControlOk = true;
    } else {
        m_lastControlError = QStringLiteral("%1 %2 -> HTTP %3 %4 %5")
                                 .arg(QString::fromLatin1(method), path)
                                 .arg(status)
                                 .arg(networkError, QString::fromUtf8(answer));
    }
    return doc;
}

} // namespace clu::test
