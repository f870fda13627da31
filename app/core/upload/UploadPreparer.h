#pragma once

#include "SourceHasher.h"
#include "UploadTypes.h"

#include <QHash>
#include <QObject>

#include <atomic>

class QThread;

namespace clu {

// The local half of an upload, done before any session exists: collect the files (plain files,
// an .ovf package or an .ova's members), refuse missing references and bad hrefs, verify the .mf
// digests, and compute the checksum_info of every file, all in a worker thread. With
// deferContent the content files (disks, plain files) are only listed: the engine hashes them
// while it sends (file N+1 while file N goes out); metadata is still hashed here.
struct PreparedUpload
{
    bool ok = false;
    bool canceled = false;
    bool isPackage = false; // .ovf or .ova
    QList<UploadSource> metadata; // .mf, .cert, .ovf in that order (packages only)
    QList<UploadSource> content; // everything else, in upload order (URL sources last)
    QHash<QString, QString> checksums; // file name -> lowercase hex of the requested algorithm
    // Content files whose checksum (and .mf check) is left to the engine's SourceHasher, in
    // upload order (prepare(..., deferContent = true)).
    QList<SourceHasher::Job> deferred;
    QStringList errors; // translated
    // Translated remarks the user should read even on success: files verified but not sent
    // (listed in the manifest, not referenced), chunked files sent chunk by chunk.
    QStringList notes;
    QStringList missingReferences;
    QList<DigestMismatch> mismatches;
    qint64 totalBytes = 0;
    PreflightReport preflight; // run before everything else (setPreflight)
};

class UploadPreparer : public QObject
{
    Q_OBJECT
public:
    explicit UploadPreparer(QObject *parent = nullptr);
    ~UploadPreparer() override; // cancels and joins

    // deferContent: see PreparedUpload::deferred.
    void start(const QStringList &paths, const QList<PullSource> &pulls,
               ChecksumAlgorithm algorithm, bool deferContent = false);
    void cancel() { m_cancel.store(true); }
    // Whether start() runs Preflight first, and whether its warnings may pass; a report that
    // blocks ends the preparation before any file is hashed.
    void setPreflight(bool run, bool allowWarnings)
    {
        m_runPreflight = run;
        m_allowPreflightWarnings = allowWarnings;
    }

    // The synchronous work, callable from any thread.
    static PreparedUpload prepare(const QStringList &paths, ChecksumAlgorithm algorithm,
                                  const std::atomic_bool *cancel,
                                  const std::function<void(qint64, qint64)> &onProgress,
                                  const QList<PullSource> &pulls = {},
                                  bool deferContent = false);
    // Checks URL sources and turns them into content entries (names resolved, unique).
    static void addPullSources(const QList<PullSource> &pulls, PreparedUpload *r);

signals:
    void progress(qint64 bytesHashed, qint64 bytesTotal);
    void finished(const clu::PreparedUpload &result);

private:
    QThread *m_thread = nullptr;
    std::atomic_bool m_cancel { false };
    bool m_runPreflight = false;
    bool m_allowPreflightWarnings = false;
};

} // namespace clu

Q_DECLARE_METATYPE(clu::PreparedUpload)
