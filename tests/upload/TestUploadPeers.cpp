// The upload PUT (FileUploadJob -> PutWorker -> CurlPut, libcurl) against peers we did not
// write: `openssl s_server` with certificates made by the `openssl` command decides nothing
// about our TLS policy, and a raw-socket server answers in ways no HTTP library of ours would.
//
// What it proves: libcurl's own host name check is off in CurlPut (the policy decides, so a pin
// can accept what the system would not), so Qt's verification inside the policy must still
// refuse a CA-signed certificate for another host; a CA-signed certificate for this host passes
// without asking anyone; and a server that says "done" before it has every byte never makes a
// file count as uploaded.
#include "net/ChainVerifier.h"
#include "net/RestClient.h"
#include "net/TlsPolicy.h"
#include "upload/FileUploadJob.h"

#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using namespace clu;

namespace {

// Runs the openssl command; true when it exited 0.
bool openssl(const QStringList &args, const QString &dir, QString *error)
{
    QProcess p;
    p.setWorkingDirectory(dir);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral("openssl"), args);
    if (!p.waitForFinished(30000) || p.exitCode() != 0) {
        *error = QString::fromLocal8Bit(p.readAll());
        return false;
    }
    return true;
}

// `openssl s_server` on loopback with the given certificate; everything a client sends after
// the handshake is echoed to its stdout, which is how the tests see whether the PUT got there.
class OpensslServer
{
public:
    OpensslServer(const QString &dir, const QString &cert, const QString &key)
    {
        m_process.setWorkingDirectory(dir);
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start(QStringLiteral("openssl"),
                        { QStringLiteral("s_server"), QStringLiteral("-accept"),
                          QStringLiteral("127.0.0.1:0"), QStringLiteral("-cert"), cert,
                          QStringLiteral("-key"), key, QStringLiteral("-naccept"),
                          QStringLiteral("1") });
    }
    ~OpensslServer()
    {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
    // s_server picks a free port itself (no race with other tests) and names it.
    bool waitUntilListening()
    {
        static const QRegularExpression accept(QStringLiteral("ACCEPT 127\\.0\\.0\\.1:(\\d+)"));
        QRegularExpressionMatch m;
        const bool named = QTest::qWaitFor(
            [&]() {
                m = accept.match(QString::fromLatin1(output()));
                return m.hasMatch() && output().contains('\n');
            },
            20000);
        m_port = named ? m.captured(1).toInt() : 0;
        return m_port > 0;
    }
    QByteArray output()
    {
        m_output += m_process.readAll();
        return m_output;
    }
    QUrl uploadUrl() const
    {
        return QUrl(QStringLiteral("https://127.0.0.1:%1/cls/data/s1/disk.iso").arg(m_port));
    }

private:
    QProcess m_process;
    QByteArray m_output;
    int m_port = 0;
};

// Answers every request as soon as its headers are in, before the body. Then either closes at
// once (the rest of the body never arrives), or lingers: reads and drops what still comes and
// closes a while later, as an HTTP server does after an early error answer. (A close with
// unread bytes in its buffer sends a TCP reset, which may destroy the answer before the client
// reads it.)
class EarlyAnswerServer : public QObject
{
public:
    enum class Close { AtOnce, Lingering };
    EarlyAnswerServer(QByteArray answer, Close close)
        : m_answer(std::move(answer))
        , m_close(close)
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this]() {
            while (QTcpSocket *s = m_server.nextPendingConnection()) {
                auto head = std::make_shared<QByteArray>();
                auto answered = std::make_shared<bool>(false);
                connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
                connect(s, &QTcpSocket::readyRead, s, [this, s, head, answered]() {
                    const QByteArray data = s->readAll();
                    received += data.size();
                    if (*answered)
                        return;
                    head->append(data);
                    if (head->contains("\r\n\r\n")) {
                        *answered = true;
                        s->write(m_answer);
                        if (m_close == Close::AtOnce)
                            s->disconnectFromHost(); // after the answer is written
                        else
                            QTimer::singleShot(1000, s, [s]() { s->disconnectFromHost(); });
                    }
                });
            }
        });
        m_server.listen(QHostAddress::LocalHost);
    }
    QUrl uploadUrl() const
    {
        return QUrl(
            QStringLiteral("http://127.0.0.1:%1/cls/data/s1/disk.iso").arg(m_server.serverPort()));
    }
    qint64 received = 0;

private:
    QTcpServer m_server;
    QByteArray m_answer;
    Close m_close;
};

} // namespace

class TestUploadPeers : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty())
            QFAIL("the openssl command is needed (Debian package openssl)");
        QVERIFY(m_dir.isValid());
        m_defaultTls = QSslConfiguration::defaultConfiguration();
        const QString d = m_dir.path();
        QString error;
        // A test CA, and two leaves it signs: one for 127.0.0.1, one for another host name.
        QVERIFY2(openssl({ "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256",
                           "-nodes", "-keyout", "ca.key", "-out", "ca.pem", "-days", "2", "-subj",
                           "/CN=Upload Test CA", "-addext", "basicConstraints=critical,CA:TRUE",
                           "-addext", "keyUsage=critical,keyCertSign,cRLSign" },
                         d, &error),
                 qPrintable(error));
        for (const auto &[name, san] :
             { std::pair<QString, QString> { "here", "IP:127.0.0.1" },
               std::pair<QString, QString> { "elsewhere", "DNS:other.example" } }) {
            QFile ext(m_dir.filePath(name + ".ext"));
            QVERIFY(ext.open(QIODevice::WriteOnly));
            ext.write(QStringLiteral("subjectAltName=%1\nbasicConstraints=CA:FALSE\n"
                                     "extendedKeyUsage=serverAuth\n")
                          .arg(san)
                          .toUtf8());
            ext.close();
            QVERIFY2(
                openssl({ "req", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes",
                          "-keyout", name + ".key", "-out", name + ".csr", "-subj", "/CN=" + name },
                        d, &error),
                qPrintable(error));
            QVERIFY2(openssl({ "x509", "-req", "-in", name + ".csr", "-CA", "ca.pem", "-CAkey",
                               "ca.key", "-CAcreateserial", "-days", "2", "-out", name + ".pem",
                               "-extfile", name + ".ext" },
                             d, &error),
                     qPrintable(error));
        }
        const QString file = m_dir.filePath(QStringLiteral("disk.iso"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4 * 1024 * 1024, 'd'));
        f.close();
        m_source = UploadSource::fromFile(file);
    }

    void init()
    {
        // The test CA is trusted the way an administrator's system store would trust a
        // company CA (QSslCertificate::verify reads the default configuration's CAs).
        QSslConfiguration cfg = m_defaultTls;
        cfg.addCaCertificates(QSslCertificate::fromPath(m_dir.filePath(QStringLiteral("ca.pem"))));
        QSslConfiguration::setDefaultConfiguration(cfg);
    }
    void cleanup() { QSslConfiguration::setDefaultConfiguration(m_defaultTls); }

    void caSignedForAnotherHostIsRefused()
    {
        OpensslServer server(m_dir.path(), QStringLiteral("elsewhere.pem"),
                             QStringLiteral("elsewhere.key"));
        QVERIFY2(server.waitUntilListening(), server.output().constData());
        RestClient client;
        client.setBaseUrl(server.uploadUrl().adjusted(QUrl::RemovePath));
        const ApiError e = run(client, server.uploadUrl());
        QCOMPARE(e.kind, ApiError::Kind::Tls);
        bool hostMismatch = false;
        for (const QSslError &se : e.sslErrors)
            hostMismatch = hostMismatch || se.error() == QSslError::HostNameMismatch;
        QVERIFY2(hostMismatch, qPrintable(e.message()));
        QVERIFY2(e.message().contains(QLatin1String("127.0.0.1")), qPrintable(e.message()));
        QTest::qWait(200);
        QVERIFY2(!server.output().contains("PUT "), server.output().constData());
    }

    void caSignedForThisHostIsAcceptedWithoutAsking()
    {
        OpensslServer server(m_dir.path(), QStringLiteral("here.pem"), QStringLiteral("here.key"));
        QVERIFY2(server.waitUntilListening(), server.output().constData());
        RestClient client;
        client.setBaseUrl(server.uploadUrl().adjusted(QUrl::RemovePath));
        int asked = 0;
        client.tlsPolicy()->setDecisionHandler([&](const TlsPolicy::Problem &) {
            ++asked;
            return TlsPolicy::Decision::Reject;
        });
        ApiError e;
        QVERIFY2(putArrives(client, server, &e), server.output().constData());
        QVERIFY(server.output().contains("Content-Length: 4194304"));
        QCOMPARE(e.kind, ApiError::Kind::Canceled);
        QCOMPARE(asked, 0);
    }

    // vCenter thumbprints are SHA-1: a pin in that form accepts the untrusted leaf it names.
    void sha1PinAcceptsTheNamedLeaf()
    {
        QSslConfiguration::setDefaultConfiguration(m_defaultTls); // the CA is not trusted here
        OpensslServer server(m_dir.path(), QStringLiteral("elsewhere.pem"),
                             QStringLiteral("elsewhere.key"));
        QVERIFY2(server.waitUntilListening(), server.output().constData());
        RestClient client;
        client.setBaseUrl(server.uploadUrl().adjusted(QUrl::RemovePath));
        const QSslCertificate leaf =
            QSslCertificate::fromPath(m_dir.filePath(QStringLiteral("elsewhere.pem"))).value(0);
        QVERIFY(client.tlsPolicy()
                    ->setPin(QStringLiteral("127.0.0.1"), TlsPolicy::sha1(leaf))
                    .isEmpty());
        ApiError e;
        QVERIFY2(putArrives(client, server, &e), server.output().constData());
    }

    // ChainVerifier stands in for QSslCertificate::verify in the PUT's handshake (it looks CAs up
    // instead of parsing all of them): it must find the errors Qt finds, for trusted and
    // untrusted chains, the right and the wrong host.
    void chainVerifierAgreesWithQt_data()
    {
        QTest::addColumn<QString>("leaf");
        QTest::addColumn<QString>("host");
        QTest::addColumn<bool>("caTrusted");
        for (const char *leaf : { "here", "elsewhere", "ca" }) {
            for (const char *host : { "127.0.0.1", "other.example", "vc.example.com" }) {
                for (const bool trusted : { true, false }) {
                    QTest::addRow("%s-%s-%s", leaf, host, trusted ? "trusted" : "untrusted")
                        << QString::fromLatin1(leaf) << QString::fromLatin1(host) << trusted;
                }
            }
        }
    }
    void chainVerifierAgreesWithQt()
    {
        QFETCH(QString, leaf);
        QFETCH(QString, host);
        QFETCH(bool, caTrusted);
        if (!caTrusted)
            QSslConfiguration::setDefaultConfiguration(m_defaultTls);
        const QList<QSslCertificate> chain =
            QSslCertificate::fromPath(m_dir.filePath(leaf + QStringLiteral(".pem")));
        QCOMPARE(chain.size(), 1);
        auto codes = [](const QList<QSslError> &errors) {
            QList<int> out;
            for (const QSslError &e : errors)
                out.append(int(e.error()));
            std::sort(out.begin(), out.end());
            out.erase(std::unique(out.begin(), out.end()), out.end());
            return out;
        };
        QList<int> qt = codes(QSslCertificate::verify(chain, host));
        const QList<int> ours = codes(ChainVerifier::verify(chain, host));
        if (leaf == QLatin1String("ca")) {
            // One deliberate difference: the purpose is checked as in a TLS handshake (a CA
            // certificate without serverAuth is no server certificate), which the static
            // QSslCertificate::verify skips.
            qt.append(int(QSslError::InvalidPurpose));
            std::sort(qt.begin(), qt.end());
        }
        QCOMPARE(ours, qt);
    }

    void earlySuccessBeforeTheBodyIsAnError()
    {
        EarlyAnswerServer server("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n",
                                 EarlyAnswerServer::Close::AtOnce);
        RestClient client;
        client.setBaseUrl(server.uploadUrl().adjusted(QUrl::RemovePath));
        client.setAllowPlainHttp(true);
        // More than any socket buffer holds, so most of it cannot have left when the server
        // closes.
        const QString path = m_dir.filePath(QStringLiteral("big.iso"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(256 * 1024 * 1024));
        f.close();
        FileUploadJob job(&client, UploadSource::fromFile(path), server.uploadUrl());
        QSignalSpy done(&job, &FileUploadJob::finished);
        job.start();
        QVERIFY(done.wait(30000));
        const ApiError e = job.error();
        QVERIFY2(e.isError(), "a 200 before the body was sent counted as an upload");
        QVERIFY2(e.message().contains(QLatin1String("of 268435456 bytes were sent")),
                 qPrintable(e.message()));
        QVERIFY(server.received < 268435456);
    }

    void earlyRefusalKeepsTheServersReason()
    {
        const QByteArray body =
            R"({"error_type":"SERVICE_UNAVAILABLE","messages":[{"id":"x.y","default_message":"Datastore busy.","args":[]}]})";
        EarlyAnswerServer server("HTTP/1.1 503 Service Unavailable\r\nContent-Type: "
                                 "application/json\r\nContent-Length: "
                                     + QByteArray::number(body.size())
                                     + "\r\nConnection: close\r\n\r\n" + body,
                                 EarlyAnswerServer::Close::Lingering);
        RestClient client;
        client.setBaseUrl(server.uploadUrl().adjusted(QUrl::RemovePath));
        client.setAllowPlainHttp(true);
        const ApiError e = run(client, server.uploadUrl());
        QCOMPARE(e.httpStatus, 503);
        QVERIFY2(e.message().contains(QLatin1String("Datastore busy.")), qPrintable(e.message()));
    }

private:
    // Starts a PUT to `server` and cancels it once s_server shows its request line (s_server
    // never answers HTTP, so seeing the request there is enough). False when it never arrived
    // or the job did not end after the cancel; *error is the job's error.
    bool putArrives(RestClient &client, OpensslServer &server, ApiError *error)
    {
        FileUploadJob job(&client, m_source, server.uploadUrl());
        QSignalSpy done(&job, &FileUploadJob::finished);
        job.start();
        const bool arrived =
            QTest::qWaitFor([&]() { return server.output().contains("PUT /cls/data/s1/"); }, 20000);
        job.abort();
        const bool ended = !done.isEmpty() || done.wait(10000);
        *error = job.error();
        return arrived && ended;
    }

    ApiError run(RestClient &client, const QUrl &uri)
    {
        FileUploadJob job(&client, m_source, uri);
        job.setStallTimeout(std::chrono::milliseconds(15000));
        QSignalSpy done(&job, &FileUploadJob::finished);
        job.start();
        if (done.isEmpty() && !done.wait(30000))
            return ApiError::invalidInput(QStringLiteral("test"), QStringLiteral("no end"));
        return job.error();
    }

    QTemporaryDir m_dir;
    QSslConfiguration m_defaultTls;
    UploadSource m_source;
};

QTEST_GUILESS_MAIN(TestUploadPeers)
#include "TestUploadPeers.moc"
