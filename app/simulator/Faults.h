#pragma once

#include <QList>
#include <QRegularExpression>
#include <QString>

#include <mutex>

namespace clu::sim {

// Fault-injection knobs shared by the API, the upload endpoint and the control endpoint.
// Set from flags at start and changed at run time through /control/*.
class Faults
{
public:
    struct Snapshot
    {
        qint64 throttleBps = 0;
        qint64 dropAfterBytes = -1;
        int dropCount = 0; // <0: every upload (flag), >0: the next N uploads
        int failCalls = 0;
        // Only calls whose "METHOD target" (target with the query) this matches fail.
        QRegularExpression failMatch;
        bool failAfterCall = false; // the call is carried out, only its answer fails
        QList<qint64> dropOffsets; // one per upload, in order, before dropAfterBytes/dropCount
        int failStatus = 503;
        int retryAfter = 0;
        int previewDelaySeconds = 0;
        int busyStatus = 500;
        bool acceptChunked = false;
        // The reason a checksum mismatch is reported with; empty = "Checksum mismatch: expected
        // …, computed …". vCenter fails it "the same way" as a broken transfer (API reference
        // §8.4), so clients must not rely on the word: tests set e.g. "Pipe closed".
        QString checksumReason;
    };

    Snapshot get()
    {
        std::lock_guard lock(m_mutex);
        return m_s;
    }
    template<typename F> void update(F &&f)
    {
        std::lock_guard lock(m_mutex);
        f(m_s);
    }
    // Consumes one injected call failure; returns the status, or 0 when none is pending.
    // `call` is "METHOD target" (target with the query), matched against failMatch.
    // *afterCall: carry the call out, then answer the failure instead of its result.
    // explicitOnly: only a failure armed with a "match" that matches `call` (the data endpoint:
    // a fail-calls without match means the JSON API calls, as it always did).
    int takeCallFailure(const QString &call, int *retryAfter, bool *afterCall,
                        bool explicitOnly = false)
    {
        std::lock_guard lock(m_mutex);
        if (m_s.failCalls <= 0 || !m_s.failMatch.match(call).hasMatch()
            || (explicitOnly && m_s.failMatch.pattern().isEmpty()))
            return 0;
        --m_s.failCalls;
        ++m_callFailures;
        *retryAfter = m_s.retryAfter;
        *afterCall = m_s.failAfterCall;
        return m_s.failStatus;
    }
    // For a new upload: the byte count after which to drop the connection, or -1.
    qint64 takeDrop()
    {
        std::lock_guard lock(m_mutex);
        if (!m_s.dropOffsets.isEmpty())
            return m_s.dropOffsets.takeFirst();
        if (m_s.dropAfterBytes < 0 || m_s.dropCount == 0)
            return -1;
        if (m_s.dropCount > 0)
            --m_s.dropCount;
        return m_s.dropAfterBytes;
    }
    void reset(const Snapshot &defaults)
    {
        std::lock_guard lock(m_mutex);
        m_s = defaults;
        m_s.throttleBps = 0;
        m_s.dropAfterBytes = -1;
        m_s.dropCount = 0;
        m_s.failCalls = 0;
        m_s.failMatch = QRegularExpression();
        m_s.dropOffsets.clear();
        m_s.previewDelaySeconds = 0;
        m_s.checksumReason.clear();
    }

    // Since start (not reset): injected call failures answered, upload connections dropped.
    qint64 callFailures()
    {
        std::lock_guard lock(m_mutex);
        return m_callFailures;
    }
    void noteDropped()
    {
        std::lock_guard lock(m_mutex);
        ++m_dropped;
    }
    qint64 dropped()
    {
        std::lock_guard lock(m_mutex);
        return m_dropped;
    }

private:
    std::mutex m_mutex;
    Snapshot m_s;
    qint64 m_callFailures = 0;
    qint64 m_dropped = 0;
};

} // namespace clu::sim
