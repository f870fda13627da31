#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QPair>

namespace clu {

// Transfer rate averaged over a sliding window (default 5 s), so a bar's rate and ETA neither
// jump with every network burst nor lag minutes behind a changed link.
class RateMeter
{
public:
    explicit RateMeter(qint64 windowMs = 5000)
        : m_windowMs(windowMs)
    { }

    void start();
    void add(qint64 totalBytes); // cumulative count so far
    double bytesPerSecond() const;
    // Seconds until `total` at the current rate; -1 when unknown (no rate yet).
    qint64 etaSeconds(qint64 done, qint64 total) const;

private:
    QElapsedTimer m_clock;
    QList<QPair<qint64, qint64>> m_samples; // (ms since start, cumulative bytes)
    qint64 m_windowMs;
};

} // namespace clu
