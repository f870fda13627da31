#pragma once

#include "OvfDescriptor.h"
#include "OvfManifest.h"

#include <QIODevice>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <atomic>
#include <memory>

namespace clu {

// One file to upload: a local file, or a member of an .ova streamed from the archive.
struct UploadSource
{
    enum class Role { Manifest, Certificate, Descriptor, Referenced, Plain };

    QString name; // file name inside the library item
    QString localPath; // the file itself, or the .ova holding it
    bool inOva = false;
    qint64 size = 0; // real byte length (stat / tar header), never ovf:size
    Role role = Role::Plain;
    // A file vCenter fetches itself (PULL, §8.6) instead of one we send: no local bytes, size
    // unknown (0) until the server has it.
    QUrl pullUrl;
    QString pullThumbprint; // SHA-1 colon hex of the source's certificate, or empty

    bool isPull() const { return !pullUrl.isEmpty(); }

    static UploadSource fromFile(const QString &path); // size from stat; -1 if it does not exist
    // Opens for reading (QFile or OvaMemberDevice). nullptr + *error when it cannot.
    std::unique_ptr<QIODevice> open(QString *error) const;
    QString label() const; // for messages: the path, "member (in x.ova)", or the URL
};

// A digest in the .mf that does not match the file's bytes.
struct DigestMismatch
{
    QString file;
    QString algorithm; // "SHA256"
    QString expected;
    QString actual; // empty when the file could not be read (see `error`)
    QString error;
};

// An OVF package, from an .ovf (files beside it) or an .ova (members of the tar), checked
// before anything is sent (§10): every References/File present, hrefs are plain names, the .mf
// digests match. files() is in upload order: .mf, .cert, .ovf, then the referenced files in
// descriptor order (§10.2 strategy 3: metadata before the descriptor, descriptor first among
// the rest).
class OvfPackage
{
public:
    static OvfPackage fromOvf(const QString &ovfPath);
    static OvfPackage fromOva(const QString &ovaPath);

    // `ovf` for .ovf/.ova, `iso` for .iso, else `file` (product.md "New upload").
    static QString detectItemType(const QStringList &paths);

    bool ok() const { return m_errors.isEmpty(); }
    // Translated, one problem per entry (malformed XML, refused href, missing file...).
    QStringList errors() const { return m_errors; }
    // Referenced files that are not beside the descriptor / not in the OVA, by name.
    QStringList missingFiles() const { return m_missing; }
    const QList<UploadSource> &files() const { return m_files; }
    QString descriptorName() const { return m_descriptor; }
    bool hasManifest() const { return !m_manifestName.isEmpty(); }
    bool isSigned() const { return m_signed; }
    const OvfManifest &manifest() const { return m_manifest; }

    // Reads every file the manifest lists and compares digests (synchronous: run it in a worker
    // thread). Returns the mismatches; empty = all good. Files the manifest does not list are
    // reported by unlistedFiles(). `cancel` may stop it between blocks.
    QList<DigestMismatch> verifyManifest(const std::atomic_bool *cancel = nullptr) const;
    QStringList unlistedFiles() const;
    // Files the manifest lists and the package holds, but the descriptor does not reference
    // (VirtualBox's readme.txt): their digests are checked, they are not uploaded — vCenter's OVF
    // import keeps only the descriptor's files, and a signature covers the manifest either way.
    const QList<UploadSource> &unreferencedListed() const { return m_unreferencedListed; }
    // Files the descriptor declares as split (ovf:chunkSize): href -> the chunk names sent.
    const QList<QPair<QString, QStringList>> &chunkedFiles() const { return m_chunked; }

private:
    void collect(const QString &descriptorName, const QByteArray &xml,
                 const QList<UploadSource> &available, const QString &label);
    // Appends the chunks of a split file (ovf:chunkSize); false when they are incomplete.
    bool collectChunks(const OvfReference &ref, const QList<UploadSource> &available,
                       const QString &label);
    void collectUnreferencedListed(const QList<UploadSource> &available, const QString &label);

    QList<UploadSource> m_files;
    QStringList m_errors;
    QStringList m_missing;
    QString m_descriptor;
    QString m_manifestName;
    bool m_signed = false;
    OvfManifest m_manifest;
    QList<UploadSource> m_unreferencedListed;
    QList<QPair<QString, QStringList>> m_chunked;
    QStringList m_missingChunks;
};

} // namespace clu
