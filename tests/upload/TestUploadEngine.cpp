// The update-session workflow (§13) of UploadEngine against the real cl-simulator over HTTPS
// with plain files: both flavors, busy item, cancel mid-transfer, restart after an injected drop,
// a file retried in its session, keep-alive against a short session timeout, a login that
// expires mid-upload. OVF packages (signed, OVA, manifests, preview) are in TestUploadEngineOvf.
#include "UploadTestSupport.h"

#include <QJsonDocument>

using namespace clu;
using namespace clu::test;

class TestUploadEngine : public QObject, protected UploadFixture
{
    Q_OBJECT
private:
    UploadRequest request(const QString &itemId, const QStringList &paths)
    {
        return uploadRequest(itemId, paths, std::chrono::milliseconds(200),
                             std::chrono::milliseconds(200));
    }

private slots:
    void initTestCase()
    {
        const QString problem = setUpSimulator();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void init() { m_sim->control("POST", QStringLiteral("/control/reset")); }

    void plainFilesBothFlavors_data()
    {
        QTest::addColumn<QString>("flavor");
        QTest::newRow("api") << QStringLiteral("api");
        QTest::newRow("rest") << QStringLiteral("rest");
    }
    void plainFilesBothFlavors()
    {
        QFETCH(QString, flavor);
        auto client = loginTo(*m_sim, flavor);
        QVERIFY(client);
        const QString item = newItem(client.get(), m_libraryId, QStringLiteral("file"));
        QVERIFY(!item.isEmpty());
        const QString a =
            writeFile(m_dir.filePath(flavor + QStringLiteral("-a.bin")), 3 * 1024 * 1024 + 1, 'a');
        const QString b = writeFile(m_dir.filePath(flavor + QStringLiteral("-b.txt")), 1234, 'b');
        const QString c = writeFile(m_dir.filePath(flavor + QStringLiteral("-c.dat")), 0, 'c');

        UploadEngine engine(client.get());
        QSignalSpy overall(&engine, &UploadEngine::overallProgress);
        QSignalSpy stages(&engine, &UploadEngine::stageChanged);
        UploadRequest req = request(item, { a, b, c });
        req.checksum = ChecksumAlgorithm::Sha1;
        const UploadOutcome o = runUpload(engine, req);
        CHECK_OUTCOME(o);
        QCOMPARE(o.stage, UploadStage::Done);
        QCOMPARE(o.item.id, item);
        QVERIFY(o.item.size >= 3 * 1024 * 1024 + 1 + 1234);
        QVERIFY(overall.count() >= 1);
        QCOMPARE(overall.last().at(0).toLongLong(), qint64(3 * 1024 * 1024 + 1 + 1234));
        QVERIFY(activeSessions(client.get(), item).isEmpty());
        // The session was deleted, not just completed.
        const auto ids = sessionIds(client.get(), item);
        QVERIFY2(!ids.value.contains(o.sessionId), qPrintable(ids.value.join(',')));

        // On the wire: one PUT per file, with Content-Length and the octet-stream type.
        bool sawPut = false;
        for (const QJsonValue &v : seenRequests(*m_sim)) {
            const QJsonObject r = v.toObject();
            if (r.value(QLatin1String("method")).toString() != QLatin1String("PUT")
                || !r.value(QLatin1String("path")).toString().endsWith(QStringLiteral("-a.bin")))
                continue;
            const QJsonObject h = r.value(QLatin1String("headers")).toObject();
            QCOMPARE(h.value(QLatin1String("content-length")).toString(),
                     QStringLiteral("3145729"));
            QCOMPARE(h.value(QLatin1String("content-type")).toString(),
                     QStringLiteral("application/octet-stream"));
            sawPut = true;
        }
        QVERIFY(sawPut);
    }

    void busyItemNamesExistingSession_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("500") << 500;
        QTest::newRow("400") << 400;
    }
    void busyItemNamesExistingSession()
    {
        QFETCH(int, status);
        m_sim->control("POST", QStringLiteral("/control/busy-status"),
                       QJsonObject { { "status", status } });
        QVERIFY(m_sim->lastControlOk());
        const QString item = newItem(m_client.get(), m_libraryId, QStringLiteral("file"));
        const auto held = await<QString>(
            [&](auto cb) { UpdateSessionService(m_client.get()).create(item, {}, nullptr, cb); });
        QVERIFY2(held.ok(), qPrintable(held.error.message()));
        const QString f = writeFile(m_dir.filePath(QStringLiteral("busy.bin")), 1000, 'z');
        UploadEngine engine(m_client.get());
        const UploadOutcome o = runUpload(engine, request(item, { f }));
        QVERIFY(!o.ok);
        QVERIFY(o.error.isResourceBusy());
        QCOMPARE(o.existingSessionId, held.value);
        QVERIFY2(o.summary.contains(held.value), qPrintable(o.summary));
        await<void>(
            [&](auto cb) { UpdateSessionService(m_client.get()).cancel(held.value, nullptr, cb); });
    }

    void cancelMidTransfer()
    {
        QVERIFY(throttle(*m_sim, 1000000));
        const QString item = newItem(m_client.get(), m_libraryId, QStringLiteral("file"));
        const QString f =
            writeFile(m_dir.filePath(QStringLiteral("slow.bin")), 40 * 1024 * 1024, 's');
        UploadEngine engine(m_client.get());
        QSignalSpy done(&engine, &UploadEngine::finished);
        qint64 seen = 0;
        connect(&engine, &UploadEngine::fileProgress, this,
                [&](const QString &, qint64 sent, qint64, double, qint64) { seen = sent; });
        QVERIFY(engine.start(request(item, { f })));
        QTRY_VERIFY_WITH_TIMEOUT(seen > 0, kWaitMs);
        const QString sid = engine.sessionId();
        QVERIFY(!sid.isEmpty());
        engine.cancel();
        QVERIFY(done.wait(kWaitMs));
        const auto o = done.first().first().value<UploadOutcome>();
        QVERIFY(!o.ok);
        QVERIFY(o.canceled);
        QCOMPARE(o.error.kind, ApiError::Kind::Canceled);
        QVERIFY(o.bytesSent < 40 * 1024 * 1024);
        // Canceled and deleted: the item is free for a new session.
        QVERIFY(activeSessions(m_client.get(), item).isEmpty());
        const auto again = await<QString>(
            [&](auto cb) { UpdateSessionService(m_client.get()).create(item, {}, nullptr, cb); });
        QVERIFY2(again.ok(), qPrintable(again.error.message()));
        await<void>([&](auto cb) {
            UpdateSessionService(m_client.get()).cancel(again.value, nullptr, cb);
        });
    }

    void restartAfterInjectedDrop()
    {
        // A dropped PUT ends the session in ERROR (terminal, as on vCenter); the engine deletes
        // it and sends everything again in a new session.
        m_sim->control("POST", QStringLiteral("/control/drop-upload"),
                       QJsonObject { { "after_bytes", 200000 }, { "count", 1 } });
        QVERIFY(m_sim->lastControlOk());
        const QString item = newItem(m_client.get(), m_libraryId, QStringLiteral("file"));
        const QString f =
            writeFile(m_dir.filePath(QStringLiteral("dropme.bin")), 2 * 1024 * 1024, 'd');
        UploadEngine engine(m_client.get());
        QStringList statuses;
        QStringList sessions;
        connect(&engine, &UploadEngine::fileStatusChanged, this,
                [&](const QString &, FileTransferStatus status, const QString &) {
                    statuses.append(fileTransferStatusId(status));
                });
        connect(&engine, &UploadEngine::sessionCreated, this,
                [&](const QString &id) { sessions.append(id); });
        const UploadOutcome o = runUpload(engine, request(item, { f }));
        CHECK_OUTCOME(o);
        QVERIFY2(statuses.contains(QStringLiteral("retrying")), qPrintable(statuses.join(',')));
        QCOMPARE(sessions.size(), 2);
        // The dropped PUT, possibly a per-file retry the ERROR session refused, and the good one.
        QVERIFY(countPuts(*m_sim, QStringLiteral("dropme.bin")) >= 2);
        QCOMPARE(o.item.size, qint64(2 * 1024 * 1024));
        // The broken first session was deleted too.
        const auto ids = sessionIds(m_client.get(), item);
        QVERIFY2(!ids.value.contains(sessions.first()), qPrintable(ids.value.join(',')));
    }

    void dropTwiceGivesUpWithTheServersReason()
    {
        m_sim->control("POST", QStringLiteral("/control/drop-upload"),
                       QJsonObject { { "after_bytes", 100000 }, { "count", 2 } });
        QVERIFY(m_sim->lastControlOk());
        const QString item = newItem(m_client.get(), m_libraryId, QStringLiteral("file"));
        const QString f =
            writeFile(m_dir.filePath(QStringLiteral("droptwice.bin")), 1024 * 1024, 'e');
        UploadEngine engine(m_client.get());
        UploadRequest req = request(item, { f });
        req.maxSessionRestarts = 1; // a bound of one restart: the second drop ends it
        const UploadOutcome o = runUpload(engine, req);
        QVERIFY(!o.ok);
        QCOMPARE(o.stage, UploadStage::SendingFiles);
        QVERIFY2(o.summary.contains(QStringLiteral("droptwice.bin"))
                     && o.summary.contains(QStringLiteral("after 2 attempt"))
                     && o.summary.contains(QStringLiteral("ERROR")),
                 qPrintable(o.summary));
        QVERIFY(activeSessions(m_client.get(), item).isEmpty());
    }

    void retryFileWhileSessionActive()
    {
        // A failed add (503) leaves the session ACTIVE: the file alone is added and sent again.
        const QString item = newItem(m_client.get(), m_libraryId, QStringLiteral("file"));
        const QString f = writeFile(m_dir.filePath(QStringLiteral("again.bin")), 300000, 'g');
        UploadEngine engine(m_client.get());
        QStringList statuses;
        QStringList sessions;
        connect(&engine, &UploadEngine::fileStatusChanged, this,
                [&](const QString &, FileTransferStatus status, const QString &) {
                    statuses.append(fileTransferStatusId(status));
                });
        connect(&engine, &UploadEngine::sessionCreated, this,
                [&](const QString &id) { sessions.append(id); });
        connect(&engine, &UploadEngine::stageChanged, this, [&](UploadStage s) {
            // The add (POST …/update-session/<id>/file) answers 503 twice; the client does not
            // resend an add on its own, the transfer does (remove + add).
            if (s == UploadStage::SendingFiles)
                m_sim->control("POST", QStringLiteral("/control/fail-calls"),
                               QJsonObject { { "count", 2 },
                                             { "status", 503 },
                                             { "retry_after", 0 },
                                             { "match", "^POST .*/file$" } });
        });
        const UploadOutcome o = runUpload(engine, request(item, { f }));
        CHECK_OUTCOME(o);
        QVERIFY2(statuses.contains(QStringLiteral("retrying")), qPrintable(statuses.join(',')));
        QCOMPARE(sessions.size(), 1);
        QCOMPARE(countPuts(*m_sim, QStringLiteral("again.bin")), 1);
    }

    void keepAliveOutlivesShortSessionTimeout()
    {
        // Sessions of this simulator expire after 3 s idle; the upload takes several times that
        // (throttled), with pauses between files while the engine validates and polls.
        ShortSessionSimulator s;
        const QString problem = s.start();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY(throttle(s.sim, 1000000));
        const QString a =
            writeFile(m_dir.filePath(QStringLiteral("ka1.bin")), 4 * 1000 * 1000, 'k');
        const QString b =
            writeFile(m_dir.filePath(QStringLiteral("ka2.bin")), 4 * 1000 * 1000, 'l');
        UploadEngine engine(s.client.get());
        UploadRequest req = request(s.item, { a, b });
        req.concurrency = 1;
        req.keepAliveInterval = std::chrono::milliseconds(1000);
        const UploadOutcome o = runUpload(engine, req, 120000);
        CHECK_OUTCOME(o);
        const QJsonObject stats = s.sim.control("GET", QStringLiteral("/control/stats")).object();
        QVERIFY2(stats.value(QLatin1String("keepalive_calls")).toInt() >= 4,
                 qPrintable(QString::fromUtf8(QJsonDocument(stats).toJson())));
    }
    void loginExpiryDuringUploadIsTransparent()
    {
        // The API login expires while the bytes flow (§3.2: a PUT does not refresh it); the
        // calls after the PUT log in again on their own and the upload completes.
        const QString item = newItem(m_client.get(), m_libraryId, QStringLiteral("file"));
        const QString f = writeFile(m_dir.filePath(QStringLiteral("relogin.bin")), 1500000, 'r');
        auto client = loginTo(*m_sim);
        QVERIFY(client);
        QSignalSpy relogins(client.get(), &RestClient::reauthenticated);
        throttle(*m_sim, 1000000);
        UploadEngine engine(client.get());
        bool expired = false;
        connect(&engine, &UploadEngine::fileProgress, this,
                [&](const QString &, qint64 sent, qint64, double, qint64) {
                    if (!expired && sent > 200000) {
                        expired = true;
                        m_sim->control("POST", QStringLiteral("/control/expire-logins"));
                    }
                });
        const UploadOutcome o = runUpload(engine, request(item, { f }));
        CHECK_OUTCOME(o);
        QVERIFY(expired);
        QVERIFY(relogins.count() >= 1);
    }
};

QTEST_GUILESS_MAIN(TestUploadEngine)
#include "TestUploadEngine.moc"
