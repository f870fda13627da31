#pragma once

// Self-contained on purpose: the simulator's `--seed demo` and tests in other folders generate
// OVF packages with this. Link clu-simulator and include "ovf/PackageBuilder.h".

#include "CertificateFactory.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace clu::sim::ovf {

// How (and whether) the package is signed.
enum class PackageSigning {
    Unsigned, // .ovf + disks only (no .mf, no .cert)
    ManifestOnly, // + .mf, no .cert
    SelfSigned, // + .mf + .cert signed by a self-signed certificate
    CaSigned, // + .mf + .cert signed by a certificate of a generated root CA
    // root CA -> intermediate CA -> signer; the .cert holds signer + intermediate
    IntermediateSigned
};

// Validity window of the signer's certificate, relative to PackageSpec::now.
enum class CertificateValidity {
    Valid, // now - 1 day .. now + 2 years
    Expired, // now - 2 years .. now - 1 day
    NotYetValid // now + 1 day .. now + 2 years
};

struct PackageSpec
{
    // File names: demo.ovf, demo.mf, demo.cert, demo-disk1.vmdk, ..., demo.ova
    QString baseName = QStringLiteral("demo");
    // One generated disk per entry: with streamOptimizedDisks (the default) a real
    // stream-optimized VMDK holding that many bytes of generated data (capacity: whole GiB,
    // ovf:size: the file's real length); without, a raw file of exactly that many bytes (for
    // tests that need exact sizes; preflight and vCenter refuse such a "disk").
    QList<qint64> diskSizes = { 64 * 1024 };
    bool streamOptimizedDisks = true;
    PackageSigning signing = PackageSigning::SelfSigned;
    CertificateValidity validity = CertificateValidity::Valid;
    QString signerCommonName = QStringLiteral("Demo Package Signer");
    QString signerOrganization = QStringLiteral("Content Library Uploader Demo");
    QDateTime now; // invalid = current time
    // CaSigned / IntermediateSigned: issue from this root CA instead of generating one, so
    // several packages share one trust anchor (e.g. the demo seed: trust one CA, clear all).
    // Must be a CA (CertificateRequest::isCa); BuiltPackage::rootCaPem is its certificate.
    std::optional<SigningIdentity> rootCa;

    // Error-case options.
    bool corruptSignature = false; // flip one bit of the signature in the .cert
    QString corruptDigestOf; // write a wrong digest for this file name into the .mf
                             // (the .mf is signed afterwards, so the signature stays good)
    bool reverseChainOrder = false; // IntermediateSigned: intermediate first, then signer

    bool makeOva = false; // also write <baseName>.ova (descriptor first, then .mf, .cert, disks)
    bool keepLooseFiles = true; // with makeOva: false removes the loose files, leaving the .ova
};

struct BuiltPackage
{
    QString directory;
    QString ovfPath;
    QString manifestPath; // empty when unsigned
    QString certPath; // empty unless signed
    QString ovaPath; // empty unless makeOva
    QStringList diskPaths;
    // Loose files in the order a client uploads a signed folder (§10.2 strategy 3):
    // .mf, .cert, .ovf, then the disks. Only files that exist.
    QStringList uploadOrder;

    QByteArray signerCertificatePem; // the .cert's leaf (empty when not signed)
    QByteArray rootCaPem; // the trust anchor to put in a TrustStore (CA-signed kinds)
    QByteArray intermediateCaPem; // IntermediateSigned only
};

// Writes complete OVF packages (RSA 2048, SHA-256 manifest and signature) into a directory:
// a plausible OVF 1.0 descriptor referencing the disks (with ovf:size), disk files with
// generated, deterministic content written in 1 MiB chunks, the manifest over .ovf + disks, the
// .cert (`SHA256(<base>.mf)= <hex>` + PEM chain), and optionally the .ova.
class PackageBuilder
{
    Q_DECLARE_TR_FUNCTIONS(PackageBuilder)
public:
    // `directory` is created if needed; files of the same names are overwritten.
    // nullopt + *error (what failed and why) on any I/O or OpenSSL failure.
    static std::optional<BuiltPackage> build(const PackageSpec &spec, const QString &directory,
                                             QString *error);

    // Writes an .ova (ustar/pax via libarchive) from files in the given order (descriptor
    // first by convention). Member names are the files' base names. Usable for hand-assembled
    // packages too.
    static bool writeOva(const QString &ovaPath, const QStringList &memberPaths, QString *error);

    // Writes `size` bytes of deterministic pseudo-random content (seeded by the file name, so
    // digests are stable) in 1 MiB blocks: the disks of every generated package.
    static bool writeGeneratedFile(const QString &path, qint64 size, QString *error);
    // A stream-optimized VMDK (StreamVmdkWriter) of `capacityBytes` whose first `size` bytes are
    // that same generated content: a disk vCenter (and preflight) accept in an OVF.
    static bool writeStreamOptimizedDisk(const QString &path, qint64 size, qint64 capacityBytes,
                                         QString *error);
};

} // namespace clu::sim::ovf
