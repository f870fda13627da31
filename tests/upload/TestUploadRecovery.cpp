// UploadEngine's recovery against the real cl-simulator's fault injection (issue 10, 10-16):
// 503/500 at create, complete and status reads; cleanup that is refused; three dropped
// connections in one upload; a session that expires mid-upload; the keep-alive derived from the
// session's expiration_time; a file that changes (or only its bytes) after it was hashed.
// Deterministic: every fault is injected at a known call; backoffs are small.
#include "UploadTestSupport.h"
#include "model/UpdateSession.h"
#include "services/UpdateSessionService.h"

#include <QDateTime>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>

using namespace clu;
using namespace clu::test;

class TestUploadRecovery : public QObject, protected UploadFixture
{
    Q_OBJECT
private:
    UploadRequest request(const QString &itemId, const QStringList &paths)
    {
        return uploadRequest(itemId, paths, std::chrono::milliseconds(100),
                             std::chrono::milliseconds(50));
    }

    // A file name of its own for every test row (the request log is searched by name).
    QString uniqueFile(const char *stem)
    {
        return QStringLiteral("%1-%2.bin").arg(QLatin1String(stem)).arg(++m_files);
    }
    int m_files = 0;

    // Once 100 kB of the upload are sent, every further call matching `match` answers 500 and
    // the user cancels.
    void cancelWhileCallsFail(UploadEngine &engine, const QString &match)
    {
        connect(&engine, &UploadEngine::fileProgress, this,
                [this, &engine, match](const QString &, qint64 sent, qint64, double, qint64) {
                    if (sent > 100000 && engine.isRunning()) {
                        failCalls(match, 100, 500);
                        engine.cancel();
                    }
                });
    }

    // Ends whatever a test left on the item, so later tests find it free.
    void forceEnd(const QString &item)
    {
        m_sim->control("POST", QStringLiteral("/control/reset"));
        for (const QString &id : activeSessions(m_client.get(), item))
            await<void>(
                [&](auto cb) { UpdateSessionService(m_client.get()).cancel(id, nullptr, cb); });
    }

private slots:
    void initTestCase()
    {
        const QString problem = setUpSimulator(true);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void init() { m_sim->control("POST", QStringLiteral("/control/reset")); }

    void unavailableOrErrorAtCompleteLosesNothing_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("count");
        QTest::addColumn<bool>("afterCall");
        QTest::newRow("one 503") << 503 << 1 << false;
        QTest::newRow("five 503s") << 503 << 5 << false; // more than the client resends itself
        QTest::newRow("one 500") << 500 << 1 << false;
        // complete went through, its answer was lost: the repeat (or the session) finds DONE.
        QTest::newRow("done, answered 503") << 503 << 1 << true;
        QTest::newRow("done, answered 500") << 500 << 1 << true;
    }
    void unavailableOrErrorAtCompleteLosesNothing()
    {
        QFETCH(int, status);
        QFETCH(int, count);
        QFETCH(bool, afterCall);
        const QString item = newItem(m_client.get(), m_libraryId, QStringLiteral("file"));
        const QString name = uniqueFile("complete");
        const QString f = writeFile(m_dir.filePath(name), 400000, 'c');
        const int before = countCalls(QStringLiteral("POST"), QStringLiteral("action=complete"));
        failCalls(QStringLiteral("action=complete"), count, status, afterCall);
        UploadEngine engine(m_client.get());
        QStringList sessions;
        connect(&engine, &UploadEngine::sessionCreated, this,
                [&](const QString &id) { sessions.append(id); });
        const UploadOutcome o = runUpload(engine, request(item, { f }));
        CHECK_OUTCOME(o);
        QCOMPARE(sessions.size(), 1);
        QCOMPARE(countPuts(*m_sim, name), 1);
        QCOMPARE(o.item.size, qint64(400000));
        QVERIFY(countCalls(QStringLiteral("POST"), QStringLiteral("action=complete")) - before
                >= (afterCall ? 1 : count + 1));
    }

    void unavailableAtCreateIsResentWithTheSameToken()
    {
        const QString item = newItem(m_client.get(), m_libraryId, QStringLiteral("file"));
        const QString f = writeFile(m_dir.filePath(QStringLiteral("create.bin")), 100000, 'a');
        // The create: POST to the sessions collection itself.
        failCalls(QStringLiteral("^POST /api/content/library/item/update-session$"), 1, 503);
        UploadEngine engine(m_client.get());
        const UploadOutcome o = runUpload(engine, request(item, { f }));
        CHECK_OUTCOME(o);
        QVERIFY(activeSessions(m_client.get(), item).isEmpty());
    }

    void failingStatusReadDoesNotResend_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("count");
        QTest::newRow("four 503s") << 503 << 4;
        QTest::newRow("one 500") << 500 << 1;
        QTest::newRow("three 500s") << 500 << 3;
    }
    void failingStatusReadDoesNotResend()
    {
        QFETCH(int, status);
        QFETCH(int, count);
        const QString item = newItem(m_client.get(), m_libraryId, QStringLiteral("file"));
        const QString name = uniqueFile("status");
        const QString f = writeFile(m_dir.filePath(name), 300000, 's');
        // The status reads of the file (GET …/file/<name>) fail right after the good PUT.
        UploadEngine engine(m_client.get());
        bool armed = false;
        connect(&engine, &UploadEngine::fileStatusChanged, this,
                [&](const QString &, FileTransferStatus st, const QString &) {
                    if (st == FileTransferStatus::Verifying && !armed) {
                        armed = true;
                        failCalls(QStringLiteral("/file/") + name, count, status);
                    }
                });
        const UploadOutcome o = runUpload(engine, request(item, { f }));
        CHECK_OUTCOME(o);
        QVERIFY(armed);
        QCOMPARE(countPuts(*m_sim, name), 1);
    }

    void cleanupFallsBackFromCancelToFail()
    {
        // The user cancels; every cancel answers 500, so the session is failed instead, then
        // deleted: nothing stays ACTIVE.
        const QString item = newItem(m_client.get(), m_libraryId, QStringLiteral("file"));
        const QString f = writeFile(m_dir.filePath(QStringLiteral("cancel.bin")), 3000000, 'x');
        throttle(*m_sim, 500000);
        UploadEngine engine(m_client.get());
        cancelWhileCallsFail(engine, QStringLiteral("action=cancel"));
        const UploadOutcome o = runUpload(engine, request(item, { f }));
        QVERIFY(!o.ok);
        QVERIFY(o.canceled);
        QVERIFY2(o.cleanupProblem.isEmpty(), qPrintable(o.cleanupProblem));
        QVERIFY(activeSessions(m_client.get(), item).isEmpty());
        QVERIFY(countCalls(QStringLiteral("POST"), o.sessionId + QStringLiteral("action=cancel"))
                >= 3);
        QVERIFY(countCalls(QStringLiteral("POST"), o.sessionId + QStringLiteral("action=fail"))
                >= 1);
        const auto ids = sessionIds(m_client.get(), item);
        QVERIFY2(!ids.value.contains(o.sessionId), qPrintable(ids.value.join(',')));
    }

    void cleanupThatCannotDeleteTheSessionSaysSo()
    {
        // Canceled fine, but every DELETE answers 500: the session no longer locks the item,
        // and the outcome says it is still there.
        const QString item = newItem(m_client.get(), m_libraryId, QStringLiteral("file"));
        const QString f = writeFile(m_dir.filePath(uniqueFile("nodelete")), 2000000, 'z');
        throttle(*m_sim, 500000);
        UploadEngine engine(m_client.get());
        cancelWhileCallsFail(engine, QStringLiteral("^DELETE "));
        const UploadOutcome o = runUpload(engine, request(item, { f }));
        QVERIFY(o.canceled);
        QVERIFY2(o.cleanupProblem.contains(o.sessionId)
                     && o.cleanupProblem.contains(QStringLiteral("could not be deleted"))
                     && o.cleanupProblem.contains(QStringLiteral("HTTP 500")),
                 qPrintable(o.cleanupProblem));
        m_sim->control("POST", QStringLiteral("/control/reset"));
        QVERIFY(activeSessions(m_client.get(), item).isEmpty());
    }

    void cleanupThatCannotEndTheSessionSaysSo()
    {
        // Every call on the session answers 500: the upload fails, and the outcome names the
        // session, what was tried and the server's answer.
        const QString item = newItem(m_client.get(), m_libraryId, QStringLiteral("file"));
        const QString f = writeFile(m_dir.filePath(QStringLiteral("stuck.bin")), 200000, 'y');
        UploadEngine engine(m_client.get());
        connect(&engine, &UploadEngine::sessionCreated, this,
                [&](const QString &id) { failCalls(QRegularExpression::escape(id), 1000, 500); });
        UploadRequest req = request(item, { f });
        req.maxRetries = 2;
        const UploadOutcome o = runUpload(engine, req);
        QVERIFY(!o.ok);
        QVERIFY2(o.cleanupProblem.contains(o.sessionId), qPrintable(o.cleanupProblem));
        QVERIFY2(o.cleanupProblem.contains(QStringLiteral("fail"))
                     && o.cleanupProblem.contains(QStringLiteral("cancel"))
                     && o.cleanupProblem.contains(QStringLiteral("HTTP 500")),
                 qPrintable(o.cleanupProblem));
        m_sim->control("POST", QStringLiteral("/control/reset"));
        QCOMPARE(activeSessions(m_client.get(), item), QStringList { o.sessionId });
        forceEnd(item);
    }

    void threeDropsInOneUploadAreLossless()
    {
        m_sim->control("POST", QStringLiteral("/control/drop-upload"),
                       QJsonObject { { "offsets", QJsonArray { 100000, 700000, 1500000 } } });
        QVERIFY(m_sim->lastControlOk());
        const QString item = newItem(m_client.get(), m_libraryId, QStringLiteral("file"));
        const QString f = writeFile(m_dir.filePath(QStringLiteral("drops.bin")), 2000000, 'd');
        UploadEngine engine(m_client.get());
        QStringList sessions;
        connect(&engine, &UploadEngine::sessionCreated, this,
                [&](const QString &id) { sessions.append(id); });
        const UploadOutcome o = runUpload(engine, request(item, { f }));
        CHECK_OUTCOME(o);
        QCOMPARE(sessions.size(), 4);
        QCOMPARE(o.sessionRestarts, 3);
        QCOMPARE(o.item.size, qint64(2000000));
        // One good PUT in the fourth session; each broken one may be followed by a PUT the
        // ERROR session refused before the session was checked.
        QVERIFY(countPuts(*m_sim, QStringLiteral("drops.bin")) >= 4);
        QVERIFY(activeSessions(m_client.get(), item).isEmpty());
    }

    void addRefusedBecauseTheSessionWentToError()
    {
        // The session goes to ERROR (here: failed by someone) just before the second file is
        // added: the add's NOT_ALLOWED_IN_CURRENT_STATE is checked against the session, and
        // the upload starts over in a new one instead of failing (seen in bench-faults when a
        // drop of one file raced the add of the next).
        const QString item = newItem(m_client.get(), m_libraryId, QStringLiteral("file"));
        const QString a = writeFile(m_dir.filePath(uniqueFile("adda")), 200000, 'a');
        const QString b = writeFile(m_dir.filePath(uniqueFile("addb")), 200000, 'b');
        UploadEngine engine(m_client.get());
        QStringList sessions;
        connect(&engine, &UploadEngine::sessionCreated, this,
                [&](const QString &id) { sessions.append(id); });
        bool failed = false;
        connect(
            &engine, &UploadEngine::fileStatusChanged, this,
            [&](const QString &name, FileTransferStatus st, const QString &) {
                if (failed || st != FileTransferStatus::Adding || name != QFileInfo(b).fileName())
                    return;
                failed = true;
                const auto r = await<void>([&](auto cb) {
                    UpdateSessionService(m_client.get())
                        .fail(sessions.last(), QStringLiteral("failed by the test"), nullptr, cb);
                });
                QVERIFY2(r.ok(), qPrintable(r.error.message()));
            });
        UploadRequest req = request(item, { a, b });
        req.concurrency = 1;
        const UploadOutcome o = runUpload(engine, req);
        QVERIFY(failed);
        CHECK_OUTCOME(o);
        QCOMPARE(sessions.size(), 2);
        QCOMPARE(o.item.size, qint64(400000));
        QVERIFY(activeSessions(m_client.get(), item).isEmpty());
    }

    void restartsAreBoundedAndCountedTruthfully()
    {
        m_sim->control("POST", QStringLiteral("/control/drop-upload"),
                       QJsonObject { { "offsets", QJsonArray { 1000, 2000, 3000 } } });
        const QString item = newItem(m_client.get(), m_libraryId, QStringLiteral("file"));
        const QString f = writeFile(m_dir.filePath(QStringLiteral("bounded.bin")), 500000, 'b');
        UploadEngine engine(m_client.get());
        UploadRequest req = request(item, { f });
        req.maxSessionRestarts = 2;
        const UploadOutcome o = runUpload(engine, req);
        QVERIFY(!o.ok);
        QCOMPARE(o.sessionRestarts, 2);
        QVERIFY2(o.summary.contains(QStringLiteral("bounded.bin"))
                     && o.summary.contains(QStringLiteral("after 3 attempt"))
                     && o.summary.contains(QStringLiteral("in 3 sessions"))
                     && o.summary.contains(QStringLiteral("ERROR")),
                 qPrintable(o.summary));
        QVERIFY(activeSessions(m_client.get(), item).isEmpty());
    }

    void sessionExpiredMidUpload_data()
    {
        QTest::addColumn<int>("restarts");
        QTest::newRow("restarted") << 5;
        QTest::newRow("reported") << 0;
    }
    void sessionExpiredMidUpload()
    {
        QFETCH(int, restarts);
        const QString item = newItem(m_client.get(), m_libraryId, QStringLiteral("file"));
        const QString f = writeFile(m_dir.filePath(uniqueFile("expire")), 1500000, 'e');
        throttle(*m_sim, 1000000);
        UploadEngine engine(m_client.get());
        QStringList sessions;
        QString retryDetail;
        connect(&engine, &UploadEngine::sessionCreated, this,
                [&](const QString &id) { sessions.append(id); });
        connect(&engine, &UploadEngine::fileStatusChanged, this,
                [&](const QString &, FileTransferStatus st, const QString &detail) {
                    if (st == FileTransferStatus::Retrying)
                        retryDetail = detail;
                });
        bool expired = false;
        connect(&engine, &UploadEngine::fileProgress, this,
                [&](const QString &, qint64 sent, qint64, double, qint64) {
                    if (!expired && sent > 200000) {
                        expired = true;
                        m_sim->control("POST", QStringLiteral("/control/expire-session"),
                                       QJsonObject { { "session_id", sessions.last() } });
                        throttle(*m_sim, 0);
                    }
                });
        UploadRequest req = request(item, { f });
        req.maxSessionRestarts = restarts;
        const UploadOutcome o = runUpload(engine, req);
        QVERIFY(expired);
        if (restarts > 0) {
            CHECK_OUTCOME(o);
            QCOMPARE(sessions.size(), 2);
            QVERIFY2(retryDetail.contains(QStringLiteral("no longer exists"))
                         && retryDetail.contains(QStringLiteral("HTTP 404")),
                     qPrintable(retryDetail));
            QCOMPARE(o.item.size, qint64(1500000));
        } else {
            QVERIFY(!o.ok);
            QVERIFY2(o.summary.contains(QStringLiteral("expired or was deleted"))
                         && o.summary.contains(QStringLiteral("HTTP 404"))
                         && !o.summary.contains(QStringLiteral("Pipe closed")),
                     qPrintable(o.summary));
        }
        QVERIFY(activeSessions(m_client.get(), item).isEmpty());
    }

    void keepAliveFollowsTheSessionsExpiration()
    {
        // Sessions expire after 3 s idle; the engine's default keep-alive bound is 60 s, yet it
        // keeps the session alive at a third of the time left (about every second).
        ShortSessionSimulator s;
        const QString problem = s.start();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        throttle(s.sim, 1000000);
        const QString f = writeFile(m_dir.filePath(QStringLiteral("ka.bin")), 5000000, 'k');
        UploadEngine engine(s.client.get());
        UploadRequest req = request(s.item, { f });
        QCOMPARE(req.keepAliveInterval, std::chrono::milliseconds(60000));
        const UploadOutcome o = runUpload(engine, req, 120000);
        CHECK_OUTCOME(o);
        const QJsonObject stats = s.sim.control("GET", QStringLiteral("/control/stats")).object();
        // A fixed 60 s interval would make 2 (files stage start, after the file).
        QVERIFY2(stats.value(QLatin1String("keepalive_calls")).toInt() >= 4,
                 qPrintable(QString::fromUtf8(QJsonDocument(stats).toJson())));
    }

    void checksumMismatch_data()
    {
        QTest::addColumn<bool>("keepMtime");
        QTest::addColumn<QString>("reason"); // the simulator's words for the mismatch
        QTest::newRow("file changed: stop") << false << QString();
        QTest::newRow("same stamp, other bytes: hash again") << true << QString();
        // vCenter fails a mismatch like a broken transfer (§8.4): no "checksum" in the message.
        QTest::newRow("same stamp, vCenter's words") << true << QStringLiteral("Pipe closed");
    }
    void checksumMismatch()
    {
        // After hashing (at the first add) the bytes change, same size: the server reports a
        // checksum mismatch. A file whose time stamp moved changed during the upload: stop and
        // say so. One whose stamp did not is hashed again and sent with its real checksum. The
        // mismatch is recognised from the session's file (all bytes arrived, status ERROR), not
        // from the words of the message.
        QFETCH(bool, keepMtime);
        QFETCH(QString, reason);
        if (!reason.isEmpty()) {
            m_sim->control("POST", QStringLiteral("/control/checksum-reason"),
                           QJsonObject { { "reason", reason } });
            QVERIFY(m_sim->lastControlOk());
        }
        const QString item = newItem(m_client.get(), m_libraryId, QStringLiteral("file"));
        const QString path = m_dir.filePath(uniqueFile(keepMtime ? "sum-same" : "sum-changed"));
        writeFile(path, 300000, 'm');
        UploadEngine engine(m_client.get());
        QStringList sessions;
        QStringList details;
        bool changed = false;
        // The bytes change at the first add: its checksum is known by then (the add carries it)
        // and no byte has been sent. At sessionCreated the hash may still be running (content is
        // hashed while the session is created), and then the first attempt would already see
        // the new bytes: a race the full suite on 2 cores lost once.
        connect(&engine, &UploadEngine::fileStatusChanged, this,
                [&](const QString &, FileTransferStatus st, const QString &detail) {
                    if (st == FileTransferStatus::Retrying || st == FileTransferStatus::Failed)
                        details.append(detail);
                    if (st != FileTransferStatus::Adding || changed)
                        return;
                    changed = true;
                    const QDateTime stamp = QFileInfo(path).lastModified();
                    writeFile(path, 300000, 'n');
                    QFile file(path);
                    QVERIFY(file.open(QIODevice::ReadWrite));
                    QVERIFY(file.setFileTime(keepMtime ? stamp : stamp.addSecs(10),
                                             QFileDevice::FileModificationTime));
                });
        connect(&engine, &UploadEngine::sessionCreated, this,
                [&](const QString &id) { sessions.append(id); });
        const UploadOutcome o = runUpload(engine, request(item, { path }));
        if (keepMtime) {
            CHECK_OUTCOME(o);
            QCOMPARE(sessions.size(), 2);
            QCOMPARE(o.item.size, qint64(300000));
            const QString all = details.join(QLatin1Char('\n'));
            QVERIFY2(all.contains(QStringLiteral("received all 300000 bytes")), qPrintable(all));
            if (!reason.isEmpty())
                QVERIFY2(!all.contains(QStringLiteral("hecksum mismatch")), qPrintable(all));
        } else {
            QVERIFY(!o.ok);
            QVERIFY2(o.summary.contains(QStringLiteral("changed during the upload"))
                         && o.summary.contains(path),
                     qPrintable(o.summary));
            QCOMPARE(sessions.size(), 1);
        }
        QVERIFY(activeSessions(m_client.get(), item).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestUploadRecovery)
#include "TestUploadRecovery.moc"
