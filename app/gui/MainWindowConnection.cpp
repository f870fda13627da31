// MainWindow: the window's side of the connection — the profile selector, the password dialog
// and what each state of ConnectionController looks like. The flow itself (keychain, refused
// passwords, demo server, login) is ConnectionController's; this file only shows and asks.
#include "MainWindow.h"

#include "certificates/PinMismatchDialog.h"
#include "connection/PasswordDialog.h"
#include "connection/ProfilesDialog.h"
#include "connection/ServerConnection.h"
#include "net/RestClient.h"
#include "sessions/LibraryTreeModel.h"
#include "sessions/SessionTableModel.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QMessageBox>

namespace clu::gui {

using State = ConnectionController::State;

void MainWindow::connectToProfile(const ServerProfile &profile, const QString &password)
{
    m_controller->connectWith(profile, password);
}

void MainWindow::startDemo(const QString &simulatorPath)
{
    m_controller->startDemo(simulatorPath);
}

void MainWindow::reloadProfiles()
{
    const QString current = m_profileCombo->currentData().toString();
    const QSignalBlocker block(m_profileCombo);
    m_profileCombo->clear();
    if (m_controller->isDemo())
        m_profileCombo->addItem(tr("Demo server"), ConnectionController::demoKey());
    ProfileStore *store = m_controller->profiles();
    for (const ServerProfile &p : store->profiles())
        m_profileCombo->addItem(p.name, p.name);
    const int i = m_profileCombo->findData(current.isEmpty() ? store->lastUsed() : current);
    m_profileCombo->setCurrentIndex(qMax(0, i));
    updateActions();
}

void MainWindow::editProfiles()
{
    ProfilesDialog dialog(m_controller->profiles(), m_controller->credentials(), this);
    const QString current = m_profileCombo->currentData().toString();
    if (current != ConnectionController::demoKey())
        dialog.selectProfile(current);
    dialog.exec();
    m_controller->addSessionPasswords(dialog.passwordsForSession());
    reloadProfiles();
}

void MainWindow::toggleConnection()
{
    if (m_controller->isConnected()) {
        m_autoRefresh.stop();
        m_controller->disconnectFromServer();
        return;
    }
    const QString key = m_profileCombo->currentData().toString();
    if (key.isEmpty()) {
        editProfiles();
        return;
    }
    m_controller->connectProfile(key);
}

void MainWindow::askPassword(const ServerProfile &p, const QString &note)
{
    if (m_controller->state() != State::NeedPassword || m_controller->profile().name != p.name)
        return; // asked for an attempt the user has left meanwhile
    PasswordDialog dialog(p.username, p.host(), note, m_controller->credentials()->keychainUsable(),
                          this);
    if (dialog.exec() != QDialog::Accepted) {
        m_controller->cancelPassword();
        return;
    }
    m_controller->providePassword(dialog.password(), dialog.remember());
}

void MainWindow::onConnectionState(State state, State previous)
{
    const ServerProfile p = m_controller->profile();
    switch (state) {
    case State::StartingDemo:
        m_serverStatus->setText(tr("Starting the demo server…"));
        break;
    case State::ReadingKeychain:
        m_serverStatus->setText(tr("Reading the password of %1…").arg(p.name));
        break;
    case State::LoggingIn:
        if (previous == State::StartingDemo) {
            // The platform adds the application's display name itself ("Demo server —
            // Content Library Uploader"); naming it here too showed it twice.
            setWindowTitle(tr("Demo server"));
            reloadProfiles();
            m_profileCombo->setCurrentIndex(
                m_profileCombo->findData(ConnectionController::demoKey()));
        }
        m_serverStatus->setText(tr("Connecting to %1…").arg(p.host()));
        break;
    case State::Connected:
        onConnected();
        break;
    case State::NeedPassword:
    case State::Failed:
        if (previous == State::Connected)
            onDisconnected(); // the server went away under us (the demo's simulator ended)
        if (previous == State::LoggingIn || previous == State::StartingDemo
            || state == State::Failed)
            onLoginFailed(previous == State::StartingDemo);
        else
            m_serverStatus->setText(tr("Not connected"));
        break;
    case State::Disconnected:
        if (previous == State::Connected)
            onDisconnected();
        else
            m_serverStatus->setText(tr("Not connected"));
        break;
    }
    updateActions();
}

void MainWindow::onConnected()
{
    const ServerProfile p = m_controller->profile();
    const bool demo = m_controller->isDemo() && p.url == m_controller->demoProfile().url;
    m_serverStatus->setText(demo ? tr("Demo server (%1)").arg(p.url.authority())
                                 : p.url.authority());
    m_userStatus->setText(m_connection->client()->username());
    m_flavorStatus->setText(flavorName(m_connection->client()->flavor()));
    setConnectAction(true);
    showMessage(tr("Connected to %1 as %2.").arg(p.host(), p.username), false);
    refreshNow();
    m_autoRefresh.start();
    emit connectedChanged(true);
}

void MainWindow::onLoginFailed(bool demoFailed)
{
    const QString message = m_controller->message();
    const ApiError error = m_controller->lastError();
    m_serverStatus->setText(demoFailed ? tr("Demo server failed") : tr("Not connected"));
    showMessage(message, true);
    if (error.kind == ApiError::Kind::PinMismatch) {
        auto *d = new PinMismatchDialog(m_controller->profile().host(), error.expectedFingerprint,
                                        error.presentedFingerprint, error.peerChain, this);
        d->setAttribute(Qt::WA_DeleteOnClose);
        d->open();
    } else {
        auto *box = new QMessageBox(QMessageBox::Warning,
                                    demoFailed ? tr("Demo server") : tr("Connection failed"),
                                    message, QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("connectErrorBox"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
    setConnectAction(false);
    emit connectedChanged(false);
}

void MainWindow::onDisconnected()
{
    m_autoRefresh.stop();
    sessionModel()->clear();
    m_libraries->clear();
    m_librariesLoaded = false;
    m_serverStatus->setText(tr("Not connected"));
    m_userStatus->clear();
    m_flavorStatus->clear();
    m_rateStatus->clear();
    setConnectAction(false);
    showSessionInTabs(QString());
    emit connectedChanged(false);
}

void MainWindow::setConnectAction(bool connected)
{
    m_connect->setText(connected ? tr("Dis&connect") : tr("&Connect"));
    m_connect->setIcon(QIcon(connected ? QStringLiteral(":/icons/disconnect.svg")
                                       : QStringLiteral(":/icons/connect.svg")));
    m_connect->setToolTip(connected ? tr("Log out of the server")
                                    : tr("Connect to the selected vCenter server"));
}

void MainWindow::refreshNow()
{
    m_connection->refreshLibraries();
    m_connection->refreshSessions();
}

} // namespace clu::gui
