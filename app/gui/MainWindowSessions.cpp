// MainWindow: the sessions table, the detail tabs and the session actions (MainWindow.cpp
// builds the window, MainWindowConnection.cpp shows the connection, MainWindowUploads.cpp
// follows uploads).
#include "MainWindow.h"

#include "GuiLogging.h"
#include "connection/ServerConnection.h"
#include "review/CertificateWarningsTab.h"
#include "review/ReviewCoordinator.h"
#include "sessions/LibraryTreeModel.h"
#include "sessions/SessionFilesTab.h"
#include "sessions/SessionInfoTab.h"
#include "sessions/SessionTableModel.h"
#include "sessions/SessionsPane.h"
#include "uploads/UploadController.h"
#include "uploads/UploadRegistry.h"

#include <QAction>
#include <QMessageBox>
#include <QStatusBar>

namespace clu::gui {

SessionTableModel *MainWindow::sessionModel() const
{
    return m_sessionsPane->model();
}

QTableView *MainWindow::sessionView() const
{
    return m_sessionsPane->view();
}

QString MainWindow::selectedSessionId() const
{
    return m_sessionsPane->selectedSessionId();
}

void MainWindow::selectSession(const QString &sessionId)
{
    m_sessionsPane->selectSession(sessionId);
}

void MainWindow::onSelectionChanged()
{
    showSessionInTabs(selectedSessionId());
    updateActions();
}

void MainWindow::showSessionInTabs(const QString &sessionId)
{
    const SessionRow *r = sessionModel()->find(sessionId);
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
    const bool connected = m_controller->isConnected();
    const ConnectionController::State state = m_controller->state();
    // While an attempt is under way a second one would race it.
    m_connect->setEnabled(state != ConnectionController::State::StartingDemo
                          && state != ConnectionController::State::ReadingKeychain
                          && state != ConnectionController::State::LoggingIn);
    m_refresh->setEnabled(connected);
    m_newUpload->setEnabled(connected);
    const SessionRow *r = sessionModel()->find(selectedSessionId());
    const bool active = connected && r && r->session.state == SessionState::Active;
    const bool ours = r && m_uploads->isRunning(r->session.id);
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
    const SessionRow *r = sessionModel()->find(sessionId);
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
            sessionModel()->upsert(row);
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
    if (UploadController *u = m_uploads->upload(id); u && u->isRunning()) {
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
    if (const SessionRow *r = sessionModel()->find(id); r && r->retained) {
        // Our finished upload already deleted the server's record; only the row is left.
        sessionModel()->removeSession(id);
        updateActions();
        return;
    }
    m_connection->sessions().remove(id, this, [this, id](const Result<void> &r) {
        if (r.ok() || r.error.isNotFound()) {
            sessionModel()->removeSession(id);
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
