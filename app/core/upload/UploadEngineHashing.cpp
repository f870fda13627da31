// UploadEngine, the content checksums: the content files are hashed in a worker (SourceHasher)
// while the session is created and the files before them are sent; a file is added once its
// checksum is ready (pumpContent), and a file that fails its check ends the run.
#include "UploadEngine.h"

namespace clu {

void UploadEngine::startHashing()
{
    delete m_hasher; // an earlier run's: canceled already, joined here
    m_hasher = nullptr;
    if (m_prepared.deferred.isEmpty())
        return;
    m_hasher = new SourceHasher(this);
    connect(m_hasher, &SourceHasher::hashed, this, &UploadEngine::onHashed);
    m_hasher->start(m_prepared.deferred, m_request.checksum);
}

void UploadEngine::onHashed(const SourceDigest &digest)
{
    if (!alive(m_run))
        return;
    if (!digest.ok) {
        failWith(ApiError::invalidInput(tr("check the files to upload"), digest.error),
                 tr("The upload stopped: %1").arg(digest.error));
        return;
    }
    if (digest.mismatch) {
        const DigestMismatch &m = *digest.mismatch;
        m_outcome.digestMismatches.append(m);
        const QString why = tr("%1 does not match the manifest: %2 is %3, the manifest says %4.")
                                .arg(m.file, m.algorithm, m.actual, m.expected);
        failWith(ApiError::invalidInput(tr("check the files to upload"), why),
                 tr("The upload stopped: %1").arg(why));
        return;
    }
    m_prepared.checksums.insert(digest.name, digest.hex);
    if (m_stage == UploadStage::SendingFiles)
        pumpContent();
}

} // namespace clu
