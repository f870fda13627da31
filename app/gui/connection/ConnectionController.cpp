#include "connection/ConnectionController.h"

#include "GuiLogging.h"
#include "connection/ServerConnection.h"
#include "demo/DemoServer.h"
#include "net/TlsPolicy.h"

#include <QMetaEnum>

namespace clu::gui {

ConnectionController::ConnectionController(QObject *parent)
    : QObject(parent)
    , m_connection(new ServerConnection(this))
{
    connect(m_connection, &ServerConnection::connected, this, &ConnectionController::onConnected);
    connect(m_connection, &ServerConnection::connectFailed, this,
            &ConnectionController::onConnectFailed);
    connect(m_connection, &ServerConnection::disconnected, this,
            [this] { transition(State::Disconnected); });
    connect(m_connection->tlsPolicy(), &TlsPolicy::pinned, this, &ConnectionController::onPinned);
}

ConnectionController::~ConnectionController() = default;

QString ConnectionController::demoKey()
{
    // A control character cannot be typed into a profile name, so no profile can clash.
    return QStringLiteral("\x01demo");
}

QString ConnectionController::stateName(State state)
{
    return QString::fromLatin1(QMetaEnum::fromType<State>().valueToKey(int(state)));
}

void ConnectionController::transition(State to, const QString &message, const ApiError &error)
{
    const State from = m_state;
    m_state = to;
    m_message = message;
    m_lastError = error;
    qCInfo(lcGui).noquote() << "connection:" << stateName(from) << "→" << stateName(to)
                            << m_profile.name;
    emit stateChanged(to, from);
}

void ConnectionController::connectProfile(const QString &name)
{
    if (name == demoKey()) {
        // A demo server that ended (crashed, killed) is started again, not logged in to.
        if (!m_demo || !m_demo->isRunning()) {
            startDemo();
            return;
        }
        connectWith(m_demoProfile, m_demoPassword);
        return;
    }
    const ServerProfile p = m_profileStore.profile(name);
    m_profile = p;
    m_passwordFromKeychain = false;
    m_rememberAfterLogin = false;
    if (const QString why = p.validate(); !why.isEmpty()) {
        transition(State::Failed, tr("Profile %1 cannot be used: %2").arg(p.name, why));
        return;
    }
    m_profileStore.setLastUsed(p.name);
    if (m_sessionPasswords.contains(p.name)) {
        login(m_sessionPasswords.value(p.name));
        return;
    }
    // A saved password the server refused last time (changed on the server since) is not
    // tried again: ask, and replace it in the keychain once the new one is accepted.
    if (m_refusedSavedPassword.contains(p.name)) {
        askPassword(
            tr("The server refused the password saved for %1; enter the current one.").arg(p.name));
        return;
    }
    transition(State::ReadingKeychain);
    m_credentials.readPassword(p.keychainKey(), this, [this, p](const CredentialResult &r) {
        if (m_state != State::ReadingKeychain || m_profile.name != p.name)
            return; // the user went elsewhere meanwhile
        if (r.ok()) {
            m_passwordFromKeychain = true;
            login(r.password);
            return;
        }
        askPassword(r.status == CredentialResult::Status::NotFound ? QString() : r.message);
    });
}

void ConnectionController::connectWith(const ServerProfile &profile, const QString &password)
{
    m_profile = profile;
    m_passwordFromKeychain = false;
    m_rememberAfterLogin = false;
    login(password);
}

void ConnectionController::askPassword(const QString &note)
{
    transition(State::NeedPassword, note);
    emit passwordNeeded(m_profile, note);
}

void ConnectionController::providePassword(const QString &password, bool remember)
{
    if (m_state != State::NeedPassword) {
        qCWarning(lcGui) << "password provided in state" << stateName(m_state) << "- ignored";
        return;
    }
    m_sessionPasswords.insert(m_profile.name, password);
    m_rememberAfterLogin = remember;
    m_passwordFromKeychain = false;
    login(password);
}

void ConnectionController::cancelPassword()
{
    if (m_state == State::NeedPassword)
        transition(State::Disconnected);
}

void ConnectionController::login(const QString &password)
{
    transition(State::LoggingIn);
    m_connection->connectTo(m_profile, password);
}

void ConnectionController::onConnected()
{
    if (m_state != State::LoggingIn) {
        qCWarning(lcGui) << "login answer in state" << stateName(m_state) << "- ignored";
        return;
    }
    const ServerProfile p = m_profile;
    if (m_rememberAfterLogin && m_sessionPasswords.contains(p.name)) {
        m_credentials.writePassword(
            p.keychainKey(), m_sessionPasswords.value(p.name), this,
            [this, p](const CredentialResult &r) {
                emit notice(
                    r.ok() ? tr("The password for %1 is now in the system keychain.").arg(p.name)
                           : tr("The password could not be saved in the system keychain "
                                "(%1); it is kept in memory until the program ends.")
                                 .arg(r.message),
                    !r.ok());
            });
    }
    m_rememberAfterLogin = false;
    m_passwordFromKeychain = false;
    m_refusedSavedPassword.remove(p.name);
    transition(State::Connected);
}

void ConnectionController::onConnectFailed(const ApiError &error, const QString &message)
{
    if (m_state != State::LoggingIn) {
        qCWarning(lcGui) << "login failure in state" << stateName(m_state) << "- ignored";
        return;
    }
    m_rememberAfterLogin = false;
    if (error.isUnauthenticated() || error.httpStatus == 401) {
        // A refused password must be asked for again, never replayed from memory; the
        // profile stays, so the next attempt needs only the password.
        m_sessionPasswords.remove(m_profile.name);
        if (m_passwordFromKeychain)
            m_refusedSavedPassword.insert(m_profile.name);
        m_passwordFromKeychain = false;
        transition(State::NeedPassword, message, error);
        return;
    }
    m_passwordFromKeychain = false;
    transition(State::Failed, message, error);
}

void ConnectionController::disconnectFromServer()
{
    switch (m_state) {
    case State::Connected:
        m_connection->disconnectFromServer(); // logs out; disconnected() → Disconnected
        return;
    case State::StartingDemo:
    case State::ReadingKeychain:
    case State::LoggingIn:
        // An attempt under way ends on its own (Connected, NeedPassword or Failed); leaving
        // now would let its late answer log in behind a "Disconnected" window.
        qCInfo(lcGui) << "disconnect ignored while" << stateName(m_state);
        return;
    case State::Disconnected:
    case State::NeedPassword:
    case State::Failed:
        transition(State::Disconnected);
        return;
    }
}

void ConnectionController::addSessionPasswords(const QHash<QString, QString> &passwords)
{
    for (auto it = passwords.cbegin(); it != passwords.cend(); ++it) {
        m_sessionPasswords.insert(it.key(), it.value());
        m_refusedSavedPassword.remove(it.key());
    }
}

void ConnectionController::startDemo(const QString &simulatorPath)
{
    if (!m_demo) {
        m_demo = new DemoServer(this);
        connect(m_demo, &DemoServer::started, this, [this] {
            ServerProfile demo;
            demo.name = tr("Demo server");
            demo.url = m_demo->baseUrl();
            demo.username = m_demo->username();
            // We started this server and read its certificate from its data directory: pin
            // exactly that one instead of asking.
            if (!m_demo->certificate().isNull())
                demo.pinnedThumbprint = TlsPolicy::sha256(m_demo->certificate());
            m_demoProfile = demo;
            m_demoPassword = m_demo->password();
            emit demoStarted();
            connectWith(m_demoProfile, m_demoPassword);
        });
        connect(m_demo, &DemoServer::failed, this, [this](const QString &message) {
            // Failing to start, or ending while we use it: the connection is gone either way.
            if (m_state == State::StartingDemo || (isDemo() && m_profile.url == m_demoProfile.url))
                transition(State::Failed, message);
            else
                emit notice(message, true);
        });
    }
    if (!simulatorPath.isEmpty())
        m_demo->setExecutable(simulatorPath);
    m_profile = ServerProfile();
    m_profile.name = tr("Demo server");
    transition(State::StartingDemo);
    m_demo->start();
}

void ConnectionController::onPinned(const QString &host, const QString &sha256Hex)
{
    ServerProfile p = m_profile;
    if ((isDemo() && p.url == m_demoProfile.url) || p.host() != host
        || !m_profileStore.contains(p.name))
        return;
    p.pinnedThumbprint = sha256Hex;
    m_profileStore.save(p);
    m_profile = p;
    emit notice(tr("Pinned the certificate of %1 in profile %2.").arg(host, p.name), false);
}

} // namespace clu::gui
