#pragma once

#include <QObject>

class QSocketNotifier;

namespace clu::cli {

// Turns SIGINT/SIGTERM into a Qt signal (self-pipe), so Ctrl-C during an upload cancels the
// update session cleanly instead of leaving it ACTIVE on the server until it expires.
class InterruptHandler : public QObject
{
    Q_OBJECT
public:
    explicit InterruptHandler(QObject *parent = nullptr);
    ~InterruptHandler() override;
    int count() const { return m_count; }

signals:
    void interrupted(int count); // 1 on the first Ctrl-C, 2 on the second...

private:
    void onReadable();
    QSocketNotifier *m_notifier = nullptr;
    int m_count = 0;
};

} // namespace clu::cli
