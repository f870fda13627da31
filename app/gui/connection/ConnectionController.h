#pragma once

#include "credentials/CredentialStore.h"
#include "credentials/ProfileStore.h"
#include "credentials/ServerProfile.h"
#include "model/ApiError.h"

#include <QHash>
#include <QObject>
#include <QSet>

namespace clu::gui {

class DemoServer;
class ServerConnection;

// Who the window is logged in to, and how it gets there: profiles, passwords (typed, from the
// keychain, refused), the demo server and the login itself, as one explicit state machine.
// No widgets: what needs the user (a password) is asked for with passwordNeeded() and answered
// with providePassword()/cancelPassword(), so the whole flow is testable without a screen.
//
//   Disconnected ─connectProfile─▶ ReadingKeychain ─found─▶ LoggingIn ─ok─▶ Connected
//        │                              └─none─▶ NeedPassword ─provide─▶ LoggingIn
//        └─startDemo─▶ StartingDemo ─up─▶ LoggingIn          LoggingIn ─401─▶ NeedPassword
//                                   └─fails─▶ Failed         LoggingIn ─other error─▶ Failed
//   Connected ─disconnectFromServer─▶ Disconnected
// Every change of state goes through transition(), which emits stateChanged().
class ConnectionController : public QObject
{
    Q_OBJECT
public:
    enum class State {
        Disconnected,
        StartingDemo,
        ReadingKeychain,
        NeedPassword,
        LoggingIn,
        Connected,
        Failed
    };
    Q_ENUM(State)

    explicit ConnectionController(QObject *parent = nullptr);
    ~ConnectionController() override;

    // The profile-selector key of the demo server (never a valid profile name).
    static QString demoKey();
    static QString stateName(State state);

    State state() const { return m_state; }
    bool isConnected() const { return m_state == State::Connected; }
    // The profile being connected, connected, or last tried; kept through NeedPassword/Failed.
    ServerProfile profile() const { return m_profile; }
    // Why the last attempt ended in NeedPassword or Failed (translated); empty otherwise.
    QString message() const { return m_message; }
    ApiError lastError() const { return m_lastError; }
    bool isDemo() const { return m_demoProfile.url.isValid(); }
    ServerProfile demoProfile() const { return m_demoProfile; }

    ServerConnection *connection() const { return m_connection; }
    // The demo's simulator process, once startDemo() was called (else nullptr).
    DemoServer *demoServer() const { return m_demo; }
    ProfileStore *profiles() { return &m_profileStore; }
    CredentialStore *credentials() { return &m_credentials; }

    // Connects the saved profile `name` (or demoKey()): a password typed earlier in this run,
    // else the keychain's, else passwordNeeded(). A profile that does not validate → Failed.
    void connectProfile(const QString &name);
    // Connects with a known password (tests, the demo).
    void connectWith(const ServerProfile &profile, const QString &password);
    // Answers passwordNeeded(): logs in; `remember` puts the password into the keychain once
    // the server has accepted it (a typo never lands there).
    void providePassword(const QString &password, bool remember);
    void cancelPassword();
    // Starts the bundled simulator with demo content and connects to it.
    void startDemo(const QString &simulatorPath = {});
    void disconnectFromServer();
    // Passwords typed in the profiles dialog without "remember" (profile name → password).
    void addSessionPasswords(const QHash<QString, QString> &passwords);

signals:
    void stateChanged(clu::gui::ConnectionController::State state,
                      clu::gui::ConnectionController::State previous);
    // The user must type the password of `profile`; `note` says why (may be empty).
    void passwordNeeded(const clu::ServerProfile &profile, const QString &note);
    // Something worth a line in the status bar (pinned a certificate, keychain result).
    void notice(const QString &text, bool problem);
    void demoStarted();

private:
    // The one place m_state changes.
    void transition(State to, const QString &message = {}, const ApiError &error = {});
    void askPassword(const QString &note);
    void login(const QString &password);
    void onConnected();
    void onConnectFailed(const ApiError &error, const QString &message);
    void onPinned(const QString &host, const QString &sha256Hex);

    ServerConnection *m_connection;
    ProfileStore m_profileStore;
    CredentialStore m_credentials;
    DemoServer *m_demo = nullptr;
    State m_state = State::Disconnected;
    ServerProfile m_profile;
    QString m_message;
    ApiError m_lastError;
    ServerProfile m_demoProfile;
    QString m_demoPassword;
    QHash<QString, QString> m_sessionPasswords; // typed this run, accepted or not yet tried
    QString m_pendingPassword; // the one the current login uses
    bool m_rememberAfterLogin = false;
    bool m_passwordFromKeychain = false;
    QSet<QString> m_refusedSavedPassword; // profiles whose saved password the server refused
};

} // namespace clu::gui
