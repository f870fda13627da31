#include "GuiOptions.h"
#include "MainWindow.h"
#include "QuitOnSignals.h"
#include "Version.h"
#include "demo/ScreenshotTour.h"
#include "i18n/Translations.h"

#include <QApplication>
#include <QIcon>

#include <cstdio>

namespace {
void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("cl-uploader"));
    QCoreApplication::setApplicationName(QStringLiteral("cl-uploader"));
    QCoreApplication::setApplicationVersion(clu::versionString());
}

// Before any translated text is built (the option help included); false after telling why.
bool installTranslations(QCoreApplication *app)
{
    QString error;
    if (clu::Translations::install(app, clu::Translations::requestedLanguage(app->arguments()),
                                   &error))
        return true;
    fprintf(stderr, "cl-uploader: %s\n", qPrintable(error));
    return false;
}
} // namespace

int main(int argc, char *argv[])
{
    // --help and --version must work on a machine with no display: answer them before
    // QApplication tries to open one.
    if (clu::gui::GuiOptions::wantsHelpOrVersion(argc, argv)) {
        QCoreApplication app(argc, argv);
        setApplicationIdentity();
        if (!installTranslations(&app))
            return 2;
        clu::gui::GuiOptions options;
        options.process(app);
        return 0;
    }

    QApplication app(argc, argv);
    setApplicationIdentity();
    if (!installTranslations(&app))
        return 2;
    QGuiApplication::setApplicationDisplayName(QObject::tr("Content Library Uploader"));
    QGuiApplication::setDesktopFileName(QStringLiteral("cl-uploader"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/cl-uploader.svg")));

    clu::gui::GuiOptions options;
    options.process(app);

    // Before the demo's simulator starts: a SIGTERM must unwind main() so it is stopped.
    QString signalError;
    if (!clu::gui::QuitOnSignals::install(&app, &signalError))
        fprintf(stderr, "cl-uploader: %s\n", qPrintable(signalError));

    clu::gui::MainWindow window;
    window.show();
    if (!options.screenshotDir().isEmpty()) {
        auto *tour = new clu::gui::ScreenshotTour(&window, options.screenshotDir(), &window);
        QObject::connect(tour, &clu::gui::ScreenshotTour::finished, &app,
                         [](bool ok) { QCoreApplication::exit(ok ? 0 : 1); });
        tour->start();
    }
    if (!options.files().isEmpty())
        window.openNewUploadWhenReady(options.files());
    if (options.demo())
        window.startDemo(options.simulator());
    return app.exec();
}
