#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace clu::sim::ovf {

// Digest algorithms an OVF manifest (and the signature line of a .cert) may name.
enum class DigestAlgorithm { Sha1, Sha256, Sha512 };

// "SHA1" / "SHA256" / "SHA512" (the spelling of manifests and of ChecksumInfo.algorithm).
QString digestAlgorithmName(DigestAlgorithm algorithm);
// Case-insensitive inverse of digestAlgorithmName(); nullopt for anything else (MD5 included).
std::optional<DigestAlgorithm> digestAlgorithmFromName(const QString &name);
// Number of hex digits of a digest: 40 / 64 / 128.
int digestHexLength(DigestAlgorithm algorithm);

struct ManifestEntry
{
    DigestAlgorithm algorithm = DigestAlgorithm::Sha256;
    QString fileName;
    QByteArray digestHex; // lowercase
    int line = 0; // 1-based line in the .mf, for error messages
};

// A file whose bytes do not match what the manifest says (or that the manifest does not cover).
struct DigestProblem
{
    QString fileName;
    QString message; // translated, names file, algorithm, expected and actual digest
};

// An OVF manifest (.mf): one `ALG(name)= hexdigest` line per package file.
class Manifest
{
    Q_DECLARE_TR_FUNCTIONS(Manifest)
public:
    // Accepts SHA1/SHA256/SHA512, spaces around "=", CRLF, blank lines; the digest must have the
    // algorithm's length. nullopt + *error naming the line number otherwise, and for a file
    // listed twice.
    static std::optional<Manifest> parse(const QByteArray &text, QString *error);
    static std::optional<Manifest> parseFile(const QString &path, QString *error);

    const QList<ManifestEntry> &entries() const { return m_entries; }
    // nullptr when the manifest does not list `fileName`.
    const ManifestEntry *entry(const QString &fileName) const;

    // Lowercase hex digest of a file, read in 1 MiB blocks (never the whole file in memory).
    // Empty + *error when it cannot be read.
    static QByteArray fileDigestHex(const QString &path, DigestAlgorithm algorithm, QString *error);
    static QByteArray digestHex(const QByteArray &data, DigestAlgorithm algorithm);

    // Checks one received file against its manifest line. nullopt = it matches.
    // A file the manifest does not list is a problem only when `signedPackage`: the signature
    // covers the manifest, so an unlisted disk would be covered by nothing. Real producers leave
    // files out (ovftool 4.0 omits the .ovf itself, §10.1) and vCenter imports them, so an
    // unlisted descriptor (*.ovf) is never a problem. Names ending in .mf or .cert never are.
    std::optional<DigestProblem> verifyFile(const QString &fileName, const QString &path,
                                            bool signedPackage = true) const;

    // Checks every received file (name -> path on disk). Files whose name ends in .mf or .cert
    // are skipped; manifest lines of files not in `files` (not received yet) are not problems.
    // Empty list = everything received so far matches.
    QList<DigestProblem> verifyFiles(const QMap<QString, QString> &files,
                                     bool signedPackage = true) const;

private:
    QList<ManifestEntry> m_entries;
};

} // namespace clu::sim::ovf
