#include "ParentWatch.h"

#include <QSocketNotifier>

#include <cerrno>
#include <cstring>
#include <unistd.h>

namespace clu::sim {

// POSIX: the event loop watches fd 0 (a pipe from the parent); no thread needed.
struct ParentWatch::Private
{
    std::unique_ptr<QSocketNotifier> notifier;
    bool gone = false;
};

ParentWatch::ParentWatch(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{ }

ParentWatch::~ParentWatch() = default;

bool ParentWatch::start(QString *error)
{
    if (::isatty(STDIN_FILENO)) {
        // A terminal never reports EOF by itself: the option would do nothing useful there.
        *error = tr("--exit-with-parent needs standard input to be a pipe from the parent, not a "
                    "terminal");
        return false;
    }
    d->notifier = std::make_unique<QSocketNotifier>(STDIN_FILENO, QSocketNotifier::Read);
    connect(d->notifier.get(), &QSocketNotifier::activated, this, [this] {
        char buf[256];
        const ssize_t n = ::read(STDIN_FILENO, buf, sizeof buf);
        if (n > 0 || (n < 0 && (errno == EINTR || errno == EAGAIN)))
            return; // the parent wrote something (it need not); keep watching
        d->notifier->setEnabled(false);
        if (!d->gone) {
            d->gone = true;
            emit parentGone();
        }
    });
    return true;
}

} // namespace clu::sim
