// MainWindow: New upload (dialog, drag and drop, command-line files) and following the uploads
// it starts (review of the certificate before the disks, busy items, notifications). The
// uploads themselves are UploadRegistry's; see MainWindow.cpp for the window itself.
#include "MainWindow.h"

#include "GuiLogging.h"
#include "connection/ServerConnection.h"
#include "review/CertificateWarningsTab.h"
#include "review/ReviewCoordinator.h"
#include "sessions/LibrariesPane.h"
#include "sessions/LibraryTreeModel.h"
#include "sessions/SessionFilesTab.h"
#include "sessions/SessionTableModel.h"
#include "uploads/UploadController.h"
#include "uploads/UploadRegistry.h"

#include <QApplication>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QMimeData>
#include <QSystemTrayIcon>
#include <QTabWidget>

namespace clu::gui {

void MainWindow::openNewUpload(const QStringList &paths)
{
    if (!m_controller->isConnected()) {
        showMessage(tr("Connect to a server before starting an upload."), true);
        return;
    }
    QHash<QString, QList<Item>> items;
    for (const Library &l : m_libraries->libraries())
        items.insert(l.id, m_libraries->items(l.id));
    auto *dialog = new NewUploadDialog(m_libraries->libraries(), items, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QModelIndex cur = m_librariesPane->currentIndex();
    if (cur.isValid()) {
        if (cur.data(LibraryTreeModel::IsLibraryRole).toBool())
            dialog->selectLibrary(cur.data(LibraryTreeModel::IdRole).toString());
        else
            dialog->selectItem(cur.data(LibraryTreeModel::IdRole).toString());
    }
    if (!paths.isEmpty())
        dialog->setPaths(paths);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { startUpload(dialog->request()); });
    dialog->open();
}

UploadController *MainWindow::startUpload(const NewUploadDialog::Request &request)
{
    QStringList what = request.paths;
    for (const PullSource &s : request.pullSources)
        what << s.url.toString();
    log(QString(), tr("Starting upload of %1").arg(what.join(QStringLiteral(", "))));
    showMessage(tr("Upload started: %1").arg(what.join(QStringLiteral(", "))), false);
    return m_uploads->start(request); // followUpload() connects it first
}

void MainWindow::followUpload(UploadController *u)
{
    connect(u, &UploadController::log, this, &MainWindow::log);
    connect(u, &UploadController::sessionCreated, this, [this, u](const QString &id) {
        SessionRow row;
        row.session.id = id;
        row.session.state = SessionState::Active;
        row.itemName = u->itemName();
        row.transferProgress = 0;
        sessionModel()->upsert(row);
        fetchSession(id);
        selectSession(id);
    });
    connect(u, &UploadController::progress, this, [this](const QString &id, int pct, double rate) {
        sessionModel()->setTransferProgress(id, pct);
        m_rateStatus->setText(tr("%1/s").arg(QLocale().formattedDataSize(qint64(rate))));
    });
    connect(u, &UploadController::fileProgress, m_filesTab, &SessionFilesTab::showTransferProgress);
    connect(u, &UploadController::fileStatusChanged, m_filesTab,
            &SessionFilesTab::showTransferStatus);
    connect(u, &UploadController::decisionNeeded, this,
            [this, u](const QString &id, const PreviewInfo &) { onDecisionNeeded(u, id); });
    connect(u, &UploadController::finished, this,
            [this, u](const UploadOutcome &o) { onUploadFinished(u, o); });
}

void MainWindow::onDecisionNeeded(UploadController *controller, const QString &sessionId)
{
    // The review opens before any disk is sent: select the session, show its certificate.
    fetchSession(sessionId);
    selectSession(sessionId);
    m_tabs->setCurrentWidget(m_certTab);
    m_reviews->request(sessionId, controller);
    m_certTab->setDecisionPending(m_certTab->sessionId() == sessionId);
    showMessage(tr("Review the certificate and warnings of %1 before the disks are sent.")
                    .arg(controller->itemName()),
                false);
    QApplication::alert(this);
}

void MainWindow::onUploadFinished(UploadController *controller, const UploadOutcome &o)
{
    m_rateStatus->clear();
    const QString id = o.sessionId.isEmpty() ? controller->sessionId() : o.sessionId;
    m_reviews->forget(id);
    m_certTab->setDecisionPending(m_reviews->isPending(m_certTab->sessionId()));
    if (const SessionRow *existing = sessionModel()->find(id)) {
        // The engine deletes the session record when it is done; keep showing how it ended.
        SessionRow row = *existing;
        row.retained = true;
        row.session.previewInfo.reset();
        if (o.ok) {
            row.session.state = SessionState::Done;
            row.session.clientProgress = 100;
            row.transferProgress = 100;
        } else if (o.canceled || o.warningsRejected) {
            row.session.state = SessionState::Canceled;
        } else {
            row.session.state = SessionState::Error;
            LocalizableMessage m;
            m.defaultMessage = o.summary;
            m.id = o.error.messages.isEmpty() ? o.error.code() : o.error.messages.first().id;
            row.session.errorMessage = m;
        }
        sessionModel()->upsert(row);
        if (selectedSessionId() == id)
            showSessionInTabs(id);
    }
    showMessage(o.summary.isEmpty() ? (o.ok ? tr("Upload finished.") : o.error.message())
                                    : o.summary,
                !o.ok);
    if (o.error.isResourceBusy() && !o.existingSessionId.isEmpty())
        offerBusySession(o.existingSessionId);
    if (controller->elapsedMs() > 20000 || !isActiveWindow())
        notify(o.ok ? tr("Upload finished") : tr("Upload failed"), o.summary);
    m_connection->refreshSessions();
    m_connection->refreshLibraries();
    updateActions();
    emit uploadFinished(o);
}

void MainWindow::offerBusySession(const QString &existing)
{
    auto *box = new QMessageBox(
        QMessageBox::Question, tr("Item is busy"),
        tr("Another update session (%1) is already open on this item. Open that session?")
            .arg(existing),
        QMessageBox::Open | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("busyItemBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, existing](int result) {
        if (result != QMessageBox::Open)
            return;
        fetchSession(existing);
        m_connection->refreshSessions();
        connect(
            this, &MainWindow::sessionsRefreshed, this,
            [this, existing] { selectSession(existing); }, Qt::SingleShotConnection);
    });
    box->open();
}

void MainWindow::notify(const QString &title, const QString &text)
{
    // A long upload finished while the user looked elsewhere: tell them outside the window.
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        static QSystemTrayIcon *tray = nullptr;
        if (!tray) {
            tray = new QSystemTrayIcon(QApplication::windowIcon(), qApp);
            tray->show();
        }
        tray->showMessage(title, text);
    }
    QApplication::alert(this);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    bool allLocal = !urls.isEmpty();
    for (const QUrl &u : urls)
        allLocal = allLocal && u.isLocalFile();
    if (allLocal && m_controller->isConnected())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &u : event->mimeData()->urls())
        paths << u.toLocalFile();
    event->acceptProposedAction();
    paths = NewUploadDialog::expandPaths(paths);
    if (!paths.isEmpty())
        openNewUpload(paths);
}

void MainWindow::openNewUploadWhenReady(const QStringList &paths)
{
    const QStringList expanded = NewUploadDialog::expandPaths(paths);
    if (expanded.isEmpty())
        return;
    if (m_controller->isConnected() && m_librariesLoaded) {
        openNewUpload(expanded);
        return;
    }
    m_pendingUploadPaths = expanded;
    showMessage(
        tr("New upload opens with %1 once connected.").arg(expanded.join(QStringLiteral(", "))),
        false);
}

} // namespace clu::gui
