#include "ParentWatch.h"
#include "SimulatorInfo.h"
#include "SimulatorOptions.h"
#include "SimulatorServer.h"

#include <QCoreApplication>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

namespace {

int g_signalFds[2] = { -1, -1 };

void onSignal(int)
{
    const char c = 1;
    [[maybe_unused]] const auto n = ::write(g_signalFds[0], &c, 1);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("cl-simulator"));
    QCoreApplication::setApplicationVersion(clu::sim::simulatorVersion());

    clu::sim::SimulatorOptions options;
    QString error;
    if (!options.parse(QCoreApplication::arguments(), &error)) {
        std::fprintf(stderr, "cl-simulator: %s\n%s\n", qPrintable(error),
                     qPrintable(QCoreApplication::translate("cl-simulator", "Try --help.")));
        return 2;
    }

    // SIGINT/SIGTERM/SIGHUP end the event loop normally, so the temporary data directory (with
    // the TLS key) is removed and state.json is written.
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalFds) != 0) {
        std::perror("cl-simulator: socketpair");
        return 1;
    }
    QSocketNotifier notifier(g_signalFds[1], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &app, [] {
        char c;
        [[maybe_unused]] const auto n = ::read(g_signalFds[1], &c, 1);
        QCoreApplication::quit();
    });
    struct sigaction sa = {};
    sa.sa_handler = onSignal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    sigaction(SIGINT, &sa, nullptr);
    sigaction(SIGTERM, &sa, nullptr);
    sigaction(SIGHUP, &sa, nullptr);
    std::signal(SIGPIPE, SIG_IGN); // dropped upload connections must not kill the process

    // --exit-with-parent (the GUI's demo): the parent's end of our stdin closes when it ends in
    // any way, SIGKILL included; then shut down like on SIGTERM.
    clu::sim::ParentWatch parentWatch;
    if (options.exitWithParent) {
        if (!parentWatch.start(&error)) {
            std::fprintf(stderr, "cl-simulator: %s\n", qPrintable(error));
            return 2;
        }
        QObject::connect(&parentWatch, &clu::sim::ParentWatch::parentGone, &app, [] {
            std::fprintf(stderr, "cl-simulator: standard input closed (parent gone), stopping\n");
            QCoreApplication::quit();
        });
    }

    clu::sim::SimulatorServer server(options);
    if (!server.start(&error)) {
        std::fprintf(stderr, "cl-simulator: %s\n", qPrintable(error));
        return 1;
    }
    // The start lines are a contract (tests and the GUI's demo mode parse them).
    std::printf("cl-simulator listening on %s\n", qPrintable(server.baseUrl()));
    std::printf("cl-simulator credentials %s %s\n", qPrintable(options.users.first().first),
                qPrintable(options.users.first().second));
    if (options.controlEnabled)
        std::printf("cl-simulator control on %s\n", qPrintable(server.controlUrl()));
    std::printf("cl-simulator data directory %s\n", qPrintable(server.dataDir()));
    std::fflush(stdout);

    const int rc = app.exec();
    server.stop();
    return rc;
}
