#pragma once

#include "model/Enums.h"
#include "ovf/OvfManifest.h"
#include "ovf/OvfPackage.h"

#include <QList>
#include <QMetaType>
#include <QObject>

#include <atomic>
#include <functional>
#include <optional>

class QThread;

namespace clu {

// The checksum_info of one file, and the .mf check of the same bytes.
struct SourceDigest
{
    QString name;
    bool ok = false; // hashed; a mismatch is still ok == true (the bytes were read)
    bool canceled = false;
    QString hex; // lowercase, of the requested algorithm
    qint64 bytes = 0;
    QString error; // translated: unreadable, or changed size
    std::optional<DigestMismatch> mismatch; // the manifest lists another digest
};

// Hashes upload sources one after another in a worker thread, in the order they will be sent,
// so the engine can send file N while file N+1 is being hashed (an add needs its checksum
// first, §5.7). hash() is the per-file step, also used by UploadPreparer.
class SourceHasher : public QObject
{
    Q_OBJECT
public:
    struct Job
    {
        UploadSource source;
        std::optional<OvfManifest::Entry> manifestEntry; // checked in the same pass
    };

    explicit SourceHasher(QObject *parent = nullptr);
    ~SourceHasher() override; // cancels and joins

    // One read pass for `algorithm`; when the manifest lists the file with another algorithm a
    // second pass checks that one.
    static SourceDigest hash(const UploadSource &source, ChecksumAlgorithm algorithm,
                             const OvfManifest::Entry *manifestEntry,
                             const std::atomic_bool *cancel,
                             const std::function<void(qint64)> &onProgress = {});

    // False when already running. hashed() follows once per job, in order, and none after the
    // first that is not ok.
    bool start(const QList<Job> &jobs, ChecksumAlgorithm algorithm);
    void cancel() { m_cancel.store(true); }
    bool isRunning() const { return m_thread != nullptr; }

signals:
    void hashed(const clu::SourceDigest &digest);
    void progress(qint64 bytesDone, qint64 bytesTotal);

private:
    void join();

    QThread *m_thread = nullptr;
    std::atomic_bool m_cancel { false };
};

} // namespace clu

Q_DECLARE_METATYPE(clu::SourceDigest)
