#include "GuiOptions.h"

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
{
    m_parser.setApplicationDescription(
        tr("Content Library Uploader: upload OVF/OVA templates, ISOs and files into vCenter "
           "Content Libraries through update sessions."));
    m_parser.addHelpOption();
    m_parser.addVersionOption();
    m_parser.addOption(m_demo);
    m_parser.addOption(m_simulator);
    m_parser.addOption(m_screenshots);
}

void GuiOptions::process(const QCoreApplication &app)
{
    m_parser.process(app);
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
