#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>

namespace clu::gui {

// Command-line options of cl-uploader, shared by the --help/--version path (which must work
// without a display) and the normal start.
class GuiOptions
{
    Q_DECLARE_TR_FUNCTIONS(GuiOptions)
public:
    GuiOptions();

    // Parses the application's arguments; exits for --help/--version as QCommandLineParser does.
    void process(const QCoreApplication &app);
    // The same for an explicit argument list (argv[0] first); false and errorText() on bad input.
    bool parse(const QStringList &arguments);
    QString errorText() const { return m_parser.errorText(); }

    // --demo: start the bundled simulator with demo content and connect to it.
    bool demo() const { return m_parser.isSet(m_demo); }
    // --simulator PATH: the cl-simulator executable for --demo (default: searched).
    QString simulator() const { return m_parser.value(m_simulator); }

    // FILE...: what to upload; New upload opens with them once connected (Exec=cl-uploader %F).
    QStringList files() const { return m_parser.positionalArguments(); }

    // --screenshots DIR: with --demo, write the README screenshots into DIR and quit.
    QString screenshotDir() const { return m_parser.value(m_screenshots); }

    // True when argv asks only for help or version, so no QApplication (and no display) is needed.
    static bool wantsHelpOrVersion(int argc, char **argv);

private:
    QCommandLineParser m_parser;
    QCommandLineOption m_demo;
    QCommandLineOption m_simulator;
    QCommandLineOption m_screenshots;
    QCommandLineOption m_lang; // applied before parsing by clu::Translations; listed for --help
};

} // namespace clu::gui
