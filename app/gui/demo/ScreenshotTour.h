#pragma once

#include <QObject>
#include <QString>
#include <QTemporaryDir>

#include <memory>

class QWidget;

namespace clu::gui {

class MainWindow;

// `cl-uploader --demo --screenshots DIR`: once the demo server's sessions are listed, writes
// main-window.png, certificate-tab-en.png, upload-dialog.png and url-source-dialog.png into DIR
// (the README's images, see scripts/screenshots.sh) and quits; with `--lang CODE` (not en)
// only certificate-tab-CODE.png. The window is 1200×760. Uses QWidget::grab(), so it works under
// xvfb and without a window manager.
class ScreenshotTour : public QObject
{
    Q_OBJECT
public:
    ScreenshotTour(MainWindow *window, const QString &directory, QObject *parent = nullptr);

    void start();

signals:
    void finished(bool ok);

private:
    void shoot();
    void shootUrlSource();
    bool save(QWidget *widget, const QString &name);

    MainWindow *m_window;
    QString m_directory;
    bool m_started = false;
    bool m_ok = true;
    std::unique_ptr<QTemporaryDir> m_files;
};

} // namespace clu::gui
