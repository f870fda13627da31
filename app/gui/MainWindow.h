#pragma once

#include "connection/ConnectionController.h"
#include "upload/UploadTypes.h"
#include "uploads/NewUploadDialog.h"

#include <QMainWindow>
#include <QTimer>

class QAction;
class QComboBox;
class QLabel;
class QSplitter;
class QTabWidget;
class QTableView;

namespace clu::gui {

class CertificateWarningsTab;
class LibrariesPane;
class LibraryTreeModel;
class ReviewCoordinator;
class ServerConnection;
class SessionFilesTab;
class SessionInfoTab;
class SessionTableModel;
class SessionsPane;
class UploadController;
class UploadRegistry;

// The main window: toolbar (profile selector, Connect, Refresh, New upload…, Complete, Cancel,
// Keep alive, Delete), Libraries dock, Update sessions table with state filter, session details
// tabs and a status bar (server, user, API flavor, transfer rate). It shows and asks; who it is
// connected to lives in ConnectionController, the uploads it started in UploadRegistry.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    QAction *connectAction() const { return m_connect; }
    QAction *completeAction() const { return m_complete; }
    QAction *cancelAction() const { return m_cancel; }
    QAction *keepAliveAction() const { return m_keepAlive; }
    QAction *deleteAction() const { return m_delete; }
    ConnectionController *controller() const { return m_controller; }
    ServerConnection *connection() const { return m_connection; }
    SessionTableModel *sessionModel() const;
    QTableView *sessionView() const;
    LibraryTreeModel *libraryModel() const { return m_libraries; }
    CertificateWarningsTab *certificateTab() const { return m_certTab; }
    SessionFilesTab *filesTab() const { return m_filesTab; }
    SessionInfoTab *infoTab() const { return m_infoTab; }
    QTabWidget *detailsTabs() const { return m_tabs; }
    ReviewCoordinator *reviews() const { return m_reviews; }
    // The last error/notice shown to the user (status bar or message box).
    QString lastMessage() const { return m_lastMessage; }
    bool isDemo() const { return m_controller->isDemo(); }

    void connectToProfile(const ServerProfile &profile, const QString &password);
    // Starts the bundled simulator with demo content and connects to it.
    void startDemo(const QString &simulatorPath = {});
    void selectSession(const QString &sessionId);
    QString selectedSessionId() const;
    // Opens the New upload dialog (prefilled with `paths`).
    void openNewUpload(const QStringList &paths = {});
    // Files from the command line or the desktop entry: New upload opens with them now if
    // connected, else as soon as a connection has loaded the libraries.
    void openNewUploadWhenReady(const QStringList &paths);
    // Starts an upload as the dialog's Start does.
    UploadController *startUpload(const NewUploadDialog::Request &request);
    void refreshNow();

signals:
    void connectedChanged(bool connected);
    void sessionsRefreshed();
    void uploadFinished(const clu::UploadOutcome &outcome);
    void messageShown(const QString &message);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createCentral();
    void createLibrariesDock();
    void createStatusBar();
    void connectServerSignals();
    void restoreSettings();
    void saveSettings();
    void showAbout();
    // MainWindowConnection.cpp: the window's side of the connection state machine.
    void reloadProfiles();
    void editProfiles();
    void toggleConnection();
    void askPassword(const ServerProfile &profile, const QString &note);
    void onConnectionState(ConnectionController::State state, ConnectionController::State previous);
    void onConnected();
    void onLoginFailed(bool demoFailed);
    void onDisconnected();
    void setConnectAction(bool connected);
    // MainWindowSessions.cpp: the table, the detail tabs and the session actions.
    void onSelectionChanged();
    void updateActions();
    void showSessionInTabs(const QString &sessionId);
    void completeSelected();
    void cancelSelected();
    void keepAliveSelected();
    void deleteSelected();
    void fetchSession(const QString &sessionId);
    void log(const QString &sessionId, const QString &text);
    void showMessage(const QString &text, bool problem);
    QString sessionItemName(const QString &sessionId) const;
    // MainWindowUploads.cpp: following the uploads this window started.
    void followUpload(UploadController *upload);
    void onUploadFinished(UploadController *controller, const UploadOutcome &outcome);
    void onDecisionNeeded(UploadController *controller, const QString &sessionId);
    void offerBusySession(const QString &existingSessionId);
    void notify(const QString &title, const QString &text);

    ConnectionController *m_controller;
    ServerConnection *m_connection; // m_controller's
    UploadRegistry *m_uploads;
    ReviewCoordinator *m_reviews; // decisions uploads wait for, per session
    QTimer m_autoRefresh;
    QString m_lastMessage;
    QStringList m_pendingUploadPaths; // openNewUploadWhenReady before the libraries were loaded
    bool m_librariesLoaded = false;

    QAction *m_connect = nullptr;
    QAction *m_profiles = nullptr;
    QAction *m_refresh = nullptr;
    QAction *m_newUpload = nullptr;
    QAction *m_complete = nullptr;
    QAction *m_cancel = nullptr;
    QAction *m_keepAlive = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_quit = nullptr;
    QComboBox *m_profileCombo = nullptr;
    SessionsPane *m_sessionsPane = nullptr;
    LibrariesPane *m_librariesPane = nullptr;
    LibraryTreeModel *m_libraries = nullptr; // m_librariesPane's
    QSplitter *m_splitter = nullptr;
    QTabWidget *m_tabs = nullptr;
    SessionFilesTab *m_filesTab = nullptr;
    CertificateWarningsTab *m_certTab = nullptr;
    SessionInfoTab *m_infoTab = nullptr;
    QLabel *m_serverStatus = nullptr;
    QLabel *m_userStatus = nullptr;
    QLabel *m_flavorStatus = nullptr;
    QLabel *m_rateStatus = nullptr;
};

} // namespace clu::gui
