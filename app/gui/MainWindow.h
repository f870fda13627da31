#pragma once

#include <QMainWindow>

class QAction;
class QLabel;

namespace clu::gui {

// The main window: toolbar of session actions, the update-session view, the status bar.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);

    QAction *connectAction() const { return m_connect; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void restoreSettings();
    void showAbout();

    QAction *m_connect = nullptr;
    QAction *m_refresh = nullptr;
    QAction *m_newUpload = nullptr;
    QAction *m_complete = nullptr;
    QAction *m_cancel = nullptr;
    QAction *m_keepAlive = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_quit = nullptr;
    QLabel *m_placeholder = nullptr;
    QLabel *m_serverStatus = nullptr;
};

} // namespace clu::gui
