#pragma once

#include <QByteArray>
#include <QString>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <vector>

class QIODevice;

namespace clu {

// Reads a device block by block in a thread of its own, a few blocks ahead of its consumer.
//
// Why: a hash pass over a file spends ~15 % of its time copying the bytes out of the page cache
// (read()); with the copy beside the hash, on the other core, SHA-256 runs at what OpenSSL
// reaches on its own (bench-upload). Memory stays flat: `blocks` buffers of `blockSize` bytes.
// The device is used only by the reader thread until the BlockReader is gone.
class BlockReader
{
public:
    BlockReader(QIODevice *device, qint64 blockSize, int blocks = 4);
    ~BlockReader(); // stops the reader and waits for it

    BlockReader(const BlockReader &) = delete;
    BlockReader &operator=(const BlockReader &) = delete;

    // Waits for the next block: its size (> 0) and *data, valid until the next call; 0 at the
    // end; -1 when reading failed (errorString()).
    qint64 next(const char **data);
    QString errorString() const;

private:
    struct Filled
    {
        int buffer = -1;
        qint64 size = 0; // 0: end, -1: error
    };
    void run();

    QIODevice *m_device;
    std::vector<QByteArray> m_buffers;
    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<int> m_free; // buffers the reader may fill
    std::deque<Filled> m_filled; // in file order
    int m_consuming = -1; // the buffer handed out by next(), returned on the next call
    bool m_stop = false;
    QString m_error;
    std::thread m_thread;
};

} // namespace clu
