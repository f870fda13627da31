#pragma once

#include "model/Enums.h"

#include <QIODevice>
#include <QObject>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

class QThread;

namespace clu {

// Outcome of one checksum run. `hex` is lowercase (what sha256sum/ovftool print and what the
// server compares, §5.6).
struct ChecksumResult
{
    bool ok = false;
    bool canceled = false;
    ChecksumAlgorithm algorithm = ChecksumAlgorithm::Sha256;
    QString hex;
    qint64 bytes = 0;
    QString error; // translated, names the source and the reason
};

// Computes a digest of a file (or of any sequential device, e.g. an OVA member) in a worker
// thread, streaming in blockSize reads so memory stays flat for 100 GB files; progress signals
// are delivered to this object's thread; cancel() stops the worker at the next block. The digest
// itself is OpenSSL EVP (Digest), which uses the CPU's SHA extensions: as fast as
// `openssl dgst` (bench-upload prints both).
//
// Design decision (hash first vs. hashing in the upload's read pass): the AddSpec carries
// checksum_info and must be sent BEFORE the bytes (§5.7; §8.4 "always supply both" size and
// checksum, or a truncated body can be accepted as the whole file), so a single read pass is only
// possible by dropping checksum_info, which gives up the server-side integrity check. We hash
// first and always send checksum_info. Reusing the .mf digest when its algorithm matches avoids
// a second pass for OVF packages.
class ChecksumCalculator : public QObject
{
    Q_OBJECT
public:
    // Opens the source inside the worker thread (so a libarchive handle never crosses threads).
    // Returns nullptr and sets *error when it cannot be opened.
    using SourceFactory = std::function<std::unique_ptr<QIODevice>(QString *error)>;

    explicit ChecksumCalculator(QObject *parent = nullptr);
    ~ChecksumCalculator() override; // cancels and joins a running worker

    // "sha256" / "SHA-256" / "SHA256" (any case) → algorithm; false for anything else.
    static bool parseAlgorithm(const QString &text, ChecksumAlgorithm *algorithm);
    static constexpr qint64 blockSize = 1024 * 1024;

    // Starts hashing a local file. Returns false (and emits nothing) when already running.
    bool start(const QString &path, ChecksumAlgorithm algorithm = ChecksumAlgorithm::Sha256);
    // Starts hashing what `factory` opens; `label` names the source in error messages.
    bool start(SourceFactory factory, const QString &label,
               ChecksumAlgorithm algorithm = ChecksumAlgorithm::Sha256);
    void cancel() { m_cancel.store(true); }
    bool isRunning() const { return m_thread != nullptr; }

    // Synchronous variant used inside worker threads and by tests (no signals).
    static ChecksumResult hashDevice(QIODevice *device, const QString &label,
                                     ChecksumAlgorithm algorithm,
                                     const std::atomic_bool *cancel = nullptr,
                                     const std::function<void(qint64)> &onProgress = {});
    static ChecksumResult hashFile(const QString &path, ChecksumAlgorithm algorithm);

signals:
    void progress(qint64 bytesDone, qint64 bytesTotal); // total -1 when unknown
    void finished(const clu::ChecksumResult &result);

private:
    void onWorkerDone(const ChecksumResult &result);

    QThread *m_thread = nullptr;
    std::atomic_bool m_cancel { false };
};

} // namespace clu

Q_DECLARE_METATYPE(clu::ChecksumResult)
