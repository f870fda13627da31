// cl-simulator over real HTTPS: how long update sessions live: expiry after the session timeout
// and keep-alive pushing it out, /control/expire-session, state that survives a restart with
// --data-dir, and terminal sessions garbage-collected after --gc-after.
#include "SimClient.h"
#include "SimulatorProcess.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace clu::test;

namespace {
const QString kApiSessions = QStringLiteral("/api/content/library/item/update-session");
} // namespace

class TestSimSessionLifetime : public QObject
{
    Q_OBJECT
private slots:
    void expiryAndRefresh();
    void stateSurvivesRestart();
    void terminalSessionsGarbageCollected();
};

void TestSimSessionLifetime::expiryAndRefresh()
{
    SimulatorProcess sim({ QStringLiteral("--session-timeout"), QStringLiteral("3") });
    QVERIFY2(sim.start(), qPrintable(sim.errorString()));
    SimClient c(sim);
    QVERIFY(c.login());
    const QString lib = c.createLibrary(QStringLiteral("L"));
    const QString item = c.createItem(lib, QStringLiteral("i"));
    const QString sid = c.createSession(item);
    QCOMPARE(c.push(sid, QStringLiteral("a.bin"), "abc").put.status, 200);
    const QDateTime exp1 = QDateTime::fromString(
        c.getSession(sid).value(QLatin1String("expiration_time")).toString(), Qt::ISODateWithMs);
    // keep-alive pushes the expiration out and keeps the session past the timeout
    for (int i = 0; i < 4; ++i) {
        QTest::qWait(1000);
        QCOMPARE(c.call("POST", SimClient::sessionPath(sid) + QStringLiteral("?action=keep-alive"))
                     .status,
                 204);
    }
    const QDateTime exp2 = QDateTime::fromString(
        c.getSession(sid).value(QLatin1String("expiration_time")).toString(), Qt::ISODateWithMs);
    QVERIFY(exp2 > exp1);
    // left idle: it expires, the id is gone and nothing reached the item
    QTRY_COMPARE_WITH_TIMEOUT(
        c.call("GET", kApiSessions + QStringLiteral("?library_item_id=") + item).arr().size(), 0,
        15000);
    QCOMPARE(c.call("GET", SimClient::sessionPath(sid)).status, 404);
    QCOMPARE(c.call("GET", QStringLiteral("/api/content/library/item/") + item)
                 .obj()
                 .value(QLatin1String("size"))
                 .toInteger(),
             0);
    // control: expire a session now
    const QString s2 = c.createSession(item);
    sim.control("POST", QStringLiteral("/control/expire-session"),
                { { QStringLiteral("session_id"), s2 } });
    QVERIFY2(sim.lastControlOk(), qPrintable(sim.lastControlError()));
    QCOMPARE(c.call("GET", SimClient::sessionPath(s2)).status, 404);
    sim.control("POST", QStringLiteral("/control/expire-session"),
                { { QStringLiteral("session_id"), s2 } });
    QVERIFY(!sim.lastControlOk());
    QVERIFY(!c.createSession(item).isEmpty()); // the item is free again
}

void TestSimSessionLifetime::stateSurvivesRestart()
{
    QTemporaryDir dir;
    SimulatorProcess sim({ QStringLiteral("--data-dir"), dir.path() });
    QVERIFY2(sim.start(), qPrintable(sim.errorString()));
    SimClient c(sim);
    QVERIFY(c.login());
    const QString lib = c.createLibrary(QStringLiteral("Persistent"));
    const QString item = c.createItem(lib, QStringLiteral("i"));
    const QString sid = c.createSession(item);
    QCOMPARE(c.push(sid, QStringLiteral("a.bin"), "data").put.status, 200);
    QCOMPARE(
        c.call("POST", SimClient::sessionPath(sid) + QStringLiteral("?action=complete")).status,
        204);
    const QString open = c.createSession(c.createItem(lib, QStringLiteral("j")));
    QVERIFY2(sim.restart(), qPrintable(sim.errorString()));
    QVERIFY(QFile::exists(dir.path() + QStringLiteral("/state.json")));
    SimClient c2(sim);
    QCOMPARE(c2.call("GET", QStringLiteral("/api/content/library")).status,
             401); // logins do not survive
    QVERIFY(c2.login());
    QCOMPARE(c2.call("GET", QStringLiteral("/api/content/library/") + lib)
                 .obj()
                 .value(QLatin1String("name"))
                 .toString(),
             QStringLiteral("Persistent"));
    const QJsonObject it =
        c2.call("GET", QStringLiteral("/api/content/library/item/") + item).obj();
    QCOMPARE(it.value(QLatin1String("size")).toInteger(), 4);
    QCOMPARE(it.value(QLatin1String("content_version")).toString(), QStringLiteral("2"));
    QCOMPARE(c2.getSession(sid).value(QLatin1String("state")).toString(), QStringLiteral("DONE"));
    QCOMPARE(c2.getSession(open).value(QLatin1String("state")).toString(),
             QStringLiteral("ACTIVE"));
}

void TestSimSessionLifetime::terminalSessionsGarbageCollected()
{
    SimulatorProcess sim({ QStringLiteral("--gc-after"), QStringLiteral("1") });
    QVERIFY2(sim.start(), qPrintable(sim.errorString()));
    SimClient c(sim);
    QVERIFY(c.login());
    const QString item = c.createItem(c.createLibrary(QStringLiteral("L")), QStringLiteral("i"));
    const QString done = c.createSession(item);
    QCOMPARE(
        c.call("POST", SimClient::sessionPath(done) + QStringLiteral("?action=complete")).status,
        204);
    const QString active = c.createSession(item);
    QCOMPARE(c.getSession(done).value(QLatin1String("state")).toString(), QStringLiteral("DONE"));
    // the DONE session disappears on its own; the ACTIVE one is untouched
    QTRY_COMPARE_WITH_TIMEOUT(c.call("GET", SimClient::sessionPath(done)).status, 404, 15000);
    QCOMPARE(c.getSession(active).value(QLatin1String("state")).toString(),
             QStringLiteral("ACTIVE"));
}

QTEST_GUILESS_MAIN(TestSimSessionLifetime)
#include "TestSimSessionLifetime.moc"
