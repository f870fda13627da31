#pragma once

#include <QObject>

#include <memory>

namespace clu::sim {

// Notices that the process which started cl-simulator is gone, without the parent's help:
// the parent keeps the write end of our stdin pipe open and never writes; when it ends in any
// way (exit, SIGKILL, crash, lost X server) the kernel closes that end and we read EOF. That
// works the same on every platform, unlike parent-death signals (Linux only) or polling a pid
// (reused). Implemented in ParentWatch_posix.cpp and ParentWatch_win.cpp.
class ParentWatch : public QObject
{
    Q_OBJECT
public:
    explicit ParentWatch(QObject *parent = nullptr);
    ~ParentWatch() override;

    // Starts watching; false with *error when stdin cannot be watched.
    bool start(QString *error);

signals:
    // stdin reached end of file or failed: the parent is gone. Emitted once, in this thread.
    void parentGone();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace clu::sim
