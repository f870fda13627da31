#include "PackageBuilder.h"

#include "CertificateFactory.h"
#include "Manifest.h"
#include "OvfLogging.h"
#include "StreamVmdkWriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QXmlStreamWriter>

#include <archive.h>
#include <archive_entry.h>

#include <memory>

namespace clu::sim::ovf {

namespace {
constexpr int chunkSize = 1024 * 1024;

bool writeFile(const QString &path, const QByteArray &data, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(data) != data.size()
        || !f.flush()) {
        *error = PackageBuilder::tr("Cannot write %1: %2").arg(path, f.errorString());
        return false;
    }
    return true;
}

// Disk content: deterministic pseudo-random bytes (xorshift64*, seeded by the file name), so
// digests are stable for a given name and size and the data does not compress to nothing.
class DiskContent
{
public:
    explicit DiskContent(const QString &fileName)
    {
        // FNV-1a of the name: unlike qHash, stable across processes and Qt versions.
        m_state = 14695981039346656037ULL;
        for (const char c : fileName.toUtf8()) {
            m_state ^= static_cast<unsigned char>(c);
            m_state *= 1099511628211ULL;
        }
        m_state |= 1u; // xorshift must not start at 0
    }
    // The next `chunk.size()` bytes (a multiple of 8).
    void fill(QByteArray *chunk)
    {
        for (int i = 0; i + 8 <= chunk->size(); i += 8) {
            m_state ^= m_state >> 12;
            m_state ^= m_state << 25;
            m_state ^= m_state >> 27;
            const quint64 v = m_state * 0x2545F4914F6CDD1DULL;
            memcpy(chunk->data() + i, &v, 8);
        }
    }

private:
    quint64 m_state;
};

constexpr qint64 gib = qint64(1) << 30;

// Capacity of a stream-optimized disk holding `size` bytes: whole GiB, at least one.
qint64 diskCapacity(qint64 size)
{
    return qMax<qint64>(1, (size + gib - 1) / gib) * gib;
}

// capacityBytes > 0: a stream-optimized VMDK of that capacity holding `size` bytes of
// content; 0: a raw file of exactly `size` bytes.
bool writeDisk(const QString &path, qint64 size, qint64 capacityBytes, QString *error)
{
    const bool streamOptimized = capacityBytes > 0;
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = PackageBuilder::tr("Cannot write %1: %2").arg(path, f.errorString());
        return false;
    }
    DiskContent content(QFileInfo(path).fileName());
    QByteArray chunk(chunkSize, Qt::Uninitialized);
    if (streamOptimized) {
        // Test and demo disks are small: the whole content is built in memory.
        QByteArray data;
        data.reserve(int(size));
        for (qint64 left = size; left > 0; left -= chunkSize) {
            content.fill(&chunk);
            data.append(chunk.constData(), int(qMin<qint64>(left, chunkSize)));
        }
        const QByteArray vmdk =
            StreamVmdkWriter::build(data, quint64(capacityBytes), QFileInfo(path).fileName());
        if (f.write(vmdk) != vmdk.size() || !f.flush()) {
            *error = PackageBuilder::tr("Writing %1 failed: %2").arg(path, f.errorString());
            return false;
        }
        return true;
    }
    qint64 left = size;
    while (left > 0) {
        const int n = static_cast<int>(qMin<qint64>(left, chunkSize));
        content.fill(&chunk);
        if (f.write(chunk.constData(), n) != n) {
            *error = PackageBuilder::tr("Writing %1 failed: %2").arg(path, f.errorString());
            return false;
        }
        left -= n;
    }
    if (!f.flush()) {
        *error = PackageBuilder::tr("Writing %1 failed: %2").arg(path, f.errorString());
        return false;
    }
    return true;
}

// fileSizes: the disk files' real lengths (ovf:size).
QByteArray descriptorXml(const PackageSpec &spec, const QStringList &diskNames,
                         const QList<qint64> &fileSizes)
{
    const QString ovfNs = QStringLiteral("http://schemas.dmtf.org/ovf/envelope/1");
    const QString rasdNs = QStringLiteral(
        "http://schemas.dmtf.org/wbem/wscim/1/cim-schema/2/CIM_ResourceAllocationSettingData");
    const QString vssdNs = QStringLiteral(
        "http://schemas.dmtf.org/wbem/wscim/1/cim-schema/2/CIM_VirtualSystemSettingData");
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.setAutoFormatting(true);
    w.writeStartDocument();
    w.writeNamespace(ovfNs, QStringLiteral("ovf"));
    w.writeNamespace(rasdNs, QStringLiteral("rasd"));
    w.writeNamespace(vssdNs, QStringLiteral("vssd"));
    w.writeDefaultNamespace(ovfNs);
    w.writeStartElement(ovfNs, QStringLiteral("Envelope"));

    w.writeStartElement(ovfNs, QStringLiteral("References"));
    for (int i = 0; i < diskNames.size(); ++i) {
        w.writeEmptyElement(ovfNs, QStringLiteral("File"));
        w.writeAttribute(ovfNs, QStringLiteral("href"), diskNames.at(i));
        w.writeAttribute(ovfNs, QStringLiteral("id"), QStringLiteral("file%1").arg(i + 1));
        w.writeAttribute(ovfNs, QStringLiteral("size"), QString::number(fileSizes.at(i)));
    }
    w.writeEndElement();

    w.writeStartElement(ovfNs, QStringLiteral("DiskSection"));
    w.writeTextElement(ovfNs, QStringLiteral("Info"), QStringLiteral("Virtual disk information"));
    for (int i = 0; i < diskNames.size(); ++i) {
        w.writeEmptyElement(ovfNs, QStringLiteral("Disk"));
        w.writeAttribute(ovfNs, QStringLiteral("capacity"),
                         spec.streamOptimizedDisks
                             ? QString::number(diskCapacity(spec.diskSizes.at(i)) / gib)
                             : QStringLiteral("1"));
        w.writeAttribute(ovfNs, QStringLiteral("capacityAllocationUnits"),
                         QStringLiteral("byte * 2^30"));
        w.writeAttribute(ovfNs, QStringLiteral("diskId"), QStringLiteral("vmdisk%1").arg(i + 1));
        w.writeAttribute(ovfNs, QStringLiteral("fileRef"), QStringLiteral("file%1").arg(i + 1));
        w.writeAttribute(ovfNs, QStringLiteral("format"),
                         QStringLiteral("http://www.vmware.com/interfaces/specifications/"
                                        "vmdk.html#streamOptimized"));
        w.writeAttribute(ovfNs, QStringLiteral("populatedSize"),
                         QString::number(spec.diskSizes.at(i)));
    }
    w.writeEndElement();

    w.writeStartElement(ovfNs, QStringLiteral("NetworkSection"));
    w.writeTextElement(ovfNs, QStringLiteral("Info"),
                       QStringLiteral("The list of logical networks"));
    w.writeStartElement(ovfNs, QStringLiteral("Network"));
    w.writeAttribute(ovfNs, QStringLiteral("name"), QStringLiteral("VM Network"));
    w.writeTextElement(ovfNs, QStringLiteral("Description"),
                       QStringLiteral("The VM Network network"));
    w.writeEndElement();
    w.writeEndElement();

    w.writeStartElement(ovfNs, QStringLiteral("VirtualSystem"));
    w.writeAttribute(ovfNs, QStringLiteral("id"), spec.baseName);
    w.writeTextElement(ovfNs, QStringLiteral("Info"), QStringLiteral("A virtual machine"));
    w.writeTextElement(ovfNs, QStringLiteral("Name"), spec.baseName);
    w.writeStartElement(ovfNs, QStringLiteral("OperatingSystemSection"));
    w.writeAttribute(ovfNs, QStringLiteral("id"), QStringLiteral("101"));
    w.writeTextElement(ovfNs, QStringLiteral("Info"),
                       QStringLiteral("The kind of installed guest operating system"));
    w.writeEndElement();
    w.writeStartElement(ovfNs, QStringLiteral("VirtualHardwareSection"));
    w.writeTextElement(ovfNs, QStringLiteral("Info"),
                       QStringLiteral("Virtual hardware requirements"));
    w.writeStartElement(ovfNs, QStringLiteral("System"));
    w.writeTextElement(vssdNs, QStringLiteral("ElementName"),
                       QStringLiteral("Virtual Hardware Family"));
    w.writeTextElement(vssdNs, QStringLiteral("InstanceID"), QStringLiteral("0"));
    w.writeTextElement(vssdNs, QStringLiteral("VirtualSystemIdentifier"), spec.baseName);
    w.writeTextElement(vssdNs, QStringLiteral("VirtualSystemType"), QStringLiteral("vmx-13"));
    w.writeEndElement();
    auto item = [&](int instance, int type, const QString &name,
                    const QList<QPair<QString, QString>> &extra) {
        w.writeStartElement(ovfNs, QStringLiteral("Item"));
        w.writeTextElement(rasdNs, QStringLiteral("ElementName"), name);
        w.writeTextElement(rasdNs, QStringLiteral("InstanceID"), QString::number(instance));
        w.writeTextElement(rasdNs, QStringLiteral("ResourceType"), QString::number(type));
        for (const auto &kv : extra)
            w.writeTextElement(rasdNs, kv.first, kv.second);
        w.writeEndElement();
    };
    item(1, 3, QStringLiteral("1 virtual CPU(s)"),
         { { QStringLiteral("VirtualQuantity"), QStringLiteral("1") } });
    item(2, 4, QStringLiteral("1024MB of memory"),
         { { QStringLiteral("AllocationUnits"), QStringLiteral("byte * 2^20") },
           { QStringLiteral("VirtualQuantity"), QStringLiteral("1024") } });
    item(3, 6, QStringLiteral("SCSI Controller 0"),
         { { QStringLiteral("ResourceSubType"), QStringLiteral("lsilogic") } });
    for (int i = 0; i < diskNames.size(); ++i)
        item(10 + i, 17, QStringLiteral("Hard Disk %1").arg(i + 1),
             { { QStringLiteral("AddressOnParent"), QString::number(i) },
               { QStringLiteral("HostResource"), QStringLiteral("ovf:/disk/vmdisk%1").arg(i + 1) },
               { QStringLiteral("Parent"), QStringLiteral("3") } });
    w.writeEndElement(); // VirtualHardwareSection
    w.writeEndElement(); // VirtualSystem
    w.writeEndElement(); // Envelope
    w.writeEndDocument();
    return out;
}

struct Signers
{
    std::optional<SigningIdentity> signer;
    std::optional<SigningIdentity> intermediate;
    std::optional<SigningIdentity> root;
};

bool makeSigners(const PackageSpec &spec, const QDateTime &now, Signers *s, QString *error)
{
    CertificateRequest leaf;
    leaf.commonName = spec.signerCommonName;
    leaf.organization = spec.signerOrganization;
    switch (spec.validity) {
    case CertificateValidity::Valid:
        leaf.notBefore = now.addDays(-1);
        leaf.notAfter = now.addYears(2);
        break;
    case CertificateValidity::Expired:
        leaf.notBefore = now.addYears(-2);
        leaf.notAfter = now.addDays(-1);
        break;
    case CertificateValidity::NotYetValid:
        leaf.notBefore = now.addDays(1);
        leaf.notAfter = now.addYears(2);
        break;
    }
    const SigningIdentity *issuer = nullptr;
    if (spec.signing == PackageSigning::CaSigned
        || spec.signing == PackageSigning::IntermediateSigned) {
        // CAs are valid around every leaf window, so only the leaf decides EXPIRED/NOT_YET_VALID.
        CertificateRequest ca;
        ca.commonName = spec.signerOrganization + QStringLiteral(" Root CA");
        ca.organization = spec.signerOrganization;
        ca.notBefore = now.addYears(-3);
        ca.notAfter = now.addYears(10);
        ca.isCa = true;
        s->root = spec.rootCa ? spec.rootCa : CertificateFactory::create(ca, nullptr, error);
        if (!s->root)
            return false;
        issuer = &*s->root;
        if (spec.signing == PackageSigning::IntermediateSigned) {
            ca.commonName = spec.signerOrganization + QStringLiteral(" Signing CA");
            s->intermediate = CertificateFactory::create(ca, issuer, error);
            if (!s->intermediate)
                return false;
            issuer = &*s->intermediate;
        }
    }
    s->signer = CertificateFactory::create(leaf, issuer, error);
    return s->signer.has_value();
}
} // namespace

std::optional<BuiltPackage> PackageBuilder::build(const PackageSpec &spec, const QString &directory,
                                                  QString *error)
{
    if (spec.baseName.isEmpty() || spec.baseName.contains(QLatin1Char('/'))
        || spec.baseName.contains(QLatin1Char('\\'))) {
        *error =
            tr("The package base name \"%1\" must be a non-empty file name").arg(spec.baseName);
        return std::nullopt;
    }
    for (qint64 size : spec.diskSizes) {
        if (size < 0) {
            *error = tr("Disk sizes must not be negative (got %1)").arg(size);
            return std::nullopt;
        }
    }
    if (!QDir().mkpath(directory)) {
        *error = tr("Cannot create the directory %1").arg(directory);
        return std::nullopt;
    }
    const QDir dir(directory);
    const QDateTime now = spec.now.isValid() ? spec.now.toUTC() : QDateTime::currentDateTimeUtc();
    const bool signedPackage =
        spec.signing != PackageSigning::Unsigned && spec.signing != PackageSigning::ManifestOnly;

    BuiltPackage pkg;
    pkg.directory = dir.absolutePath();
    QStringList diskNames;
    for (int i = 0; i < spec.diskSizes.size(); ++i)
        diskNames << QStringLiteral("%1-disk%2.vmdk").arg(spec.baseName).arg(i + 1);
    if (!spec.corruptDigestOf.isEmpty()
        && spec.corruptDigestOf != spec.baseName + QStringLiteral(".ovf")
        && !diskNames.contains(spec.corruptDigestOf)) {
        *error = tr("corruptDigestOf names \"%1\", which is not a file of the package")
                     .arg(spec.corruptDigestOf);
        return std::nullopt;
    }

    pkg.ovfPath = dir.filePath(spec.baseName + QStringLiteral(".ovf"));
    QList<qint64> fileSizes;
    for (int i = 0; i < diskNames.size(); ++i) {
        const QString path = dir.filePath(diskNames.at(i));
        const qint64 capacity = spec.streamOptimizedDisks ? diskCapacity(spec.diskSizes.at(i)) : 0;
        if (!writeDisk(path, spec.diskSizes.at(i), capacity, error))
            return std::nullopt;
        pkg.diskPaths << path;
        fileSizes << QFileInfo(path).size();
    }
    if (!writeFile(pkg.ovfPath, descriptorXml(spec, diskNames, fileSizes), error))
        return std::nullopt;

    QByteArray manifest;
    if (spec.signing != PackageSigning::Unsigned) {
        for (const QString &path : QStringList { pkg.ovfPath } + pkg.diskPaths) {
            const QString name = QFileInfo(path).fileName();
            QByteArray digest = Manifest::fileDigestHex(path, DigestAlgorithm::Sha256, error);
            if (digest.isEmpty())
                return std::nullopt;
            if (name == spec.corruptDigestOf)
                digest = Manifest::digestHex(digest, DigestAlgorithm::Sha256); // wrong, well-formed
            manifest += "SHA256(" + name.toUtf8() + ")= " + digest + '\n';
        }
        pkg.manifestPath = dir.filePath(spec.baseName + QStringLiteral(".mf"));
        if (!writeFile(pkg.manifestPath, manifest, error))
            return std::nullopt;
    }

    if (signedPackage) {
        Signers signers;
        if (!makeSigners(spec, now, &signers, error))
            return std::nullopt;
        QByteArray signature =
            CertificateFactory::sign(manifest, *signers.signer, QStringLiteral("SHA256"), error);
        if (signature.isEmpty())
            return std::nullopt;
        if (spec.corruptSignature)
            signature[signature.size() / 2] =
                static_cast<char>(signature.at(signature.size() / 2) ^ 0x01);
        const QString mfName = QFileInfo(pkg.manifestPath).fileName();
        QByteArray cert = "SHA256(" + mfName.toUtf8() + ")= " + signature.toHex() + '\n';
        QList<QByteArray> chain { signers.signer->certificatePem };
        if (signers.intermediate)
            chain << signers.intermediate->certificatePem;
        if (spec.reverseChainOrder)
            std::reverse(chain.begin(), chain.end());
        for (const QByteArray &pem : qAsConst(chain))
            cert += pem;
        pkg.certPath = dir.filePath(spec.baseName + QStringLiteral(".cert"));
        if (!writeFile(pkg.certPath, cert, error))
            return std::nullopt;
        pkg.signerCertificatePem = signers.signer->certificatePem;
        if (signers.root)
            pkg.rootCaPem = signers.root->certificatePem;
        if (signers.intermediate)
            pkg.intermediateCaPem = signers.intermediate->certificatePem;
    }

    for (const QString &p : { pkg.manifestPath, pkg.certPath, pkg.ovfPath }) {
        if (!p.isEmpty())
            pkg.uploadOrder << p;
    }
    pkg.uploadOrder += pkg.diskPaths;

    if (spec.makeOva) {
        // OVA member order: descriptor, manifest, certificate, then the referenced files.
        QStringList members { pkg.ovfPath };
        for (const QString &p : { pkg.manifestPath, pkg.certPath }) {
            if (!p.isEmpty())
                members << p;
        }
        members += pkg.diskPaths;
        pkg.ovaPath = dir.filePath(spec.baseName + QStringLiteral(".ova"));
        if (!writeOva(pkg.ovaPath, members, error))
            return std::nullopt;
        if (!spec.keepLooseFiles) {
            for (const QString &p : qAsConst(members))
                QFile::remove(p);
            pkg.ovfPath.clear();
            pkg.manifestPath.clear();
            pkg.certPath.clear();
            pkg.diskPaths.clear();
            pkg.uploadOrder.clear();
        }
    }
    qCDebug(lcSimOvf) << "built package" << spec.baseName << "in" << pkg.directory;
    return pkg;
}

bool PackageBuilder::writeGeneratedFile(const QString &path, qint64 size, QString *error)
{
    return writeDisk(path, size, 0, error);
}

bool PackageBuilder::writeStreamOptimizedDisk(const QString &path, qint64 size,
                                              qint64 capacityBytes, QString *error)
{
    if (capacityBytes < size || capacityBytes <= 0) {
        *error =
            tr("A disk of %1 bytes cannot hold %2 bytes of content").arg(capacityBytes).arg(size);
        return false;
    }
    return writeDisk(path, size, capacityBytes, error);
}

bool PackageBuilder::writeOva(const QString &ovaPath, const QStringList &memberPaths,
                              QString *error)
{
    struct WriteFree
    {
        void operator()(struct archive *a) const { archive_write_free(a); }
    };
    std::unique_ptr<struct archive, WriteFree> a(archive_write_new());
    // pax_restricted: plain ustar headers unless a name or size needs a pax extension.
    archive_write_set_format_pax_restricted(a.get());
    if (archive_write_open_filename(a.get(), QFile::encodeName(ovaPath).constData())
        != ARCHIVE_OK) {
        *error = tr("Cannot create the OVA %1: %2")
                     .arg(ovaPath, QString::fromLocal8Bit(archive_error_string(a.get())));
        return false;
    }
    QByteArray chunk(chunkSize, Qt::Uninitialized);
    for (const QString &path : memberPaths) {
        QFile in(path);
        if (!in.open(QIODevice::ReadOnly)) {
            *error = tr("Cannot read %1 for the OVA: %2").arg(path, in.errorString());
            return false;
        }
        std::unique_ptr<struct archive_entry, void (*)(struct archive_entry *)> entry(
            archive_entry_new(), archive_entry_free);
        archive_entry_set_pathname_utf8(entry.get(),
                                        QFileInfo(path).fileName().toUtf8().constData());
        archive_entry_set_size(entry.get(), in.size());
        archive_entry_set_filetype(entry.get(), AE_IFREG);
        archive_entry_set_perm(entry.get(), 0644);
        archive_entry_set_mtime(entry.get(), QFileInfo(path).lastModified().toSecsSinceEpoch(), 0);
        if (archive_write_header(a.get(), entry.get()) != ARCHIVE_OK) {
            *error = tr("Cannot add %1 to the OVA %2: %3")
                         .arg(path, ovaPath, QString::fromLocal8Bit(archive_error_string(a.get())));
            return false;
        }
        for (;;) {
            const qint64 n = in.read(chunk.data(), chunk.size());
            if (n < 0) {
                *error = tr("Reading %1 failed: %2").arg(path, in.errorString());
                return false;
            }
            if (n == 0)
                break;
            if (archive_write_data(a.get(), chunk.constData(), static_cast<size_t>(n)) != n) {
                *error = tr("Writing the OVA %1 failed: %2")
                             .arg(ovaPath, QString::fromLocal8Bit(archive_error_string(a.get())));
                return false;
            }
        }
    }
    if (archive_write_close(a.get()) != ARCHIVE_OK) {
        *error = tr("Finishing the OVA %1 failed: %2")
                     .arg(ovaPath, QString::fromLocal8Bit(archive_error_string(a.get())));
        return false;
    }
    return true;
}

} // namespace clu::sim::ovf
