#include "QuitOnSignals.h"

#include <QCoreApplication>
#include <QSocketNotifier>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>

namespace clu::gui {

namespace {

// Self-pipe: a signal handler may only do async-signal-safe things, so it writes one byte and
// the event loop, woken by the socket notifier, does the quitting.
int g_fds[2] = { -1, -1 };

void onSignal(int)
{
    const int saved = errno;
    const char c = 1;
    [[maybe_unused]] const auto n = ::write(g_fds[0], &c, 1);
    errno = saved;
}

} // namespace

QuitOnSignals::QuitOnSignals(QObject *parent)
    : QObject(parent)
{ }

bool QuitOnSignals::install(QCoreApplication *app, QString *error)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, g_fds) != 0) {
        *error =
            tr("cannot create the signal pipe: %1").arg(QString::fromLocal8Bit(strerror(errno)));
        return false;
    }
    ::fcntl(g_fds[0], F_SETFL, O_NONBLOCK); // a burst of signals must never block the handler
    auto *owner = new QuitOnSignals(app);
    auto *notifier = new QSocketNotifier(g_fds[1], QSocketNotifier::Read, owner);
    connect(notifier, &QSocketNotifier::activated, owner, [] {
        char buf[16];
        [[maybe_unused]] const auto n = ::read(g_fds[1], buf, sizeof buf);
        QCoreApplication::quit();
    });
    struct sigaction sa = {};
    sa.sa_handler = onSignal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    for (const int sig : { SIGTERM, SIGINT, SIGHUP })
        if (::sigaction(sig, &sa, nullptr) != 0) {
            *error = tr("cannot install the handler of signal %1: %2")
                         .arg(sig)
                         .arg(QString::fromLocal8Bit(strerror(errno)));
            return false;
        }
    return true;
}

} // namespace clu::gui
