#include "VcsimProcess.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QTimer>

namespace clu::test {

VcsimProcess::VcsimProcess(int rsaBits)
    : m_rsaBits(rsaBits)
{ }

VcsimProcess::~VcsimProcess()
{
    stop();
}

bool VcsimProcess::start(int timeoutMs)
{
    m_error.clear();
    const QString program = qEnvironmentVariable("CLU_VCSIM");
    if (program.isEmpty()) {
        m_error = QStringLiteral("CLU_VCSIM is not set (run the test through ctest)");
        return false;
    }
    m_tmp = std::make_unique<QTemporaryDir>();
    if (!m_tmp->isValid()) {
        m_error = QStringLiteral("cannot create a temporary directory");
        return false;
    }
    QStringList args { QStringLiteral("-listen"), QStringLiteral("127.0.0.1:0") };
    if (m_rsaBits > 0)
        args << QStringLiteral("-rsa-bits") << QString::number(m_rsaBits);
    m_process = std::make_unique<QProcess>();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TMPDIR"), m_tmp->path()); // its datastore directories
    m_process->setProcessEnvironment(env);
    m_process->start(program, args);
    if (!m_process->waitForStarted(timeoutMs)) {
        m_error = QStringLiteral("cannot start %1: %2").arg(program, m_process->errorString());
        return false;
    }
    QByteArray line;
    QDeadlineTimer deadline(timeoutMs);
    while (!line.contains('\n') && !deadline.hasExpired()) {
        if (m_process->state() != QProcess::Running) {
            m_error = QStringLiteral("vcsim exited before it was ready:\n%1").arg(output());
            return false;
        }
        m_process->waitForReadyRead(100);
        line += m_process->readAllStandardOutput();
    }
    const QJsonObject o = QJsonDocument::fromJson(line.left(line.indexOf('\n'))).object();
    m_baseUrl = QUrl(o.value(QLatin1String("url")).toString());
    m_certSha256 = o.value(QLatin1String("cert_sha256")).toString();
    m_keyBits = o.value(QLatin1String("cert_key_bits")).toInt();
    m_datastores.clear();
    for (const QJsonValue &d : o.value(QLatin1String("datastores")).toArray())
        m_datastores.append(
            { d[QLatin1String("id")].toString(), d[QLatin1String("path")].toString() });
    if (!m_baseUrl.isValid() || m_baseUrl.port() <= 0 || m_datastores.isEmpty()) {
        m_error = QStringLiteral("vcsim's start line is not what main.go prints: %1\n%2")
                      .arg(QString::fromUtf8(line), output());
        return false;
    }
    return true;
}

void VcsimProcess::stop()
{
    if (!m_process || m_process->state() == QProcess::NotRunning)
        return;
    // main.go ends (and removes its datastore directories) when its stdin closes.
    m_process->closeWriteChannel();
    if (!m_process->waitForFinished(10000)) {
        m_process->kill();
        m_process->waitForFinished(5000);
    }
}

QString VcsimProcess::output()
{
    if (m_process)
        m_stderr += QString::fromUtf8(m_process->readAllStandardError());
    return m_stderr;
}

QJsonValue VcsimProcess::rest(const QByteArray &method, const QString &path,
                              const QJsonObject &body, int *status)
{
    *status = 0;
    QNetworkAccessManager nam;
    const auto send = [&](const QByteArray &verb, const QString &p, const QByteArray &data,
                          const QList<QPair<QByteArray, QByteArray>> &headers) {
        QUrl url = m_baseUrl;
        const int q = p.indexOf(QLatin1Char('?'));
        url.setPath(q < 0 ? p : p.left(q));
        if (q >= 0)
            url.setQuery(p.mid(q + 1));
        QNetworkRequest req(url);
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        for (const auto &h : headers)
            req.setRawHeader(h.first, h.second);
        QNetworkReply *reply = nam.sendCustomRequest(req, verb, data);
        QObject::connect(reply, &QNetworkReply::sslErrors, reply, [this, reply]() {
            // Our test peer's own certificate, recognised by the fingerprint it printed.
            const QSslCertificate c = reply->sslConfiguration().peerCertificate();
            if (QString::fromLatin1(c.digest(QCryptographicHash::Sha256).toHex().toUpper())
                == m_certSha256)
                reply->ignoreSslErrors();
        });
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(30000, &loop, &QEventLoop::quit);
        loop.exec();
        return reply;
    };
    if (m_token.isEmpty()) {
        QNetworkReply *login =
            send("POST", QStringLiteral("/rest/com/vmware/cis/session"), {},
                 { { "Authorization", "Basic " + QByteArray("user:pass").toBase64() },
                   { "vmware-use-header-authn", "true" } });
        m_token = QJsonDocument::fromJson(login->readAll())
                      .object()
                      .value(QLatin1String("value"))
                      .toString()
                      .toUtf8();
        if (m_token.isEmpty())
            return {};
    }
    QNetworkReply *reply = send(method, path, QJsonDocument(body).toJson(QJsonDocument::Compact),
                                { { "vmware-api-session-id", m_token } });
    *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    return QJsonDocument::fromJson(reply->readAll()).object().value(QLatin1String("value"));
}

QString VcsimProcess::createLibrary(const QString &name)
{
    const QJsonObject spec {
        { QStringLiteral("name"), name },
        { QStringLiteral("type"), QStringLiteral("LOCAL") },
        { QStringLiteral("storage_backings"),
          QJsonArray {
              QJsonObject { { QStringLiteral("type"), QStringLiteral("DATASTORE") },
                            { QStringLiteral("datastore_id"), m_datastores.value(0).id } } } }
    };
    int status = 0;
    const QJsonValue id = rest("POST", QStringLiteral("/rest/com/vmware/content/local-library"),
                               QJsonObject { { QStringLiteral("create_spec"), spec } }, &status);
    return status == 200 ? id.toString() : QString();
}

} // namespace clu::test
