#include "QuitOnSignals.h"

#include <QCoreApplication>
#include <QMetaObject>

#include <windows.h>

namespace clu::gui {

namespace {

// Runs on a thread the system creates: hand the quit to the event loop and report the event
// handled, so the process is not ended before main() unwinds.
BOOL WINAPI onConsoleEvent(DWORD type)
{
    switch (type) {
    case CTRL_C_EVENT:
    case CTRL_BREAK_EVENT:
    case CTRL_CLOSE_EVENT:
    case CTRL_LOGOFF_EVENT:
    case CTRL_SHUTDOWN_EVENT:
        QMetaObject::invokeMethod(
            QCoreApplication::instance(), [] { QCoreApplication::quit(); }, Qt::QueuedConnection);
        return TRUE;
    default:
        return FALSE;
    }
}

} // namespace

QuitOnSignals::QuitOnSignals(QObject *parent)
    : QObject(parent)
{ }

bool QuitOnSignals::install(QCoreApplication *app, QString *error)
{
    // Without a console (the windowed build) these events never come; logoff and shutdown then
    // arrive as window messages, which Qt turns into a normal close of the main window.
    if (!::SetConsoleCtrlHandler(onConsoleEvent, TRUE)) {
        *error = tr("cannot install the console control handler (error %1)").arg(::GetLastError());
        return false;
    }
    new QuitOnSignals(app);
    return true;
}

} // namespace clu::gui
