// URL (PULL) sources through the whole engine, against the real cl-simulator fetching from real
// loopback http/https servers (clu::test::LoopbackSourceServer).
#include "LoopbackSourceServer.h"
#include "UploadTestSupport.h"

using namespace clu;
using namespace clu::test;

namespace {
QByteArray payload(int size)
{
    QByteArray d(size, Qt::Uninitialized);
    for (int i = 0; i < size; ++i)
        d[i] = char(i * 31 + 7);
    return d;
}

PullSource pullOf(const LoopbackSourceServer &s, const QString &thumbprint = {})
{
    PullSource p;
    p.url = QUrl(s.url());
    p.sslThumbprint = thumbprint;
    return p;
}
} // namespace

class TestUploadPull : public QObject, protected UploadFixture
{
    Q_OBJECT
    UploadRequest request(const QString &item) const
    {
        return uploadRequest(item, {}, std::chrono::milliseconds(200),
                             std::chrono::milliseconds(200));
    }

private slots:
    void initTestCase()
    {
        const QString problem = setUpSimulator();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void httpPullRunsToDone()
    {
        const QByteArray data = payload(1024 * 1024 + 17);
        LoopbackSourceServer source(LoopbackSourceServer::Scheme::Http, QStringLiteral("tools.iso"),
                                    data, 100);
        QVERIFY2(source.isRunning(), qPrintable(source.errorString()));
        const QString item = newItem(m_client.get(), m_libraryId, QStringLiteral("iso"));
        QVERIFY(!item.isEmpty());
        UploadEngine engine(m_client.get());
        QSignalSpy fileProgress(&engine, &UploadEngine::fileProgress);
        QSignalSpy statuses(&engine, &UploadEngine::fileStatusChanged);
        UploadRequest req = request(item);
        req.pullSources = { pullOf(source) };
        const UploadOutcome o = runUpload(engine, req);
        CHECK_OUTCOME(o);
        QCOMPARE(o.stage, UploadStage::Done);
        QCOMPARE(o.item.size, qint64(data.size()));
        // vCenter fetched it: no PUT went to the simulator, and the fetch was watched.
        QCOMPARE(countPuts(*m_sim, QStringLiteral("tools.iso")), 0);
        QVERIFY(!fileProgress.isEmpty());
        QCOMPARE(fileProgress.last().at(1).toLongLong(), qint64(data.size()));
        bool fetching = false;
        for (const auto &s : statuses)
            fetching =
                fetching || s.at(1).value<FileTransferStatus>() == FileTransferStatus::Fetching;
        QVERIFY(fetching);
    }

    void httpsPullNeedsTheRightThumbprint()
    {
        const QByteArray data = payload(200 * 1024);
        LoopbackSourceServer source(LoopbackSourceServer::Scheme::Https, QStringLiteral("disk.bin"),
                                    data);
        QVERIFY2(source.isRunning(), qPrintable(source.errorString()));

        const QString ok = newItem(m_client.get(), m_libraryId, QStringLiteral("file"));
        UploadEngine engine(m_client.get());
        UploadRequest req = request(ok);
        req.pullSources = { pullOf(source, source.sha1Thumbprint()) };
        UploadOutcome o = runUpload(engine, req);
        CHECK_OUTCOME(o);
        QCOMPARE(o.item.size, qint64(data.size()));

        // A wrong thumbprint: the server refuses the source, and the message says so.
        const QString bad = newItem(m_client.get(), m_libraryId, QStringLiteral("file"));
        req = request(bad);
        req.pullSources = { pullOf(
            source,
            QStringLiteral("00:11:22:33:44:55:66:77:88:99:AA:BB:CC:DD:EE:FF:00:11:22:33")) };
        o = runUpload(engine, req);
        QVERIFY(!o.ok);
        QVERIFY2(o.summary.contains(QStringLiteral("thumbprint")), qPrintable(o.summary));
        QVERIFY2(o.summary.contains(source.url()), qPrintable(o.summary));
        QVERIFY(activeSessions(m_client.get(), bad).isEmpty());
    }

    void missingSourceFileNamesTheUrl()
    {
        LoopbackSourceServer source(LoopbackSourceServer::Scheme::Http, QStringLiteral("there.iso"),
                                    "x");
        QVERIFY(source.isRunning());
        const QString item = newItem(m_client.get(), m_libraryId, QStringLiteral("file"));
        UploadEngine engine(m_client.get());
        UploadRequest req = request(item);
        PullSource p;
        p.url = QUrl(QStringLiteral("http://127.0.0.1:%1/missing.iso").arg(source.port()));
        req.pullSources = { p };
        const UploadOutcome o = runUpload(engine, req);
        QVERIFY(!o.ok);
        QVERIFY2(o.summary.contains(p.url.toString()), qPrintable(o.summary));
        QVERIFY2(o.summary.contains(QStringLiteral("Not Found")), qPrintable(o.summary));
    }

    void localFileAndUrlTogether()
    {
        const QByteArray data = payload(64 * 1024);
        LoopbackSourceServer source(LoopbackSourceServer::Scheme::Http,
                                    QStringLiteral("remote.bin"), data);
        QVERIFY(source.isRunning());
        const QString local = writeFile(m_dir.filePath(QStringLiteral("local.txt")), 5000, 'l');
        const QString item = newItem(m_client.get(), m_libraryId, QStringLiteral("file"));
        UploadEngine engine(m_client.get());
        QSignalSpy overall(&engine, &UploadEngine::overallProgress);
        UploadRequest req = request(item);
        req.paths = { local };
        req.pullSources = { pullOf(source) };
        const UploadOutcome o = runUpload(engine, req);
        CHECK_OUTCOME(o);
        QCOMPARE(o.item.size, qint64(5000 + data.size()));
        QCOMPARE(countPuts(*m_sim, QStringLiteral("local.txt")), 1);
        // Our own bytes are the total; vCenter's fetch does not count as sent by us.
        QCOMPARE(overall.last().at(0).toLongLong(), qint64(5000));
    }

    void refusedBeforeAnySession_data()
    {
        QTest::addColumn<QStringList>("paths");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("expected");
        QTest::newRow("package + url")
            << QStringList { QStringLiteral("x.ovf") } << QStringLiteral("http://127.0.0.1:9/a.iso")
            << QString() << QStringLiteral("URLs");
        QTest::newRow("ftp") << QStringList() << QStringLiteral("ftp://127.0.0.1/a.iso")
                             << QString() << QStringLiteral("ftp://127.0.0.1/a.iso");
        QTest::newRow("no file name") << QStringList() << QStringLiteral("http://127.0.0.1:9/")
                                      << QString() << QStringLiteral("file name");
        QTest::newRow("ova by url") << QStringList() << QStringLiteral("http://127.0.0.1:9/a.ova")
                                    << QString() << QStringLiteral("a.ova");
    }
    void refusedBeforeAnySession()
    {
        QFETCH(QStringList, paths);
        QFETCH(QString, url);
        QFETCH(QString, name);
        QFETCH(QString, expected);
        const QString item = newItem(m_client.get(), m_libraryId, QStringLiteral("file"));
        UploadEngine engine(m_client.get());
        QSignalSpy created(&engine, &UploadEngine::sessionCreated);
        UploadRequest req = request(item);
        for (const QString &p : paths)
            req.paths << writeFile(m_dir.filePath(p), 10, 'p');
        PullSource p;
        p.url = QUrl(url);
        p.name = name;
        req.pullSources = { p };
        const UploadOutcome o = runUpload(engine, req);
        QVERIFY(!o.ok);
        QCOMPARE(o.stage, UploadStage::Preparing);
        QVERIFY2(o.summary.contains(expected), qPrintable(o.summary));
        QCOMPARE(created.count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestUploadPull)
#include "TestUploadPull.moc"
