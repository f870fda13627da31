#pragma once

#include <QObject>

class QCoreApplication;

namespace clu::gui {

// Ends the application's event loop normally when the session asks the process to stop
// (SIGTERM at logout or from `kill`, SIGINT from a terminal, SIGHUP when the terminal goes;
// a console control event on Windows), so main() unwinds: the window saves its state and the
// demo's simulator is stopped and its temporary directory removed. Without this those signals
// end the process on the spot. Implemented in QuitOnSignals_posix.cpp / QuitOnSignals_win.cpp.
class QuitOnSignals : public QObject
{
    Q_OBJECT
public:
    // Installs the handlers for the lifetime of `app`; false with *error when it could not.
    static bool install(QCoreApplication *app, QString *error);

private:
    explicit QuitOnSignals(QObject *parent);
};

} // namespace clu::gui
