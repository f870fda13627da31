#include "GuiOptions.h"

#include "i18n/Translations.h"

#include <cstring>

namespace clu::gui {

GuiOptions::GuiOptions()
    : m_demo(QStringLiteral("demo"),
             tr("Start a local demo server (cl-simulator with seeded content) and connect to it."))
    , m_simulator(QStringLiteral("simulator"), tr("The cl-simulator executable to use for --demo."),
                  tr("path"))
    , m_screenshots(QStringLiteral("screenshots"),
                    tr("With --demo: write PNG screenshots of the main window, the certificate "
                       "tab and the upload dialog into this directory, then quit."),
                    tr("directory"))
    , m_lang(QStringLiteral("lang"),
             tr("User interface language: %1. Default: the system language.")
                 .arg(Translations::available().join(QStringLiteral(", "))),
             tr("code"))
{
    m_parser.setApplicationDescription(
        tr("Content Library Uploader: upload OVF/OVA templates, ISOs and files into vCenter "
           "Content Libraries through update sessions."));
    m_parser.addHelpOption();
    m_parser.addVersionOption();
    m_parser.addOption(m_demo);
    m_parser.addOption(m_simulator);
    m_parser.addOption(m_screenshots);
    m_parser.addOption(m_lang);
    m_parser.addPositionalArgument(
        QStringLiteral("files"),
        tr("Files, or one OVF/OVA package, to upload: the New upload dialog opens with them "
           "once connected."),
        tr("[FILE...]"));
}

void GuiOptions::process(const QCoreApplication &app)
{
    m_parser.process(app);
}

bool GuiOptions::parse(const QStringList &arguments)
{
    return m_parser.parse(arguments);
}

bool GuiOptions::wantsHelpOrVersion(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const char *a = argv[i];
        if (!std::strcmp(a, "--help") || !std::strcmp(a, "-h") || !std::strcmp(a, "--help-all")
            || !std::strcmp(a, "-?") || !std::strcmp(a, "--version") || !std::strcmp(a, "-v"))
            return true;
    }
    return false;
}

} // namespace clu::gui
