// cl-simulator's PULL (§8.6) from loopback HTTP/HTTPS sources run inside the test:
// asynchronous completion, progress, ssl_certificate_thumbprint right/wrong/missing, refused
// sources.
#include "LoopbackSourceServer.h"
#include "SimClient.h"
#include "SimulatorProcess.h"

#include <QtTest>


using namespace clu::test;

namespace {

QByteArray payload(int size)
{
    QByteArray d(size, Qt::Uninitialized);
    for (int i = 0; i < size; ++i)
        d[i] = char(i * 7 + 3);
    return d;
}

QJsonObject pullSpec(const QString &name, const QString &uri, const QByteArray &data,
                     const QString &thumbprint = {})
{
    QJsonObject ep { { QStringLiteral("uri"), uri } };
    if (!thumbprint.isEmpty())
        ep.insert(QStringLiteral("ssl_certificate_thumbprint"), thumbprint);
    return {
        { QStringLiteral("name"), name },
        { QStringLiteral("source_type"), QStringLiteral("PULL") },
        { QStringLiteral("source_endpoint"), ep },
        { QStringLiteral("size"), data.size() },
        { QStringLiteral("checksum_info"),
          QJsonObject {
              { QStringLiteral("algorithm"), QStringLiteral("SHA256") },
              { QStringLiteral("checksum"),
                QString::fromLatin1(
                    QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex()) } } }
    };
}

} // namespace

class TestSimPull : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void httpPullCompletesAsynchronously();
    void httpsThumbprint();
    void refusedSources();

private:
    QString newSession(const QString &name);
    std::unique_ptr<SimulatorProcess> m_sim;
    std::unique_ptr<SimClient> m_c;
    QString m_lib, m_item;
};

void TestSimPull::init()
{
    m_sim = std::make_unique<SimulatorProcess>();
    QVERIFY2(m_sim->start(), qPrintable(m_sim->errorString()));
    m_c = std::make_unique<SimClient>(*m_sim);
    QVERIFY(m_c->login());
    m_lib = m_c->createLibrary(QStringLiteral("Pulled"));
}

void TestSimPull::cleanup()
{
    m_c.reset();
    m_sim.reset();
}

QString TestSimPull::newSession(const QString &name)
{
    m_item = m_c->createItem(m_lib, name);
    return m_c->createSession(m_item);
}

void TestSimPull::httpPullCompletesAsynchronously()
{
    const QByteArray data = payload(2 * 1024 * 1024);
    // 8 slices of 256 KiB with a pause between them, ~2 s in total
    LoopbackSourceServer source(LoopbackSourceServer::Scheme::Http, QStringLiteral("file.bin"),
                                data, 250);
    QVERIFY2(source.isRunning(), qPrintable(source.errorString()));
    const QString uri = source.url();
    const QString sid = newSession(QStringLiteral("pulled"));
    const SimReply added = m_c->call("POST", SimClient::sessionPath(sid) + QStringLiteral("/file"),
                                     pullSpec(QStringLiteral("file.bin"), uri, data));
    QCOMPARE(added.status, 201);
    QCOMPARE(added.obj()
                 .value(QLatin1String("source_endpoint"))
                 .toObject()
                 .value(QLatin1String("uri"))
                 .toString(),
             uri);
    QVERIFY(!added.obj().contains(QLatin1String("upload_endpoint")));
    // progress is visible while the server fetches
    QTRY_VERIFY_WITH_TIMEOUT(m_c->getFile(sid, QStringLiteral("file.bin"))
                                     .value(QLatin1String("bytes_transferred"))
                                     .toInteger()
                                 > 0,
                             15000);
    // complete returns before the pull finished; the session reaches DONE later
    QCOMPARE(
        m_c->call("POST", SimClient::sessionPath(sid) + QStringLiteral("?action=complete")).status,
        204);
    QCOMPARE(m_c->getSession(sid).value(QLatin1String("state")).toString(),
             QStringLiteral("ACTIVE"));
    QTRY_COMPARE_WITH_TIMEOUT(m_c->getSession(sid).value(QLatin1String("state")).toString(),
                              QStringLiteral("DONE"), 30000);
    const QJsonObject item =
        m_c->call("GET", QStringLiteral("/api/content/library/item/") + m_item).obj();
    QCOMPARE(item.value(QLatin1String("size")).toInteger(), data.size());
    QCOMPARE(item.value(QLatin1String("content_version")).toString(), QStringLiteral("2"));
}

void TestSimPull::httpsThumbprint()
{
    const QByteArray data = payload(300 * 1024);
    LoopbackSourceServer source(LoopbackSourceServer::Scheme::Https, QStringLiteral("file.bin"),
                                data);
    QVERIFY2(source.isRunning(), qPrintable(source.errorString()));
    const QString uri = source.url();
    const QString thumbprint = source.sha1Thumbprint();

    // right thumbprint: accepted although no CA vouches for the certificate
    const QString s1 = newSession(QStringLiteral("right"));
    QCOMPARE(m_c->call("POST", SimClient::sessionPath(s1) + QStringLiteral("/file"),
                       pullSpec(QStringLiteral("a.bin"), uri, data, thumbprint))
                 .status,
             201);
    QTRY_COMPARE_WITH_TIMEOUT(
        m_c->getFile(s1, QStringLiteral("a.bin")).value(QLatin1String("status")).toString(),
        QStringLiteral("READY"), 20000);
    QCOMPARE(m_c->getFile(s1, QStringLiteral("a.bin"))
                 .value(QLatin1String("bytes_transferred"))
                 .toInteger(),
             data.size());

    // wrong thumbprint: file and session ERROR naming both fingerprints
    const QString s2 = newSession(QStringLiteral("wrong"));
    const QString wrong =
        QStringLiteral("00:11:22:33:44:55:66:77:88:99:AA:BB:CC:DD:EE:FF:00:11:22:33");
    QCOMPARE(m_c->call("POST", SimClient::sessionPath(s2) + QStringLiteral("/file"),
                       pullSpec(QStringLiteral("a.bin"), uri, data, wrong))
                 .status,
             201);
    QTRY_COMPARE_WITH_TIMEOUT(m_c->getSession(s2).value(QLatin1String("state")).toString(),
                              QStringLiteral("ERROR"), 20000);
    const QString msg = m_c->getFile(s2, QStringLiteral("a.bin"))
                            .value(QLatin1String("error_message"))
                            .toObject()
                            .value(QLatin1String("default_message"))
                            .toString();
    QVERIFY2(msg.contains(QStringLiteral("thumbprint")) && msg.contains(thumbprint),
             qPrintable(msg));

    // no thumbprint: the self-signed source is not trusted
    const QString s3 = newSession(QStringLiteral("none"));
    QCOMPARE(m_c->call("POST", SimClient::sessionPath(s3) + QStringLiteral("/file"),
                       pullSpec(QStringLiteral("a.bin"), uri, data))
                 .status,
             201);
    QTRY_COMPARE_WITH_TIMEOUT(m_c->getSession(s3).value(QLatin1String("state")).toString(),
                              QStringLiteral("ERROR"), 20000);
    QVERIFY(m_c->getFile(s3, QStringLiteral("a.bin"))
                .value(QLatin1String("error_message"))
                .toObject()
                .value(QLatin1String("default_message"))
                .toString()
                .contains(QStringLiteral("not trusted")));
}

void TestSimPull::refusedSources()
{
    const QString sid = newSession(QStringLiteral("refused"));
    for (const QString &uri :
         { QStringLiteral("https://repo.example.com/x.iso"),
           QStringLiteral("ds:///vmfs/volumes/ds1/x.iso"), QStringLiteral("file:///etc/passwd") }) {
        const SimReply r = m_c->call("POST", SimClient::sessionPath(sid) + QStringLiteral("/file"),
                                     pullSpec(QStringLiteral("x.iso"), uri, "x"));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorType(), QStringLiteral("INVALID_ARGUMENT"));
    }
    // a source answering 404 fails the pull with the status in the message
    LoopbackSourceServer source(LoopbackSourceServer::Scheme::Http, QStringLiteral("file.bin"),
                                "abc");
    QVERIFY2(source.isRunning(), qPrintable(source.errorString()));
    const SimReply r = m_c->call(
        "POST", SimClient::sessionPath(sid) + QStringLiteral("/file"),
        pullSpec(QStringLiteral("x.iso"),
                 QStringLiteral("http://127.0.0.1:%1/missing").arg(source.port()), "abc"));
    QCOMPARE(r.status, 201);
    QTRY_COMPARE_WITH_TIMEOUT(m_c->getSession(sid).value(QLatin1String("state")).toString(),
                              QStringLiteral("ERROR"), 20000);
}

QTEST_GUILESS_MAIN(TestSimPull)
#include "TestSimPull.moc"
