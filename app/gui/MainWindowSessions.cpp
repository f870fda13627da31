// MainWindow, second part: connection flow and session actions (MainWindow.cpp builds the
// window, MainWindowUploads.cpp runs uploads). Split along those seams to keep files readable.
#include "MainWindow.h"

#include "GuiLogging.h"
#include "certificates/PinMismatchDialog.h"
#include "connection/PasswordDialog.h"
#include "connection/ProfilesDialog.h"
#include "connection/ServerConnection.h"
#include "demo/DemoServer.h"
#include "net/RestClient.h"
#include "net/TlsPolicy.h"
#include "review/CertificateWarningsTab.h"
#include "review/ReviewCoordinator.h"
#include "sessions/LibraryTreeModel.h"
#include "sessions/SessionFilesTab.h"
#include "sessions/SessionFilterProxy.h"
#include "sessions/SessionInfoTab.h"
#include "sessions/SessionTableModel.h"
#include "uploads/UploadController.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>

namespace clu::gui {

namespace {
const QString demoKey = QStringLiteral("\x01demo");
}

void MainWindow::reloadProfiles()
{
    const QString current = m_profileCombo->currentData().toString();
    const QSignalBlocker block(m_profileCombo);
    m_profileCombo->clear();
    if (m_isDemo)
        m_profileCombo->addItem(tr("Demo server"), demoKey);
    for (const ServerProfile &p : m_profileStore.profiles())
        m_profileCombo->addItem(p.name, p.name);
    int i = m_profileCombo->findData(current.isEmpty() ? m_profileStore.lastUsed() : current);
    m_profileCombo->setCurrentIndex(qMax(0, i));
    updateActions();
}

void MainWindow::editProfiles()
{
    ProfilesDialog dialog(&m_profileStore, &m_credentials, this);
    const QString current = m_profileCombo->currentData().toString();
    if (current != demoKey)
        dialog.selectProfile(current);
    dialog.exec();
    const auto passwords = dialog.passwordsForSession();
    for (auto it = passwords.cbegin(); it != passwords.cend(); ++it)
        m_sessionPasswords.insert(it.key(), it.value());
    reloadProfiles();
}

void MainWindow::toggleConnection()
{
    if (m_connection->isConnected()) {
        m_autoRefresh.stop();
        m_connection->disconnectFromServer();
        return;
    }
    connectSelectedProfile();
}

void MainWindow::connectSelectedProfile()
{
    const QString key = m_profileCombo->currentData().toString();
    if (key == demoKey) {
        connectToProfile(m_demoProfile, m_demoPassword);
        return;
    }
    if (key.isEmpty()) {
        editProfiles();
        return;
    }
    const ServerProfile p = m_profileStore.profile(key);
    if (const QString why = p.validate(); !why.isEmpty()) {
        showMessage(tr("Profile %1 cannot be used: %2").arg(p.name, why), true);
        return;
    }
    m_profileStore.setLastUsed(p.name);
    if (m_sessionPasswords.contains(p.name)) {
        connectToProfile(p, m_sessionPasswords.value(p.name));
        return;
    }
    // A saved password the server refused last time (changed on the server since) is not
    // tried again: ask, and replace it in the keychain once the new one is accepted.
    if (m_refusedSavedPassword.contains(p.name)) {
        askPasswordAndConnect(p,
                              tr("The server refused the password saved for %1; enter the "
                                 "current one.")
                                  .arg(p.name));
        return;
    }
    m_credentials.readPassword(p.keychainKey(), this, [this, p](const CredentialResult &r) {
        if (r.ok()) {
            m_passwordFromKeychain = p.name;
            connectToProfile(p, r.password);
            return;
        }
        askPasswordAndConnect(
            p, r.status == CredentialResult::Status::NotFound ? QString() : r.message);
    });
}

void MainWindow::askPasswordAndConnect(const ServerProfile &p, const QString &note)
{
    // Remember only once the server has accepted the password (onConnected), so a typo never
    // lands in the keychain.
    PasswordDialog dialog(p.username, p.host(), note, m_credentials.keychainUsable(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_sessionPasswords.insert(p.name, dialog.password());
    m_rememberAfterConnect = dialog.remember() ? p.name : QString();
    connectToProfile(p, dialog.password());
}

void MainWindow::connectToProfile(const ServerProfile &profile, const QString &password)
{
    m_serverStatus->setText(tr("Connecting to %1…").arg(profile.host()));
    m_connect->setEnabled(false);
    m_connection->connectTo(profile, password);
}

void MainWindow::startDemo(const QString &simulatorPath)
{
    if (!m_demo) {
        m_demo = new DemoServer(this);
        connect(m_demo, &DemoServer::started, this, [this] {
            m_isDemo = true;
            m_demoProfile = ServerProfile();
            m_demoProfile.name = tr("Demo server");
            m_demoProfile.url = m_demo->baseUrl();
            m_demoProfile.username = m_demo->username();
            // We started this server and read its certificate from its data directory:
            // pin exactly that one instead of asking.
            if (!m_demo->certificate().isNull())
                m_demoProfile.pinnedThumbprint = QString::fromLatin1(
                    m_demo->certificate().digest(QCryptographicHash::Sha256).toHex());
            m_demoPassword = m_demo->password();
            // The platform adds the application's display name itself ("Demo server —
            // Content Library Uploader"); naming it here too showed it twice.
            setWindowTitle(tr("Demo server"));
            reloadProfiles();
            m_profileCombo->setCurrentIndex(m_profileCombo->findData(demoKey));
            connectToProfile(m_demoProfile, m_demoPassword);
        });
        connect(m_demo, &DemoServer::failed, this, [this](const QString &message) {
            showMessage(message, true);
            m_serverStatus->setText(tr("Demo server failed"));
            QMessageBox *box = new QMessageBox(QMessageBox::Critical, tr("Demo server"), message,
                                               QMessageBox::Ok, this);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        });
    }
    if (!simulatorPath.isEmpty())
        m_demo->setExecutable(simulatorPath);
    m_serverStatus->setText(tr("Starting the demo server…"));
    m_demo->start();
}

void MainWindow::onConnected()
{
    const ServerProfile p = m_connection->profile();
    m_serverStatus->setText(m_isDemo && p.url == m_demoProfile.url
                                ? tr("Demo server (%1)").arg(p.url.authority())
                                : p.url.authority());
    m_userStatus->setText(m_connection->client()->username());
    m_flavorStatus->setText(flavorName(m_connection->client()->flavor()));
    m_connect->setText(tr("Dis&connect"));
    m_connect->setIcon(QIcon(QStringLiteral(":/icons/disconnect.svg")));
    m_connect->setToolTip(tr("Log out of the server"));
    showMessage(tr("Connected to %1 as %2.").arg(p.host(), p.username), false);
    if (!m_rememberAfterConnect.isEmpty() && m_rememberAfterConnect == p.name
        && m_sessionPasswords.contains(p.name)) {
        m_credentials.writePassword(
            p.keychainKey(), m_sessionPasswords.value(p.name), this,
            [this, p](const CredentialResult &r) {
                showMessage(
                    r.ok() ? tr("The password for %1 is now in the system keychain.").arg(p.name)
                           : tr("The password could not be saved in the system keychain "
                                "(%1); it is kept in memory until the program ends.")
                                 .arg(r.message),
                    !r.ok());
            });
    }
    m_rememberAfterConnect.clear();
    m_passwordFromKeychain.clear();
    m_refusedSavedPassword.remove(p.name);
    refreshNow();
    m_autoRefresh.start();
    updateActions();
    emit connectedChanged(true);
}

void MainWindow::onConnectFailed(const ApiError &error, const QString &message)
{
    m_serverStatus->setText(tr("Not connected"));
    showMessage(message, true);
    m_rememberAfterConnect.clear();
    // A refused password must be asked for again, not replayed from memory on the next try.
    if (error.isUnauthenticated() || error.httpStatus == 401) {
        const QString name = m_connection->profile().name;
        m_sessionPasswords.remove(name);
        if (m_passwordFromKeychain == name)
            m_refusedSavedPassword.insert(name);
    }
    m_passwordFromKeychain.clear();
    if (error.kind == ApiError::Kind::PinMismatch) {
        auto *d = new PinMismatchDialog(m_connection->profile().host(), error.expectedFingerprint,
                                        error.presentedFingerprint, error.peerChain, this);
        d->setAttribute(Qt::WA_DeleteOnClose);
        d->open();
    } else {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Connection failed"), message,
                                    QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("connectErrorBox"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
    updateActions();
    emit connectedChanged(false);
}

void MainWindow::onDisconnected()
{
    m_autoRefresh.stop();
    m_sessions->clear();
    m_libraries->clear();
    m_librariesLoaded = false;
    m_serverStatus->setText(tr("Not connected"));
    m_userStatus->clear();
    m_flavorStatus->clear();
    m_rateStatus->clear();
    m_connect->setText(tr("&Connect"));
    m_connect->setIcon(QIcon(QStringLiteral(":/icons/connect.svg")));
    m_connect->setToolTip(tr("Connect to the selected vCenter server"));
    showSessionInTabs(QString());
    updateActions();
    emit connectedChanged(false);
}

void MainWindow::refreshNow()
{
    m_connection->refreshLibraries();
    m_connection->refreshSessions();
}

QString MainWindow::selectedSessionId() const
{
    const QModelIndexList rows = m_sessionView->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    return rows.first().data(SessionTableModel::SessionIdRole).toString();
}

void MainWindow::selectSession(const QString &sessionId)
{
    const int row = m_sessions->rowOf(sessionId);
    if (row < 0)
        return;
    const QModelIndex idx = m_proxy->mapFromSource(m_sessions->index(row, 0));
    if (!idx.isValid())
        return;
    m_sessionView->selectionModel()->select(
        idx, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_sessionView->setCurrentIndex(idx);
    m_sessionView->scrollTo(idx);
}

void MainWindow::onSelectionChanged()
{
    showSessionInTabs(selectedSessionId());
    updateActions();
}

void MainWindow::showSessionInTabs(const QString &sessionId)
{
    const SessionRow *r = m_sessions->find(sessionId);
    if (!r) {
        m_filesTab->clearSession();
        m_certTab->clearSession();
        m_infoTab->clearSession();
        return;
    }
    m_filesTab->setSession(r->session); // re-lists the files of an active session
    m_certTab->setSession(r->session);
    m_certTab->setDecisionPending(m_reviews->isPending(sessionId));
    m_infoTab->setSession(r->session, r->itemName, r->libraryName);
}

void MainWindow::updateActions()
{
    const bool connected = m_connection->isConnected();
    m_connect->setEnabled(connected || m_profileCombo->count() > 0 || !m_isDemo);
    m_refresh->setEnabled(connected);
    m_newUpload->setEnabled(connected);
    const SessionRow *r = m_sessions->find(selectedSessionId());
    const bool active = connected && r && r->session.state == SessionState::Active;
    const bool ours =
        r && m_uploads.value(r->session.id) && m_uploads.value(r->session.id)->isRunning();
    const bool blocked =
        r && r->session.previewInfo && !r->session.previewInfo->blockingWarnings().isEmpty();
    // Complete needs every warning ignored (§10.4); while our engine runs it completes itself.
    m_complete->setEnabled(active && !blocked && !ours);
    m_complete->setToolTip(blocked
                               ? tr("Blocked: %n warning(s) are not ignored. Review them on "
                                    "the Certificate & warnings tab.",
                                    nullptr, int(r->session.previewInfo->blockingWarnings().size()))
                               : tr("Complete the selected update session"));
    m_cancel->setEnabled(active);
    m_keepAlive->setEnabled(active);
    m_delete->setEnabled(connected && r && r->session.isTerminal());
}

QString MainWindow::sessionItemName(const QString &sessionId) const
{
    const SessionRow *r = m_sessions->find(sessionId);
    if (!r)
        return sessionId;
    return r->itemName.isEmpty() ? r->session.libraryItemId : r->itemName;
}

void MainWindow::fetchSession(const QString &sessionId)
{
    m_connection->sessions().get(
        sessionId, this, [this, sessionId](const Result<UpdateSession> &r) {
            if (!r.ok())
                return;
            SessionRow row;
            row.session = r.value;
            if (const Item *item = m_libraries->item(r.value.libraryItemId)) {
                row.itemName = item->name;
                if (const Library *lib = m_libraries->library(item->libraryId))
                    row.libraryName = lib->name;
            }
            m_sessions->upsert(row);
            if (selectedSessionId() == sessionId)
                showSessionInTabs(sessionId);
            updateActions();
        });
}

void MainWindow::completeSelected()
{
    const QString id = selectedSessionId();
    if (id.isEmpty())
        return;
    log(id, tr("Complete"));
    m_connection->sessions().complete(id, this, [this, id](const Result<void> &r) {
        log(id,
            r.ok() ? tr("Complete accepted") : tr("Complete failed: %1").arg(r.error.message()));
        if (!r.ok())
            showMessage(tr("Could not complete %1: %2").arg(sessionItemName(id), r.error.message()),
                        true);
        fetchSession(id);
        m_connection->refreshLibraries();
    });
}

void MainWindow::cancelSelected()
{
    const QString id = selectedSessionId();
    if (id.isEmpty())
        return;
    if (QMessageBox::question(this, tr("Cancel session"),
                              tr("Cancel the update session of %1? Data uploaded so far is "
                                 "discarded and the item stays as it was.")
                                  .arg(sessionItemName(id)),
                              QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        != QMessageBox::Yes)
        return;
    log(id, tr("Cancel"));
    if (UploadController *u = m_uploads.value(id); u && u->isRunning()) {
        // Our own upload: the engine stops its transfers, cancels and cleans up.
        m_reviews->forget(id);
        u->cancel();
        return;
    }
    m_connection->sessions().cancel(id, this, [this, id](const Result<void> &r) {
        log(id, r.ok() ? tr("Canceled") : tr("Cancel failed: %1").arg(r.error.message()));
        if (!r.ok())
            showMessage(tr("Could not cancel: %1").arg(r.error.message()), true);
        fetchSession(id);
    });
}

void MainWindow::keepAliveSelected()
{
    const QString id = selectedSessionId();
    if (id.isEmpty())
        return;
    m_connection->sessions().keepAlive(id, std::nullopt, this, [this, id](const Result<void> &r) {
        log(id,
            r.ok() ? tr("Keep-alive sent") : tr("Keep-alive failed: %1").arg(r.error.message()));
        showMessage(r.ok() ? tr("The session of %1 was kept alive.").arg(sessionItemName(id))
                           : tr("Keep-alive failed: %1").arg(r.error.message()),
                    !r.ok());
        fetchSession(id);
    });
}

void MainWindow::deleteSelected()
{
    const QString id = selectedSessionId();
    if (id.isEmpty())
        return;
    if (QMessageBox::question(
            this, tr("Delete session"),
            tr("Delete the record of the update session of %1?").arg(sessionItemName(id)),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        != QMessageBox::Yes)
        return;
    if (const SessionRow *r = m_sessions->find(id); r && r->retained) {
        // Our finished upload already deleted the server's record; only the row is left.
        m_sessions->removeSession(id);
        updateActions();
        return;
    }
    m_connection->sessions().remove(id, this, [this, id](const Result<void> &r) {
        if (r.ok() || r.error.isNotFound()) {
            m_sessions->removeSession(id);
            showMessage(tr("Session deleted."), false);
        } else {
            showMessage(tr("Could not delete the session: %1").arg(r.error.message()), true);
        }
        updateActions();
    });
}

void MainWindow::log(const QString &sessionId, const QString &text)
{
    qCInfo(lcGui).noquote() << sessionId << text;
    m_infoTab->log(sessionId, text);
}

void MainWindow::showMessage(const QString &text, bool problem)
{
    m_lastMessage = text;
    statusBar()->showMessage(text, problem ? 0 : 8000);
    if (problem)
        qCWarning(lcGui).noquote() << text;
    emit messageShown(text);
}

} // namespace clu::gui
