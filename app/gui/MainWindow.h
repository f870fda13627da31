#pragma once

#include "credentials/CredentialStore.h"
#include "credentials/ProfileStore.h"
#include "credentials/ServerProfile.h"
#include "upload/UploadTypes.h"
#include "uploads/NewUploadDialog.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>
#include <QSet>
#include <QTimer>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QMessageBox;
class QSplitter;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;
class QTreeView;

namespace clu::gui {

class CertificateWarningsTab;
class DemoServer;
class LibraryTreeModel;
class ReviewCoordinator;
class ServerConnection;
class SessionFilesTab;
class SessionFilterProxy;
class SessionInfoTab;
class SessionTableModel;
class UploadController;

// The main window: toolbar (profile selector, Connect, Refresh, New upload…, Complete, Cancel,
// Keep alive, Delete), Libraries dock, Update sessions table with state filter, session details
// tabs and a status bar (server, user, API flavor, transfer rate).
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    QAction *connectAction() const { return m_connect; }
    QAction *refreshAction() const { return m_refresh; }
    QAction *newUploadAction() const { return m_newUpload; }
    QAction *completeAction() const { return m_complete; }
    QAction *cancelAction() const { return m_cancel; }
    QAction *keepAliveAction() const { return m_keepAlive; }
    QAction *deleteAction() const { return m_delete; }
    ServerConnection *connection() const { return m_connection; }
    SessionTableModel *sessionModel() const { return m_sessions; }
    SessionFilterProxy *sessionProxy() const { return m_proxy; }
    QTableView *sessionView() const { return m_sessionView; }
    LibraryTreeModel *libraryModel() const { return m_libraries; }
    CertificateWarningsTab *certificateTab() const { return m_certTab; }
    SessionFilesTab *filesTab() const { return m_filesTab; }
    SessionInfoTab *infoTab() const { return m_infoTab; }
    QTabWidget *detailsTabs() const { return m_tabs; }
    DemoServer *demoServer() const { return m_demo; }
    ReviewCoordinator *reviews() const { return m_reviews; }
    // The last error/notice shown to the user (status bar or message box).
    QString lastMessage() const { return m_lastMessage; }
    bool isDemo() const { return m_isDemo; }

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
    void restoreSettings();
    void saveSettings();
    void showAbout();
    void reloadProfiles();
    void editProfiles();
    void toggleConnection();
    void connectSelectedProfile();
    void askPasswordAndConnect(const ServerProfile &profile, const QString &note);
    void onConnected();
    void onConnectFailed(const ApiError &error, const QString &message);
    void onDisconnected();
    void onSelectionChanged();
    void updateActions();
    void showSessionInTabs(const QString &sessionId);
    void completeSelected();
    void cancelSelected();
    void keepAliveSelected();
    void deleteSelected();
    void onUploadFinished(UploadController *controller, const UploadOutcome &outcome);
    void onDecisionNeeded(UploadController *controller, const QString &sessionId);
    void fetchSession(const QString &sessionId);
    void log(const QString &sessionId, const QString &text);
    void showMessage(const QString &text, bool problem);
    void notify(const QString &title, const QString &text);
    QString sessionItemName(const QString &sessionId) const;

    ProfileStore m_profileStore;
    CredentialStore m_credentials;
    QHash<QString, QString> m_sessionPasswords;
    QString m_rememberAfterConnect; // profile whose typed password goes to the keychain on success
    QString m_passwordFromKeychain; // profile whose connect attempt uses the saved password
    QSet<QString> m_refusedSavedPassword; // profiles whose saved password the server refused
    ServerConnection *m_connection;
    DemoServer *m_demo = nullptr;
    bool m_isDemo = false;
    ServerProfile m_demoProfile;
    QString m_demoPassword;
    QString m_lastMessage;
    QHash<QString, QPointer<UploadController>> m_uploads; // session id → controller
    QList<QPointer<UploadController>> m_allUploads;
    QTimer m_autoRefresh;
    ReviewCoordinator *m_reviews; // decisions uploads wait for, per session
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
    SessionTableModel *m_sessions = nullptr;
    SessionFilterProxy *m_proxy = nullptr;
    QTableView *m_sessionView = nullptr;
    QComboBox *m_stateFilter = nullptr;
    QLineEdit *m_textFilter = nullptr;
    LibraryTreeModel *m_libraries = nullptr;
    QSortFilterProxyModel *m_libraryProxy = nullptr;
    QTreeView *m_libraryView = nullptr;
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
