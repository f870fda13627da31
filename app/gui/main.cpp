#include "GuiOptions.h"
#include "MainWindow.h"
#include "ScreenshotTour.h"
#include "Version.h"

#include <QApplication>
#include <QIcon>

namespace {
void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("cl-uploader"));
    QCoreApplication::setApplicationName(QStringLiteral("cl-uploader"));
    QCoreApplication::setApplicationVersion(clu::versionString());
}
} // namespace

int main(int argc, char *argv[])
{
    // --help and --version must work on a machine with no display: answer them before
    // QApplication tries to open one.
    if (clu::gui::GuiOptions::wantsHelpOrVersion(argc, argv)) {
        QCoreApplication app(argc, argv);
        setApplicationIdentity();
        clu::gui::GuiOptions options;
        options.process(app);
        return 0;
    }

    QApplication app(argc, argv);
    setApplicationIdentity();
    QGuiApplication::setApplicationDisplayName(QObject::tr("Content Library Uploader"));
    QGuiApplication::setDesktopFileName(QStringLiteral("cl-uploader"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/cl-uploader.svg")));

    clu::gui::GuiOptions options;
    options.process(app);

    clu::gui::MainWindow window;
    window.show();
    if (!options.screenshotDir().isEmpty()) {
        auto *tour = new clu::gui::ScreenshotTour(&window, options.screenshotDir(), &window);
        QObject::connect(tour, &clu::gui::ScreenshotTour::finished, &app,
                         [](bool ok) { QCoreApplication::exit(ok ? 0 : 1); });
        tour->start();
    }
    if (options.demo())
        window.startDemo(options.simulator());
    return app.exec();
}
