#include "MainWindow.h"

#include "Version.h"

#include <QAction>
#include <QCloseEvent>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QToolBar>

namespace clu::gui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowTitle(tr("Content Library Uploader"));

    createActions();
    createMenus();

    m_placeholder = new QLabel(
        tr("Not connected. Choose a server profile and press Connect to list update sessions."),
        this);
    m_placeholder->setObjectName(QStringLiteral("placeholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    setCentralWidget(m_placeholder);

    m_serverStatus = new QLabel(tr("Not connected"), this);
    m_serverStatus->setObjectName(QStringLiteral("serverStatus"));
    statusBar()->addPermanentWidget(m_serverStatus);

    restoreSettings();
}

void MainWindow::createActions()
{
    auto make = [this](const QString &name, const QString &text, const QString &tip,
                       const QKeySequence &key) {
        auto *a = new QAction(text, this);
        a->setObjectName(name);
        a->setToolTip(tip);
        a->setStatusTip(tip);
        if (!key.isEmpty())
            a->setShortcut(key);
        return a;
    };
    m_connect = make(QStringLiteral("actionConnect"), tr("&Connect"),
                     tr("Connect to the selected vCenter server"), QKeySequence(tr("Ctrl+K")));
    m_refresh = make(QStringLiteral("actionRefresh"), tr("&Refresh"),
                     tr("Reload libraries and update sessions"), QKeySequence::Refresh);
    m_newUpload = make(QStringLiteral("actionNewUpload"), tr("&New upload…"),
                       tr("Upload files into a library item"), QKeySequence::New);
    m_complete = make(QStringLiteral("actionComplete"), tr("C&omplete"),
                      tr("Complete the selected update session"), QKeySequence(tr("Ctrl+Return")));
    m_cancel = make(QStringLiteral("actionCancel"), tr("C&ancel session"),
                    tr("Cancel the selected update session and discard its uploaded data"),
                    QKeySequence());
    m_keepAlive = make(QStringLiteral("actionKeepAlive"), tr("&Keep alive"),
                       tr("Extend the selected update session before it expires"),
                       QKeySequence(tr("Ctrl+L")));
    m_delete = make(QStringLiteral("actionDelete"), tr("&Delete session"),
                    tr("Delete the selected finished update session"), QKeySequence::Delete);
    m_quit = make(QStringLiteral("actionQuit"), tr("&Quit"), tr("Quit the application"),
                  QKeySequence::Quit);
    connect(m_quit, &QAction::triggered, this, &QWidget::close);

    // Until a server is connected and a session selected, session actions have nothing to act on.
    for (QAction *a : { m_refresh, m_newUpload, m_complete, m_cancel, m_keepAlive, m_delete })
        a->setEnabled(false);
    m_connect->setEnabled(false);

    auto *toolbar = addToolBar(tr("Session actions"));
    toolbar->setObjectName(QStringLiteral("sessionToolBar"));
    toolbar->addActions({ m_connect, m_refresh });
    toolbar->addSeparator();
    toolbar->addActions({ m_newUpload, m_complete, m_cancel, m_keepAlive, m_delete });
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addActions({ m_connect, m_refresh });
    file->addSeparator();
    file->addAction(m_quit);

    QMenu *session = menuBar()->addMenu(tr("&Session"));
    session->addActions({ m_newUpload, m_complete, m_cancel, m_keepAlive, m_delete });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Content Library Uploader"));
    about->setObjectName(QStringLiteral("actionAbout"));
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray()))
        resize(1100, 700);
    restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
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
