#include "BlockReader.h"

#include <QCoreApplication>
#include <QIODevice>

namespace clu {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(BlockReader)
};
constexpr int kStallSeconds = 30;
} // namespace

BlockReader::BlockReader(QIODevice *device, qint64 blockSize, int blocks)
    : m_device(device)
{
    for (int i = 0; i < blocks; ++i) {
        m_buffers.emplace_back(qsizetype(blockSize), Qt::Uninitialized);
        m_free.push_back(i);
    }
    m_thread = std::thread([this]() { run(); });
}

BlockReader::~BlockReader()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_changed.notify_all();
    m_thread.join();
}

void BlockReader::run()
{
    for (;;) {
        int buffer = -1;
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this]() { return m_stop || !m_free.empty(); });
            if (m_stop)
                return;
            buffer = m_free.front();
            m_free.pop_front();
        }
        QByteArray &b = m_buffers[size_t(buffer)];
        qint64 n = m_device->read(b.data(), b.size());
        // A sequential device may have no data *yet*; our sources (files, OVA members) read
        // synchronously, so this waits only in theory, and never past a stop.
        int waited = 0;
        while (n == 0 && m_device->isSequential() && !m_device->atEnd()) {
            {
                std::lock_guard lock(m_mutex);
                if (m_stop)
                    return;
            }
            if (!m_device->waitForReadyRead(1000) && ++waited >= kStallSeconds) {
                if (m_device->atEnd())
                    break;
                n = -1;
                std::lock_guard lock(m_mutex);
                m_error = Tr::tr("no data arrived for %1 s").arg(kStallSeconds);
                break;
            }
            n = m_device->read(b.data(), b.size());
        }
        {
            std::lock_guard lock(m_mutex);
            if (n < 0 && m_error.isEmpty())
                m_error = m_device->errorString();
            m_filled.push_back({ buffer, n < 0 ? -1 : n });
        }
        m_changed.notify_all();
        if (n <= 0)
            return; // the end, or an error: nothing more to read
    }
}

qint64 BlockReader::next(const char **data)
{
    std::unique_lock lock(m_mutex);
    if (m_consuming >= 0) {
        m_free.push_back(m_consuming);
        m_consuming = -1;
        m_changed.notify_all();
    }
    m_changed.wait(lock, [this]() { return !m_filled.empty(); });
    const Filled f = m_filled.front();
    if (f.size <= 0)
        return f.size; // stays queued: every later call answers the same
    m_filled.pop_front();
    m_consuming = f.buffer;
    *data = m_buffers[size_t(f.buffer)].constData();
    return f.size;
}

QString BlockReader::errorString() const
{
    std::lock_guard lock(m_mutex);
    return m_error;
}

} // namespace clu
