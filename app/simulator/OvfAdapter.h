#pragma once

#include "SimState.h"

#include <QJsonObject>
#include <QStringList>

#include <functional>

namespace clu::sim {

namespace ovf {
class Manifest;
}

// The OVF type adapter (§10): which files are metadata, the order rule for .mf/.cert, the
// preview state machine, missing/invalid files, signature analysis and OVA expansion. The
// parsing and cryptography live in app/simulator/ovf (clu::sim::ovf); this class applies them
// to sessions. Every function expects the caller to hold SimState::mutex.
class OvfAdapter
{
public:
    OvfAdapter(SimState &state, bool ignoreTrustStore);

    static bool isOvfItem(const Item &item);
    bool isOva(const Item &item, const QString &fileName) const;
    // .mf/.cert are not kept in the item after complete (keep_in_storage:false).
    static bool isMetadataFile(const Item &item, const QString &fileName);
    // The API 6.8+ rule: manifest/certificate added after the descriptor is refused.
    static bool metadataAfterDescriptor(const UpdateSession &s, const Item &item,
                                        const QString &fileName);

    // A file of the session became READY: analyse the descriptor/signature when it is the
    // descriptor (or metadata arriving while the descriptor is there).
    void fileReady(UpdateSession &s, const Item &item, const SessionFile &f,
                   int previewDelaySeconds);
    // A file was (re)added or removed: forget results that depended on it.
    void fileChanged(UpdateSession &s, const Item &item, const QString &fileName);
    // The trust store changed: previews of ACTIVE sessions are evaluated again, so trusting a
    // signer clears UNTRUSTED_CERTIFICATE for a client polling the session.
    void trustChanged();

    QJsonObject preview(const UpdateSession &s, const Item &item) const;
    QStringList missingFiles(const UpdateSession &s, const Item &item) const;
    QJsonArray invalidFiles(const UpdateSession &s, const Item &item) const;
    // Warning types raised by the preview that warning_behavior does not ignore.
    QStringList unignoredWarnings(const UpdateSession &s) const;

    using PutFile = std::function<bool(const QString &name, const QString &from, qint64 size,
                                       const QString &sha1)>;
    // Expands a single uploaded .ova into the item's files through put().
    bool expandOvaInto(const Item &item, const QString &ovaPath, const PutFile &put,
                       QJsonObject *error);

private:
    const SessionFile *descriptor(const UpdateSession &s) const;
    // Descriptor references, signature and certificate analysis (clu::sim::ovf).
    void analyse(UpdateSession &s, const Item &item, const SessionFile &descriptorFile);
    const SessionFile *fileWithSuffix(const UpdateSession &s, const char *suffix) const;
    void checkDigest(UpdateSession &s, const ovf::Manifest &manifest, const SessionFile &f);
    // A chunk of a split file (ovf:chunkSize) with the wrong size goes to invalid_files;
    // false then (no digest check needed).
    bool checkChunk(UpdateSession &s, const SessionFile &descriptorFile, const SessionFile &f);
    QList<QByteArray> trustedPems() const;
    static void dropInvalid(UpdateSession &s, const QString &fileName);
    static void addInvalid(UpdateSession &s, const QString &fileName, const QString &id,
                           const QString &message);

    SimState &m_state;
    bool m_ignoreTrustStore;
};

} // namespace clu::sim
