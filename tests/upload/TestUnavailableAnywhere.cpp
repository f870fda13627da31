// Issue 10, "one 503 anywhere never loses an upload": one SERVICE_UNAVAILABLE answer (and, where
// the client's own resends would hide it, more than those) injected by the real cl-simulator at
// every call type an upload makes: login, item create, session create, file add, the data PUT,
// the file status read, keep-alive, validate, complete, and the session delete; then fail,
// cancel and delete of the cleanup after a failure. The upload ends byte-exact in one session
// (or the cleanup ends and deletes the session), and nothing is left ACTIVE. The signed-package
// calls (preview read, PATCH of the decision and its read-back) are in TestReviewRecovery.
#include "UploadTestSupport.h"
#include "model/UpdateSession.h"
#include "services/UpdateSessionService.h"
#include "upload/SessionCleanup.h"

using namespace clu;
using namespace clu::test;

namespace {
const QString kSessions = QStringLiteral("/api/content/library/item/update-session");
}

class TestUnavailableAnywhere : public QObject, protected UploadFixture
{
    Q_OBJECT
private:
    int m_files = 0;

private slots:
    void initTestCase()
    {
        const QString problem = setUpSimulator(true);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void init() { m_sim->control("POST", QStringLiteral("/control/reset")); }

    void oneUnavailableDuringAnUpload_data()
    {
        QTest::addColumn<QString>("match"); // "METHOD target" as the simulator sees it
        QTest::addColumn<int>("count");
        QTest::newRow("login") << QStringLiteral("^POST /api/session$") << 1;
        QTest::newRow("item create") << QStringLiteral("^POST /api/content/library/item$") << 1;
        QTest::newRow("session create") << QStringLiteral("^POST ") + kSessions + "$" << 1;
        QTest::newRow("file add") << QStringLiteral("^POST ") + kSessions + "/[^/]+/file$" << 1;
        QTest::newRow("data PUT") << QStringLiteral("^PUT /cls/data/") << 1;
        QTest::newRow("status read") << QStringLiteral("^GET ") + kSessions + "/[^/]+/file/" << 1;
        QTest::newRow("keep-alive") << QStringLiteral("action=keep-alive") << 1;
        QTest::newRow("validate") << QStringLiteral("action=validate") << 1;
        QTest::newRow("complete") << QStringLiteral("action=complete") << 1;
        QTest::newRow("delete after DONE") << QStringLiteral("^DELETE ") + kSessions + "/" << 1;
        // More than the client's own three resends: the engine's repeats take over.
        QTest::newRow("complete x5") << QStringLiteral("action=complete") << 5;
        QTest::newRow("status read x5")
            << QStringLiteral("^GET ") + kSessions + "/[^/]+/file/" << 5;
    }
    void oneUnavailableDuringAnUpload()
    {
        QFETCH(QString, match);
        QFETCH(int, count);
        const int before = injectedFailures();
        failCalls(match, count, 503);
        // A login and an item create of their own, as the CLI's `upload --create-item` does.
        std::unique_ptr<RestClient> client = login(true);
        QVERIFY2(client, "login failed");
        const QString item = newItem(client.get(), m_libraryId, QStringLiteral("file"));
        QVERIFY(!item.isEmpty());
        const QString name = QStringLiteral("u503-%1.bin").arg(++m_files);
        const QString path = writeFile(m_dir.filePath(name), 700000, char('a' + m_files));
        UploadEngine engine(client.get());
        QStringList sessions;
        connect(&engine, &UploadEngine::sessionCreated, this,
                [&](const QString &id) { sessions.append(id); });
        UploadRequest req = uploadRequest(item, { path }, std::chrono::milliseconds(100),
                                          std::chrono::milliseconds(50));
        req.keepAliveInterval = std::chrono::milliseconds(300);
        const UploadOutcome o = runUpload(engine, req);
        CHECK_OUTCOME(o);
        QVERIFY2(injectedFailures() - before >= 1, "the 503 never met its call");
        QCOMPARE(sessions.size(), 1);
        QVERIFY2(o.cleanupProblem.isEmpty(), qPrintable(o.cleanupProblem));
        // Byte-exact: the item's file has the local file's size and SHA-1.
        const auto files = itemFiles(client.get(), item);
        QVERIFY2(files.ok() && files.value.size() == 1, qPrintable(files.error.message()));
        QCOMPARE(files.value.first().size, qint64(700000));
        QVERIFY(files.value.first().checksumInfo);
        QCOMPARE(files.value.first().checksumInfo->checksum, sha1Hex(path));
        // The session is gone (deleted), not only ended.
        const auto ids = sessionIds(client.get(), item);
        QVERIFY2(ids.ok() && ids.value.isEmpty(), qPrintable(ids.value.join(',')));
    }

    // The cleanup after a failure (or a user's cancel): its first call answers 503 (once, or
    // more often than the client resends by itself); the session is still ended and deleted.
    void unavailableDuringCleanup_data()
    {
        QTest::addColumn<bool>("cancelFirst");
        QTest::addColumn<QString>("match");
        QTest::addColumn<int>("count");
        QTest::newRow("fail") << false << QStringLiteral("action=fail") << 1;
        QTest::newRow("fail x5") << false << QStringLiteral("action=fail") << 5;
        QTest::newRow("cancel") << true << QStringLiteral("action=cancel") << 1;
        QTest::newRow("cancel x5") << true << QStringLiteral("action=cancel") << 5;
        QTest::newRow("delete") << false << QStringLiteral("^DELETE ") + kSessions + "/" << 1;
        QTest::newRow("delete x5") << true << QStringLiteral("^DELETE ") + kSessions + "/" << 5;
    }
    void unavailableDuringCleanup()
    {
        QFETCH(bool, cancelFirst);
        QFETCH(QString, match);
        QFETCH(int, count);
        const QString item = newItem(m_client.get(), m_libraryId, QStringLiteral("file"));
        const auto created = await<QString>(
            [&](auto cb) { UpdateSessionService(m_client.get()).create(item, {}, nullptr, cb); });
        QVERIFY2(created.ok(), qPrintable(created.error.message()));
        const int before = injectedFailures();
        failCalls(match, count, 503);
        SessionCleanup::Options options;
        options.baseDelay = std::chrono::milliseconds(50);
        SessionCleanup cleanup(m_client.get(), created.value, options);
        QSignalSpy finished(&cleanup, &SessionCleanup::finished);
        cleanup.start(cancelFirst, QStringLiteral("the test ends this upload"));
        QVERIFY(finished.wait(kWaitMs));
        QVERIFY2(injectedFailures() - before >= 1, "the 503 never met its call");
        QVERIFY2(cleanup.released() && cleanup.deleted(), qPrintable(cleanup.report()));
        QVERIFY2(cleanup.report().isEmpty(), qPrintable(cleanup.report()));
        const auto ids = sessionIds(m_client.get(), item);
        QVERIFY2(ids.ok() && ids.value.isEmpty(), qPrintable(ids.value.join(',')));
        // The item is free: a new session can be created.
        const auto again = await<QString>(
            [&](auto cb) { UpdateSessionService(m_client.get()).create(item, {}, nullptr, cb); });
        QVERIFY2(again.ok(), qPrintable(again.error.message()));
        await<void>([&](auto cb) {
            UpdateSessionService(m_client.get()).cancel(again.value, nullptr, cb);
        });
    }
};

QTEST_GUILESS_MAIN(TestUnavailableAnywhere)
#include "TestUnavailableAnywhere.moc"
