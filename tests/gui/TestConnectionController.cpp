// ConnectionController's state machine without a single widget (QCoreApplication only), against
// the real cl-simulator: the right password connects; a wrong one comes back as NeedPassword
// with the server's refusal and the profile kept; a server that is gone ends in Failed with a
// message; the demo starts its own simulator and connects; plain http only when the profile
// allows it.
#include "SimulatorProcess.h"
#include "connection/ConnectionController.h"
#include "connection/ServerConnection.h"
#include "credentials/ProfileStore.h"
#include "demo/DemoServer.h"
#include "net/RestClient.h"
#include "net/TlsPolicy.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

#ifdef Q_OS_UNIX
#include <csignal>
#endif

using namespace clu;
using namespace clu::gui;
using clu::test::SimulatorProcess;
using State = ConnectionController::State;

namespace {
const int kLong = 60000;

// Every state the controller went through, in order, as the signal reported them.
class StateLog : public QObject
{
public:
    explicit StateLog(ConnectionController *c)
    {
        connect(c, &ConnectionController::stateChanged, this, [this, c](State s, State previous) {
            // The signal's "previous" must be the state reported just before.
            if ((!states.isEmpty() && states.last() != previous) || c->state() != s)
                chainBroken = true;
            states.append(s);
        });
    }
    bool waitFor(State s, int timeoutMs = kLong)
    {
        return QTest::qWaitFor([&] { return !states.isEmpty() && states.last() == s; }, timeoutMs);
    }
    QList<State> states;
    bool chainBroken = false;
};

QString names(const QList<State> &states)
{
    QStringList out;
    for (State s : states)
        out << ConnectionController::stateName(s);
    return out.join(QStringLiteral(" → "));
}
} // namespace

class TestConnectionController : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    std::unique_ptr<SimulatorProcess> m_sim;
    // A user of its own, so no keychain entry from another test can answer for it.
    const QString m_user = QStringLiteral("cc-%1@vsphere.local")
                               .arg(QUuid::createUuid().toString(QUuid::Id128).left(12));
    const QString m_password = QStringLiteral("C0ntr0ller!");

    ServerProfile simProfile() const
    {
        ServerProfile p;
        p.name = QStringLiteral("lab");
        p.url = m_sim->baseUrl();
        p.username = m_user;
        p.pinnedThumbprint = TlsPolicy::sha256(m_sim->certificate());
        return p;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_home.path());
        QCoreApplication::setOrganizationName(QStringLiteral("cl-uploader-test"));
        QCoreApplication::setApplicationName(QStringLiteral("TestConnectionController"));
        m_sim = std::make_unique<SimulatorProcess>(
            QStringList { QStringLiteral("--users"), m_user + QLatin1Char(':') + m_password });
        QVERIFY2(m_sim->start(), qPrintable(m_sim->errorString()));
    }

    void rightPasswordConnects()
    {
        ConnectionController c;
        StateLog log(&c);
        QCOMPARE(c.state(), State::Disconnected);
        c.connectWith(simProfile(), m_password);
        // Leaving mid-login is refused: the login's late answer would log in behind it.
        c.disconnectFromServer();
        QCOMPARE(c.state(), State::LoggingIn);
        QVERIFY2(log.waitFor(State::Connected), qPrintable(names(log.states) + c.message()));
        QCOMPARE(log.states, QList<State>({ State::LoggingIn, State::Connected }));
        QVERIFY(!log.chainBroken);
        QVERIFY(c.isConnected());
        QVERIFY(c.connection()->isConnected());
        QCOMPARE(c.connection()->client()->username(), m_user);
        QVERIFY(c.message().isEmpty());

        c.disconnectFromServer();
        QVERIFY(log.waitFor(State::Disconnected));
        QVERIFY(!c.connection()->isConnected());
    }

    void wrongPasswordAsksAgainKeepingTheProfile()
    {
        ConnectionController c;
        StateLog log(&c);
        QSignalSpy asked(&c, &ConnectionController::passwordNeeded);
        c.connectWith(simProfile(), QStringLiteral("not-the-password"));
        QVERIFY2(log.waitFor(State::NeedPassword), qPrintable(names(log.states)));
        QCOMPARE(log.states, QList<State>({ State::LoggingIn, State::NeedPassword }));
        // Precise: who refused what, and where to fix it.
        QVERIFY2(c.message().contains(m_sim->baseUrl().host())
                     && c.message().contains(QStringLiteral("refused the user name or password")),
                 qPrintable(c.message()));
        QVERIFY(c.lastError().isUnauthenticated() || c.lastError().httpStatus == 401);
        QVERIFY(!c.connection()->isConnected());
        // The profile is still the one tried: only the password is missing.
        QCOMPARE(c.profile(), simProfile());
        // A refusal is reported, not answered with a dialog on top of the error.
        QCOMPARE(asked.count(), 0);

        c.providePassword(m_password, false);
        QVERIFY2(log.waitFor(State::Connected), qPrintable(names(log.states) + c.message()));
        QCOMPARE(c.profile(), simProfile());
        QVERIFY(!log.chainBroken);
    }

    void savedProfileWithoutPasswordAsksForIt()
    {
        ProfileStore store;
        ServerProfile p = simProfile();
        p.name = QStringLiteral("saved-lab");
        QCOMPARE(store.save(p), QString());

        ConnectionController c;
        StateLog log(&c);
        QSignalSpy asked(&c, &ConnectionController::passwordNeeded);
        c.connectProfile(p.name);
        QVERIFY2(log.waitFor(State::NeedPassword), qPrintable(names(log.states)));
        QCOMPARE(log.states.first(), State::ReadingKeychain);
        QCOMPARE(asked.count(), 1);
        QCOMPARE(asked.at(0).at(0).value<ServerProfile>().name, p.name);

        // Cancelling the question leaves nothing half-done.
        c.cancelPassword();
        QCOMPARE(c.state(), State::Disconnected);

        c.connectProfile(p.name);
        QVERIFY(log.waitFor(State::NeedPassword));
        c.providePassword(m_password, false);
        QVERIFY2(log.waitFor(State::Connected), qPrintable(names(log.states) + c.message()));
        QCOMPARE(store.lastUsed(), p.name);

        // Typed once in this run: the next connect needs no question.
        c.disconnectFromServer();
        QVERIFY(log.waitFor(State::Disconnected));
        log.states.clear();
        c.connectProfile(p.name);
        QVERIFY(log.waitFor(State::Connected));
        QCOMPARE(log.states, QList<State>({ State::LoggingIn, State::Connected }));
        QCOMPARE(asked.count(), 2);
        QVERIFY(!log.chainBroken);
    }

    void serverGoneFailsWithAMessage()
    {
        SimulatorProcess gone;
        QVERIFY2(gone.start(), qPrintable(gone.errorString()));
        ServerProfile p;
        p.name = QStringLiteral("gone");
        p.url = gone.baseUrl();
        p.username = gone.username();
        p.pinnedThumbprint = TlsPolicy::sha256(gone.certificate());
        const QString password = gone.password();
        gone.stop();

        ConnectionController c;
        StateLog log(&c);
        c.connectWith(p, password);
        QVERIFY2(log.waitFor(State::Failed), qPrintable(names(log.states)));
        QCOMPARE(log.states, QList<State>({ State::LoggingIn, State::Failed }));
        QVERIFY2(c.message().contains(p.url.authority())
                     && c.message().contains(QStringLiteral("connection refused")),
                 qPrintable(c.message()));
        QCOMPARE(c.lastError().kind, ApiError::Kind::ConnectionRefused);
        QCOMPARE(c.profile(), p);
        QVERIFY(!c.connection()->isConnected());
    }

    void demoStartsAndConnects()
    {
        ConnectionController c;
        StateLog log(&c);
        QSignalSpy started(&c, &ConnectionController::demoStarted);
        c.startDemo(qEnvironmentVariable("CLU_SIMULATOR"));
        QCOMPARE(c.state(), State::StartingDemo);
        QVERIFY2(log.waitFor(State::Connected), qPrintable(names(log.states) + c.message()));
        QCOMPARE(log.states,
                 QList<State>({ State::StartingDemo, State::LoggingIn, State::Connected }));
        QCOMPARE(started.count(), 1);
        QVERIFY(c.isDemo());
        QCOMPARE(c.profile().url, c.demoProfile().url);
        // The demo's certificate is pinned from its data directory, never asked about.
        QCOMPARE(c.connection()->tlsPolicy()->pin(c.profile().host()),
                 c.demoProfile().pinnedThumbprint);
    }

    // The demo's simulator ends while we are connected (killed, crashed): Failed, saying so;
    // Connect on the demo entry then starts a new one.
    void demoEndingMidSessionFailsAndConnectRestartsIt()
    {
#ifndef Q_OS_UNIX
        QSKIP("ends the simulator with SIGKILL");
#else
        ConnectionController c;
        StateLog log(&c);
        c.startDemo(qEnvironmentVariable("CLU_SIMULATOR"));
        QVERIFY2(log.waitFor(State::Connected), qPrintable(names(log.states) + c.message()));
        const qint64 pid = c.demoServer()->processId();
        QVERIFY(pid > 0);
        const QString dataDir = c.demoServer()->dataDir();
        QVERIFY(QFileInfo::exists(dataDir + QStringLiteral("/tls/key.pem")));
        log.states.clear();
        QVERIFY(::kill(pid_t(pid), SIGKILL) == 0);
        QVERIFY2(log.waitFor(State::Failed), qPrintable(names(log.states)));
        // Killed, the simulator could not remove its TLS private key; the GUI did.
        QVERIFY2(!QFileInfo::exists(dataDir), qPrintable(dataDir));
        QCOMPARE(log.states, QList<State>({ State::Failed }));
        QVERIFY2(c.message().contains(QStringLiteral("demo server")), qPrintable(c.message()));

        c.connectProfile(ConnectionController::demoKey());
        QVERIFY2(log.waitFor(State::Connected), qPrintable(names(log.states) + c.message()));
        QCOMPARE(log.states,
                 QList<State>(
                     { State::Failed, State::StartingDemo, State::LoggingIn, State::Connected }));
        QVERIFY(c.demoServer()->processId() != pid);
        QVERIFY(c.connection()->isConnected());
        QVERIFY(!log.chainBroken);
#endif
    }

    void demoWithoutSimulatorFails()
    {
        ConnectionController c;
        StateLog log(&c);
        c.startDemo(QStringLiteral("/nonexistent/cl-simulator"));
        QVERIFY2(log.waitFor(State::Failed, 20000), qPrintable(names(log.states)));
        QCOMPARE(log.states, QList<State>({ State::StartingDemo, State::Failed }));
        QVERIFY2(c.message().contains(QStringLiteral("/nonexistent/cl-simulator")),
                 qPrintable(c.message()));
        QVERIFY(!c.isDemo());
    }

    // Issue 10 #1: http:// only when the profile says so, per connection, no environment.
    void plainHttpOnlyWhenTheProfileAllowsIt()
    {
        QVERIFY(qEnvironmentVariableIsEmpty("CLU_ALLOW_HTTP"));
        SimulatorProcess http({ QStringLiteral("--http") });
        QVERIFY2(http.start(), qPrintable(http.errorString()));
        QCOMPARE(http.baseUrl().scheme(), QStringLiteral("http"));
        ServerProfile p;
        p.name = QStringLiteral("plain-lab");
        p.url = http.baseUrl();
        p.username = http.username();

        ConnectionController c;
        StateLog log(&c);
        c.connectWith(p, http.password());
        QVERIFY(log.waitFor(State::Failed));
        QVERIFY2(c.message().contains(QStringLiteral("plain http"))
                     && c.message().contains(QStringLiteral("Allow plain http (lab only)")),
                 qPrintable(c.message()));
        QVERIFY(!c.connection()->client()->isLoggedIn());

        p.allowPlainHttp = true;
        c.connectWith(p, http.password());
        QVERIFY2(log.waitFor(State::Connected), qPrintable(c.message()));
        QVERIFY(c.connection()->client()->allowPlainHttp());

        // The next profile is https again: the permission went with the http profile.
        c.connectWith(simProfile(), m_password);
        QVERIFY(log.waitFor(State::Connected));
        QVERIFY(!c.connection()->client()->allowPlainHttp());
    }
};

QTEST_GUILESS_MAIN(TestConnectionController)
#include "TestConnectionController.moc"
