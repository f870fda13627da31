#include "ParentWatch.h"

#include <QMetaObject>

#include <thread>

#include <windows.h>

namespace clu::sim {

// Windows: anonymous pipes cannot be waited on with the event loop, so a thread blocks in
// ReadFile on stdin; it fails (ERROR_BROKEN_PIPE) once the parent's end is closed. The thread is
// detached: it only ever posts one queued call and the process may end while it blocks.
struct ParentWatch::Private
{
    bool started = false;
};

ParentWatch::ParentWatch(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{ }

ParentWatch::~ParentWatch() = default;

bool ParentWatch::start(QString *error)
{
    HANDLE in = ::GetStdHandle(STD_INPUT_HANDLE);
    if (in == nullptr || in == INVALID_HANDLE_VALUE || ::GetFileType(in) != FILE_TYPE_PIPE) {
        *error = tr("--exit-with-parent needs standard input to be a pipe from the parent");
        return false;
    }
    d->started = true;
    std::thread([this, in] {
        char buf[256];
        DWORD n = 0;
        while (::ReadFile(in, buf, sizeof buf, &n, nullptr) && n > 0) { }
        QMetaObject::invokeMethod(
            this, [this] { emit parentGone(); }, Qt::QueuedConnection);
    }).detach();
    return true;
}

} // namespace clu::sim
