// Recovery while a signed package waits for the user's signer/warning decision (issue 10): the
// session expires, is failed or a call around the review answers 503/500 while the question is
// open, and a connection drops right before or right after it. Against the real cl-simulator's
// fault injection; the "user" answers when the test says so. Each case must end lossless with
// nothing left ACTIVE, and the question must be asked again only for a session that did not
// get the answer.
#include "UploadTestSupport.h"
#include "model/UpdateSession.h"
#include "ovf/PackageBuilder.h"
#include "services/UpdateSessionService.h"

using namespace clu;
using namespace clu::test;
namespace simovf = clu::sim::ovf;

namespace {

// The front end's side: every question the engine asks, answered when the test decides.
struct Reviewer
{
    QList<PreviewInfo> previews;
    QList<std::function<void(WarningDecision)>> answers;
    QStringList askedFor; // the engine's session id at each question
    std::function<void(int question)> onAsk;

    void attach(UploadEngine &engine)
    {
        engine.setDecisionCallback(
            [this, &engine](const PreviewInfo &p, std::function<void(WarningDecision)> answer) {
                previews.append(p);
                answers.append(std::move(answer));
                askedFor.append(engine.sessionId());
                if (onAsk)
                    onAsk(int(answers.size()));
            });
    }
    // Ignores every warning of question `n` (1-based).
    void accept(int n) { answers.at(n - 1)(ignoringAll(previews.at(n - 1))); }
    int asked() const { return int(answers.size()); }
};

} // namespace

class TestReviewRecovery : public QObject, protected UploadFixture
{
    Q_OBJECT
private:
    std::optional<simovf::BuiltPackage> m_pkg;
    int m_packages = 0;

    UploadRequest request(const QString &itemId)
    {
        UploadRequest r = uploadRequest(itemId, { m_pkg->ovfPath }, std::chrono::milliseconds(100),
                                        std::chrono::milliseconds(50));
        // A session that expires while the user decides is noticed by the next keep-alive.
        r.keepAliveInterval = std::chrono::milliseconds(300);
        return r;
    }

    QString disk() const { return QFileInfo(m_pkg->diskPaths.first()).fileName(); }

    // The outcome of a run that must have recovered: the item holds the package, every disk
    // went once in the last session, and no session is left ACTIVE.
    void checkLossless(const UploadOutcome &o, const QString &item, int sessions)
    {
        CHECK_OUTCOME(o);
        QCOMPARE(o.sessionRestarts, sessions - 1);
        QVERIFY(o.preview.has_value());
        QVERIFY(o.preview->blockingWarnings().isEmpty());
        const auto files = itemFiles(m_client.get(), item);
        QVERIFY2(files.ok(), qPrintable(files.error.message()));
        QHash<QString, qint64> sizes;
        for (const ItemFile &f : files.value)
            sizes.insert(f.name, f.size);
        for (const QString &path : m_pkg->diskPaths)
            QCOMPARE(sizes.value(QFileInfo(path).fileName(), -1), QFileInfo(path).size());
        QVERIFY(activeSessions(m_client.get(), item).isEmpty());
    }

private slots:
    void initTestCase()
    {
        const QString problem = setUpSimulator(true);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    // A package of its own for every test row: the simulator's request log is searched by file
    // name.
    void init()
    {
        m_sim->control("POST", QStringLiteral("/control/reset"));
        const QString tag = QStringLiteral("review%1").arg(++m_packages);
        simovf::PackageSpec spec;
        spec.baseName = tag;
        spec.signing = simovf::PackageSigning::SelfSigned;
        spec.validity = simovf::CertificateValidity::Valid;
        spec.diskSizes = { 600000, 70000 };
        QString error;
        m_pkg = simovf::PackageBuilder::build(spec, m_dir.filePath(tag), &error);
        QVERIFY2(m_pkg, qPrintable(error));
    }

    // The session expires while the question is open. `when` the user answers:
    //  late       after the engine started over and asked again: the second question is answered
    //  early      right after the expiry, before the engine noticed: the PATCH finds no session,
    //             and the answer is applied to the new one without asking again
    //  meanwhile  while the new session is being prepared: applied to it when its preview is
    //             ready, without asking again
    void expiryWhileDeciding_data()
    {
        QTest::addColumn<QString>("when");
        QTest::newRow("answered after asked again") << QStringLiteral("late");
        QTest::newRow("answered before it was noticed") << QStringLiteral("early");
        QTest::newRow("answered while starting over") << QStringLiteral("meanwhile");
    }
    void expiryWhileDeciding()
    {
        QFETCH(QString, when);
        const QString item = newItem(m_client.get(), m_libraryId, QStringLiteral("ovf"));
        UploadEngine engine(m_client.get());
        Reviewer reviewer;
        reviewer.attach(engine);
        QStringList sessions;
        connect(&engine, &UploadEngine::sessionCreated, this, [&](const QString &id) {
            sessions.append(id);
            if (when == QLatin1String("meanwhile") && sessions.size() == 2)
                reviewer.accept(1);
        });
        reviewer.onAsk = [&](int n) {
            if (n == 1) {
                m_sim->control("POST", QStringLiteral("/control/expire-session"),
                               QJsonObject { { "session_id", sessions.last() } });
                QVERIFY(m_sim->lastControlOk());
                if (when == QLatin1String("early"))
                    reviewer.accept(1);
            } else if (when == QLatin1String("late")) {
                reviewer.accept(n);
            }
        };
        const UploadOutcome o = runUpload(engine, request(item));
        checkLossless(o, item, 2);
        QCOMPARE(reviewer.asked(), when == QLatin1String("late") ? 2 : 1);
        if (when == QLatin1String("late"))
            QCOMPARE(reviewer.askedFor, sessions);
        // The decision reached the session that completed, PATCHed and read back.
        QVERIFY(countCalls(QStringLiteral("PATCH"), sessions.last()) >= 1);
        QCOMPARE(countPuts(*m_sim, disk()), 1);
    }

    // The session goes to ERROR while the question is open (here: someone fails it): the
    // keep-alive is refused, the engine starts over and asks again for the new session.
    void sessionFailedWhileDeciding()
    {
        const QString item = newItem(m_client.get(), m_libraryId, QStringLiteral("ovf"));
        UploadEngine engine(m_client.get());
        Reviewer reviewer;
        reviewer.attach(engine);
        QStringList sessions;
        connect(&engine, &UploadEngine::sessionCreated, this,
                [&](const QString &id) { sessions.append(id); });
        reviewer.onAsk = [&](int n) {
            if (n == 1) {
                UpdateSessionService(m_client.get())
                    .fail(sessions.last(), QStringLiteral("failed by the test"), nullptr,
                          [](const Result<void> &r) { QVERIFY(r.ok()); });
                return;
            }
            reviewer.accept(n);
        };
        const UploadOutcome o = runUpload(engine, request(item));
        checkLossless(o, item, 2);
        QCOMPARE(reviewer.asked(), 2);
        QCOMPARE(countPuts(*m_sim, disk()), 1);
    }

    // One failing answer on each call made while the question is open or right after it: the
    // preview read, a keep-alive, the PATCH of the decision (refused, or carried out and its
    // answer lost) and the session read that verifies it. Nothing is sent twice, one session.
    void failingCallAroundTheReview_data()
    {
        QTest::addColumn<QString>("match");
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("afterCall");
        QTest::addColumn<bool>("armAtAsk"); // else when the preview is awaited
        const QString sessionRead = QStringLiteral("^GET /api/content/library/item/"
                                                   "update-session/[^/?]+$");
        QTest::newRow("preview read 503") << sessionRead << 1 << 503 << false << false;
        // Two: the keep-alive's own read of the expiration time may take the first.
        QTest::newRow("preview read 500") << sessionRead << 2 << 500 << false << false;
        QTest::newRow("keep-alives 503")
            << QStringLiteral("action=keep-alive") << 6 << 503 << false << true;
        QTest::newRow("PATCH 503") << QStringLiteral("^PATCH ") << 1 << 503 << false << true;
        QTest::newRow("PATCH 500") << QStringLiteral("^PATCH ") << 1 << 500 << false << true;
        QTest::newRow("PATCH done, answered 503")
            << QStringLiteral("^PATCH ") << 1 << 503 << true << true;
        QTest::newRow("read-back 500") << sessionRead << 2 << 500 << false << true;
    }
    void failingCallAroundTheReview()
    {
        QFETCH(QString, match);
        QFETCH(int, count);
        QFETCH(int, status);
        QFETCH(bool, afterCall);
        QFETCH(bool, armAtAsk);
        const QString item = newItem(m_client.get(), m_libraryId, QStringLiteral("ovf"));
        UploadEngine engine(m_client.get());
        Reviewer reviewer;
        reviewer.attach(engine);
        connect(&engine, &UploadEngine::stageChanged, this, [&](UploadStage s) {
            if (s == UploadStage::WaitingForPreview && !armAtAsk)
                failCalls(match, count, status, afterCall);
        });
        const int before = injectedFailures();
        reviewer.onAsk = [&](int n) {
            if (!armAtAsk) {
                reviewer.accept(n);
                return;
            }
            failCalls(match, count, status, afterCall);
            // The keep-alives fail for a while before the user answers.
            QTimer::singleShot(match.contains(QLatin1String("keep-alive")) ? 1500 : 0, this,
                               [&reviewer, n]() { reviewer.accept(n); });
        };
        const UploadOutcome o = runUpload(engine, request(item));
        checkLossless(o, item, 1);
        QCOMPARE(reviewer.asked(), 1);
        QCOMPARE(countPuts(*m_sim, disk()), 1);
        QVERIFY2(injectedFailures() - before >= 1, "the fault never met its call");
    }

    // A connection dropped right before the review (the descriptor's PUT) or right after it
    // (the first disk): the run starts over; the question is asked once, and the answer is
    // re-applied (PATCH) to the new session.
    void dropAroundTheReview_data()
    {
        QTest::addColumn<bool>("afterAnswer");
        QTest::newRow("descriptor dropped") << false;
        QTest::newRow("first disk dropped") << true;
    }
    void dropAroundTheReview()
    {
        QFETCH(bool, afterAnswer);
        const QString item = newItem(m_client.get(), m_libraryId, QStringLiteral("ovf"));
        UploadEngine engine(m_client.get());
        // .mf and .cert go whole, the .ovf breaks after 100 bytes (in the first session).
        const QString descriptor = QFileInfo(m_pkg->ovfPath).fileName();
        bool armed = false;
        connect(&engine, &UploadEngine::fileStatusChanged, this,
                [&](const QString &name, FileTransferStatus st, const QString &) {
                    if (!afterAnswer && !armed && name == descriptor
                        && st == FileTransferStatus::Adding) {
                        armed = true;
                        m_sim->control("POST", QStringLiteral("/control/drop-upload"),
                                       QJsonObject { { "after_bytes", 100 }, { "count", 1 } });
                    }
                });
        Reviewer reviewer;
        reviewer.attach(engine);
        QStringList sessions;
        connect(&engine, &UploadEngine::sessionCreated, this,
                [&](const QString &id) { sessions.append(id); });
        reviewer.onAsk = [&](int n) {
            if (afterAnswer) {
                m_sim->control("POST", QStringLiteral("/control/drop-upload"),
                               QJsonObject { { "after_bytes", 5000 }, { "count", 1 } });
                QVERIFY(m_sim->lastControlOk());
            }
            reviewer.accept(n);
        };
        const UploadOutcome o = runUpload(engine, request(item));
        checkLossless(o, item, 2);
        QVERIFY(afterAnswer || armed);
        QCOMPARE(reviewer.asked(), 1);
        QCOMPARE(countCalls(QStringLiteral("PATCH"), sessions.last()), 1);
        if (afterAnswer)
            QCOMPARE(countCalls(QStringLiteral("PATCH"), sessions.first()), 1);
    }
};

QTEST_GUILESS_MAIN(TestReviewRecovery)
#include "TestReviewRecovery.moc"
