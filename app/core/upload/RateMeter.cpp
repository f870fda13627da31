#include "RateMeter.h"

#include <cmath>

namespace clu {

void RateMeter::start()
{
    m_clock.start();
    m_samples.clear();
    m_samples.append({ 0, 0 });
}

void RateMeter::add(qint64 totalBytes)
{
    if (!m_clock.isValid())
        start();
    const qint64 now = m_clock.elapsed();
    m_samples.append({ now, totalBytes });
    // Keep one sample older than the window as the left edge of the average.
    while (m_samples.size() > 2 && now - m_samples.at(1).first > m_windowMs)
        m_samples.removeFirst();
}

double RateMeter::bytesPerSecond() const
{
    if (m_samples.size() < 2)
        return 0.0;
    const auto &first = m_samples.first();
    const auto &last = m_samples.last();
    const qint64 ms = last.first - first.first;
    if (ms <= 0)
        return 0.0;
    return double(last.second - first.second) * 1000.0 / double(ms);
}

qint64 RateMeter::etaSeconds(qint64 done, qint64 total) const
{
    const double rate = bytesPerSecond();
    if (rate <= 0.0 || total < done)
        return -1;
    return qint64(std::ceil(double(total - done) / rate));
}

} // namespace clu
