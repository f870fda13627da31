#include "MainWindow.h"

#include "Version.h"
#include "certificates/CertificateTrustDialog.h"
#include "connection/ServerConnection.h"
#include "net/TlsPolicy.h"
#include "review/CertificateWarningsTab.h"
#include "review/ReviewCoordinator.h"
#include "sessions/LibrariesPane.h"
#include "sessions/LibraryTreeModel.h"
#include "sessions/SessionFilesTab.h"
#include "sessions/SessionInfoTab.h"
#include "sessions/SessionTableModel.h"
#include "sessions/SessionsPane.h"
#include "uploads/UploadController.h"
#include "uploads/UploadRegistry.h"
#include "widgets/Icons.h"
#include "widgets/LayoutStore.h"

#include <QAction>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QTreeView>

#include <utility>

namespace clu::gui {

namespace {
// The sessions table is the main view: it gets this share of the splitter's height by default.
constexpr int kSessionsShare = 66;
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_controller(new ConnectionController(this))
    , m_connection(m_controller->connection())
    , m_uploads(new UploadRegistry(m_connection, this))
    , m_reviews(new ReviewCoordinator(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowTitle(tr("Content Library Uploader"));
    setAcceptDrops(true);

    createActions();
    createMenus();
    createCentral();
    createLibrariesDock();
    createStatusBar();
    connectServerSignals();

    QSettings settings;
    m_autoRefresh.setInterval(
        qMax(2, settings.value(QStringLiteral("refresh/intervalSeconds"), 5).toInt()) * 1000);
    connect(&m_autoRefresh, &QTimer::timeout, this, [this] {
        if (m_controller->isConnected())
            m_connection->refreshSessions();
    });

    reloadProfiles();
    restoreSettings();
    updateActions();
}

MainWindow::~MainWindow()
{
    // Uploads still running report into a window that is going away.
    m_uploads->disconnect(this);
    for (UploadController *u : m_uploads->findChildren<UploadController *>())
        u->disconnect(this);
}

void MainWindow::connectServerSignals()
{
    // First contact with an untrusted certificate: ask, inside the handshake (TlsPolicy runs
    // the handler synchronously, so a modal dialog is the right tool here).
    m_connection->tlsPolicy()->setDecisionHandler([this](const TlsPolicy::Problem &p) {
        CertificateTrustDialog dialog(p.host, p.port, p.chain, p.errors, this);
        dialog.exec();
        switch (dialog.choice()) {
        case CertificateTrustDialog::Choice::TrustOnce:
            return TlsPolicy::Decision::TrustOnce;
        case CertificateTrustDialog::Choice::TrustAndPin:
            return TlsPolicy::Decision::TrustAndPin;
        case CertificateTrustDialog::Choice::Cancel:
            break;
        }
        return TlsPolicy::Decision::Reject;
    });
    connect(m_controller, &ConnectionController::stateChanged, this,
            &MainWindow::onConnectionState);
    connect(m_controller, &ConnectionController::passwordNeeded, this, &MainWindow::askPassword,
            Qt::QueuedConnection); // the dialog's own event loop does not nest in the caller
    connect(m_controller, &ConnectionController::notice, this, &MainWindow::showMessage);
    connect(m_uploads, &UploadRegistry::added, this, &MainWindow::followUpload);
    connect(m_connection, &ServerConnection::librariesLoaded, this,
            [this](const QList<Library> &libs, const QHash<QString, QList<Item>> &items) {
                m_libraries->setContent(libs, items);
                m_librariesPane->view()->expandAll();
                m_librariesLoaded = true;
                sessionModel()->fillLibraryNames([this](const QString &itemId) {
                    return m_connection->libraryNameOfItem(itemId);
                });
                if (!m_pendingUploadPaths.isEmpty())
                    openNewUpload(std::exchange(m_pendingUploadPaths, {}));
            });
    connect(m_connection, &ServerConnection::sessionsLoaded, this,
            [this](const QList<SessionRow> &rows) {
                sessionModel()->setRows(rows);
                showSessionInTabs(selectedSessionId());
                updateActions();
                emit sessionsRefreshed();
            });
    connect(m_connection, &ServerConnection::loadFailed, this,
            [this](const QString &what, const ApiError &e) {
                showMessage(tr("Could not load %1: %2").arg(what, e.message()), true);
            });
}

void MainWindow::createActions()
{
    auto make = [this](const QString &name, const QString &icon, const QString &text,
                       const QString &tip, const QKeySequence &key) {
        auto *a = new QAction(Icons::icon(icon), text, this);
        a->setObjectName(name);
        a->setToolTip(tip);
        a->setStatusTip(tip);
        if (!key.isEmpty())
            a->setShortcut(key);
        return a;
    };
    m_connect = make(QStringLiteral("actionConnect"), QStringLiteral("connect"), tr("&Connect"),
                     tr("Connect to the selected vCenter server"), QKeySequence(tr("Ctrl+K")));
    m_profiles =
        make(QStringLiteral("actionProfiles"), QStringLiteral("profiles"), tr("Server &profiles…"),
             tr("Add, edit or delete server profiles"), QKeySequence(tr("Ctrl+Shift+P")));
    m_refresh = make(QStringLiteral("actionRefresh"), QStringLiteral("refresh"), tr("&Refresh"),
                     tr("Reload libraries and update sessions"), QKeySequence::Refresh);
    m_newUpload =
        make(QStringLiteral("actionNewUpload"), QStringLiteral("new-upload"), tr("&New upload…"),
             tr("Upload files into a library item"), QKeySequence::New);
    m_complete = make(QStringLiteral("actionComplete"), QStringLiteral("complete"), tr("C&omplete"),
                      tr("Complete the selected update session"), QKeySequence(tr("Ctrl+Return")));
    m_cancel = make(QStringLiteral("actionCancel"), QStringLiteral("cancel"), tr("C&ancel session"),
                    tr("Cancel the selected update session and discard its uploaded data"),
                    QKeySequence(tr("Ctrl+Shift+X")));
    m_keepAlive = make(
        QStringLiteral("actionKeepAlive"), QStringLiteral("keep-alive"), tr("&Keep alive"),
        tr("Extend the selected update session before it expires"), QKeySequence(tr("Ctrl+L")));
    m_delete = make(QStringLiteral("actionDelete"), QStringLiteral("delete"), tr("&Delete session"),
                    tr("Delete the selected finished update session"), QKeySequence::Delete);
    m_quit = make(QStringLiteral("actionQuit"), QStringLiteral("disconnect"), tr("&Quit"),
                  tr("Quit the application"), QKeySequence::Quit);
    connect(m_quit, &QAction::triggered, this, &QWidget::close);
    connect(m_connect, &QAction::triggered, this, &MainWindow::toggleConnection);
    connect(m_profiles, &QAction::triggered, this, &MainWindow::editProfiles);
    connect(m_refresh, &QAction::triggered, this, &MainWindow::refreshNow);
    connect(m_newUpload, &QAction::triggered, this, [this] { openNewUpload(); });
    connect(m_complete, &QAction::triggered, this, &MainWindow::completeSelected);
    connect(m_cancel, &QAction::triggered, this, &MainWindow::cancelSelected);
    connect(m_keepAlive, &QAction::triggered, this, &MainWindow::keepAliveSelected);
    connect(m_delete, &QAction::triggered, this, &MainWindow::deleteSelected);

    auto *profileBar = addToolBar(tr("Server"));
    profileBar->setObjectName(QStringLiteral("serverToolBar"));
    m_profileCombo = new QComboBox(profileBar);
    m_profileCombo->setObjectName(QStringLiteral("profileCombo"));
    m_profileCombo->setAccessibleName(tr("Server profile"));
    m_profileCombo->setToolTip(tr("The vCenter server to connect to"));
    m_profileCombo->setMinimumContentsLength(16);
    m_profileCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    profileBar->addWidget(m_profileCombo);
    profileBar->addAction(m_profiles);

    auto *toolbar = addToolBar(tr("Session actions"));
    toolbar->setObjectName(QStringLiteral("sessionToolBar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addActions({ m_connect, m_refresh });
    toolbar->addSeparator();
    toolbar->addActions({ m_newUpload, m_complete, m_cancel, m_keepAlive, m_delete });
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addActions({ m_connect, m_profiles, m_refresh });
    file->addSeparator();
    file->addAction(m_quit);

    QMenu *session = menuBar()->addMenu(tr("&Session"));
    session->addActions({ m_newUpload, m_complete, m_cancel, m_keepAlive, m_delete });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Content Library Uploader"));
    about->setObjectName(QStringLiteral("actionAbout"));
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::createCentral()
{
    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_sessionsPane = new SessionsPane(m_splitter);
    connect(m_sessionsPane, &SessionsPane::selectionChanged, this, &MainWindow::onSelectionChanged);

    m_tabs = new QTabWidget(m_splitter);
    m_tabs->setObjectName(QStringLiteral("detailsTabs"));
    m_filesTab = new SessionFilesTab(m_connection, m_tabs);
    m_certTab = new CertificateWarningsTab(m_connection, m_tabs);
    m_infoTab = new SessionInfoTab(m_tabs);
    m_tabs->addTab(m_filesTab, tr("&Files"));
    m_tabs->addTab(m_certTab, Icons::icon(QStringLiteral("certificate")),
                   tr("Certificate && &warnings"));
    m_tabs->addTab(m_infoTab, tr("D&etails"));
    connect(m_filesTab, &SessionFilesTab::logged, this, &MainWindow::log);
    connect(m_certTab, &CertificateWarningsTab::logged, this, &MainWindow::log);
    // The answer belongs to the session the tab shows, whichever upload asked last.
    connect(m_certTab, &CertificateWarningsTab::decisionMade, this,
            [this](bool proceed, const QList<OpenEnum<WarningType>> &ignore) {
                m_reviews->answer(m_certTab->sessionId(), proceed, ignore);
            });
    connect(m_certTab, &CertificateWarningsTab::sessionUpdated, this,
            [this](const UpdateSession &s) {
                SessionRow row;
                row.session = s;
                sessionModel()->upsert(row);
                updateActions();
            });
    connect(m_filesTab, &SessionFilesTab::filesChanged, this, [this](const QString &id, int count) {
        if (const SessionRow *r = sessionModel()->find(id)) {
            SessionRow row = *r;
            row.fileCount = count;
            sessionModel()->upsert(row);
        }
    });
    m_splitter->addWidget(m_sessionsPane);
    m_splitter->addWidget(m_tabs);
    // The sessions table is what an administrator watches; the details follow the selection.
    // Without stretch factors these sizes are weights: the panes share any height in this
    // proportion (restoreSettings may replace it with the user's own split).
    m_splitter->setSizes({ kSessionsShare * 10, (100 - kSessionsShare) * 10 });
    setCentralWidget(m_splitter);
}

void MainWindow::createLibrariesDock()
{
    auto *dock = new QDockWidget(tr("Libraries"), this);
    dock->setObjectName(QStringLiteral("librariesDock"));
    m_librariesPane = new LibrariesPane(dock);
    m_libraries = m_librariesPane->model();
    connect(m_librariesPane, &LibrariesPane::activated, this, [this](const QModelIndex &i) {
        if (!i.data(LibraryTreeModel::UploadableRole).toBool()) {
            showMessage(tr("Subscribed libraries cannot be uploaded to."), true);
            return;
        }
        if (!i.data(LibraryTreeModel::IsLibraryRole).toBool())
            openNewUpload();
    });
    dock->setWidget(m_librariesPane);
    addDockWidget(Qt::LeftDockWidgetArea, dock);
}

void MainWindow::createStatusBar()
{
    auto add = [this](const QString &name, const QString &tip) {
        auto *l = new QLabel(this);
        l->setObjectName(name);
        l->setToolTip(tip);
        statusBar()->addPermanentWidget(l);
        return l;
    };
    m_serverStatus = add(QStringLiteral("serverStatus"), tr("Server"));
    m_userStatus = add(QStringLiteral("userStatus"), tr("Logged-in user"));
    m_flavorStatus = add(QStringLiteral("flavorStatus"), tr("API flavor the server speaks"));
    m_rateStatus = add(QStringLiteral("rateStatus"), tr("Overall upload rate"));
    m_serverStatus->setText(tr("Not connected"));
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    LayoutStore layout(settings, QStringLiteral("mainWindow"));
    // Another build's layout would undo this one's (see LayoutStore): start from the defaults.
    if (!layout.isCurrent())
        layout.discard();
    if (!restoreGeometry(layout.state(QStringLiteral("geometry"))))
        resize(1200, 760);
    if (!restoreState(layout.state(QStringLiteral("state")), LayoutStore::kVersion))
        resizeDocks({ findChild<QDockWidget *>(QStringLiteral("librariesDock")) }, { 300 },
                    Qt::Horizontal);
    m_splitter->restoreState(layout.state(QStringLiteral("splitter")));
    m_sessionsPane->restoreColumns(layout.state(QStringLiteral("sessionColumns")));
    m_librariesPane->restoreColumns(layout.state(QStringLiteral("libraryColumns")));
}

void MainWindow::saveSettings()
{
    QSettings settings;
    LayoutStore layout(settings, QStringLiteral("mainWindow"));
    layout.setState(QStringLiteral("geometry"), saveGeometry());
    layout.setState(QStringLiteral("state"), saveState(LayoutStore::kVersion));
    layout.setState(QStringLiteral("splitter"), m_splitter->saveState());
    layout.setState(QStringLiteral("sessionColumns"), m_sessionsPane->saveColumns());
    layout.setState(QStringLiteral("libraryColumns"), m_librariesPane->saveColumns());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_uploads->anyRunning()
        && QMessageBox::question(this, tr("Uploads running"),
                                 tr("Uploads are still running. Quit and cancel them?"),
                                 QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
            != QMessageBox::Yes) {
        event->ignore();
        return;
    }
    saveSettings();
    event->accept();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Content Library Uploader"),
                       tr("<h3>Content Library Uploader %1</h3>"
                          "<p>Uploads templates, ISO images and files into vCenter Content "
                          "Libraries through update sessions, with certificate review and live "
                          "progress.</p><p>Licensed under the Apache License 2.0.</p>")
                           .arg(versionString().toHtmlEscaped()));
}

} // namespace clu::gui
