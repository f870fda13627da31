#include "ProducerPackage.h"

#include "CertificateFactory.h"
#include "OvfLogging.h"
#include "PackageBuilder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace clu::sim::ovf {

namespace {

using Tr = ProducerPackageWriter;

const char *const rasdNs =
    "http://schemas.dmtf.org/wbem/wscim/1/cim-schema/2/CIM_ResourceAllocationSettingData";
const char *const vssdNs =
    "http://schemas.dmtf.org/wbem/wscim/1/cim-schema/2/CIM_VirtualSystemSettingData";
const char *const vmdkFormat =
    "http://www.vmware.com/interfaces/specifications/vmdk.html#streamOptimized";

bool writeText(const QString &path, const QByteArray &data, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(data) != data.size()
        || !f.flush()) {
        *error = Tr::tr("Cannot write %1: %2").arg(path, f.errorString());
        return false;
    }
    return true;
}

// ovftool --chunkSize: the whole disk is cut into name.000000000, name.000000001, ...
bool splitIntoChunks(const QString &path, qint64 chunkSize, QStringList *chunks, QString *error)
{
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly)) {
        *error = Tr::tr("Cannot read %1: %2").arg(path, in.errorString());
        return false;
    }
    int index = 0;
    do {
        const QString name = path + QStringLiteral(".%1").arg(index++, 9, 10, QLatin1Char('0'));
        QFile out(name);
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            *error = Tr::tr("Cannot write %1: %2").arg(name, out.errorString());
            return false;
        }
        qint64 left = chunkSize;
        while (left > 0 && !in.atEnd()) {
            const QByteArray block = in.read(qMin<qint64>(left, 1024 * 1024));
            if (block.isEmpty() || out.write(block) != block.size()) {
                *error = Tr::tr("Cannot split %1 into chunks: %2").arg(path, out.errorString());
                return false;
            }
            left -= block.size();
        }
        chunks->append(name);
    } while (!in.atEnd());
    in.close();
    QFile::remove(path);
    return true;
}

// The VirtualHardwareSection body every OVF 1.x/2.0 producer here writes (CPU, memory, SCSI
// controller, one disk per file): only the namespaces differ between producers.
QByteArray hardwareItems(int disks, bool storageItems)
{
    QByteArray out =
        "      <Item>\n"
        "        <rasd:AllocationUnits>hertz * 10^6</rasd:AllocationUnits>\n"
        "        <rasd:Description>Number of Virtual CPUs</rasd:Description>\n"
        "        <rasd:ElementName>1 virtual CPU(s)</rasd:ElementName>\n"
        "        <rasd:InstanceID>1</rasd:InstanceID>\n"
        "        <rasd:ResourceType>3</rasd:ResourceType>\n"
        "        <rasd:VirtualQuantity>1</rasd:VirtualQuantity>\n"
        "      </Item>\n"
        "      <Item>\n"
        "        <rasd:AllocationUnits>byte * 2^20</rasd:AllocationUnits>\n"
        "        <rasd:Description>Memory Size</rasd:Description>\n"
        "        <rasd:ElementName>1024MB of memory</rasd:ElementName>\n"
        "        <rasd:InstanceID>2</rasd:InstanceID>\n"
        "        <rasd:ResourceType>4</rasd:ResourceType>\n"
        "        <rasd:VirtualQuantity>1024</rasd:VirtualQuantity>\n"
        "      </Item>\n"
        "      <Item>\n"
        "        <rasd:Address>0</rasd:Address>\n"
        "        <rasd:Description>SCSI Controller</rasd:Description>\n"
        "        <rasd:ElementName>SCSI controller 0</rasd:ElementName>\n"
        "        <rasd:InstanceID>3</rasd:InstanceID>\n"
        "        <rasd:ResourceSubType>lsilogic</rasd:ResourceSubType>\n"
        "        <rasd:ResourceType>6</rasd:ResourceType>\n"
        "      </Item>\n";
    for (int i = 0; i < disks; ++i) {
        const QByteArray n = QByteArray::number(i + 1);
        const QByteArray p = storageItems ? "sasd:" : "rasd:";
        auto element = [&](const QByteArray &name, const QByteArray &value) {
            return "        <" + p + name + '>' + value + "</" + p + name + ">\n";
        };
        out += QByteArray(storageItems ? "      <StorageItem>\n" : "      <Item>\n")
            + element("AddressOnParent", QByteArray::number(i))
            + element("ElementName", "Hard disk " + n)
            + element("HostResource", "ovf:/disk/vmdisk" + n)
            + element("InstanceID", QByteArray::number(10 + i)) + element("Parent", "3")
            + element("ResourceType", "17")
            + (storageItems ? "      </StorageItem>\n" : "      </Item>\n");
    }
    return out;
}

struct DiskRef
{
    QString href;
    qint64 size = 0;
};

QByteArray ovftoolDescriptor(const ProducerSpec &spec, const QList<DiskRef> &disks,
                             const char *version)
{
    QByteArray refs, diskLines;
    for (int i = 0; i < disks.size(); ++i) {
        const QByteArray n = QByteArray::number(i + 1);
        // ovftool's attribute order: chunkSize, href, id, size (alphabetical, as it writes them).
        refs += "    <File "
            + (spec.chunkSize > 0 ? "ovf:chunkSize=\"" + QByteArray::number(spec.chunkSize) + "\" "
                                  : QByteArray())
            + "ovf:href=\"" + disks.at(i).href.toUtf8() + "\" ovf:id=\"file" + n
            + "\" ovf:size=\"" + QByteArray::number(disks.at(i).size) + "\"/>\n";
        diskLines += "    <Disk ovf:capacity=\"16\" ovf:capacityAllocationUnits=\"byte * 2^30\" "
                     "ovf:diskId=\"vmdisk"
            + n + "\" ovf:fileRef=\"file" + n + "\" ovf:format=\"" + vmdkFormat
            + "\" ovf:populatedSize=\"" + QByteArray::number(disks.at(i).size) + "\"/>\n";
    }
    const QByteArray name = spec.baseName.toUtf8();
    return QByteArray("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        + (spec.withDoctype ? "<!DOCTYPE Envelope SYSTEM \"ovf-envelope.dtd\">\n" : "")
        + "<!--Generated by VMware ovftool " + version
        + ", UTC time: 2016-03-08T10:22:41.163394Z-->\n"
          "<Envelope vmw:buildId=\"build-3620759\" "
          "xmlns=\"http://schemas.dmtf.org/ovf/envelope/1\" "
          "xmlns:cim=\"http://schemas.dmtf.org/wbem/wscim/1/common\" "
          "xmlns:ovf=\"http://schemas.dmtf.org/ovf/envelope/1\" xmlns:rasd=\""
        + rasdNs + "\" xmlns:vmw=\"http://www.vmware.com/schema/ovf\" xmlns:vssd=\"" + vssdNs
        + "\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">\n"
          "  <References>\n"
        + refs
        + "  </References>\n"
          "  <DiskSection>\n"
          "    <Info>Virtual disk information</Info>\n"
        + diskLines
        + "  </DiskSection>\n"
          "  <NetworkSection>\n"
          "    <Info>The list of logical networks</Info>\n"
          "    <Network ovf:name=\"VM Network\">\n"
          "      <Description>The VM Network network</Description>\n"
          "    </Network>\n"
          "  </NetworkSection>\n"
          "  <VirtualSystem ovf:id=\""
        + name
        + "\">\n"
          "    <Info>A virtual machine</Info>\n"
          "    <Name>"
        + name
        + "</Name>\n"
          "    <OperatingSystemSection ovf:id=\"101\" vmw:osType=\"otherLinux64Guest\">\n"
          "      <Info>The kind of installed guest operating system</Info>\n"
          "    </OperatingSystemSection>\n"
          "    <VirtualHardwareSection>\n"
          "      <Info>Virtual hardware requirements</Info>\n"
          "      <System>\n"
          "        <vssd:ElementName>Virtual Hardware Family</vssd:ElementName>\n"
          "        <vssd:InstanceID>0</vssd:InstanceID>\n"
          "        <vssd:VirtualSystemIdentifier>"
        + name
        + "</vssd:VirtualSystemIdentifier>\n"
          "        <vssd:VirtualSystemType>vmx-10</vssd:VirtualSystemType>\n"
          "      </System>\n"
        + hardwareItems(int(disks.size()), false)
        + "    </VirtualHardwareSection>\n"
          "  </VirtualSystem>\n"
          "</Envelope>\n";
}

QByteArray virtualBoxDescriptor(const ProducerSpec &spec, const QList<DiskRef> &disks)
{
    QByteArray refs, diskLines;
    for (int i = 0; i < disks.size(); ++i) {
        const QByteArray n = QByteArray::number(i + 1);
        // VirtualBox writes no ovf:size for its files.
        refs += "    <File ovf:id=\"file" + n + "\" ovf:href=\"" + disks.at(i).href.toUtf8()
            + "\"/>\n";
        diskLines += "    <Disk ovf:capacity=\"17179869184\" ovf:diskId=\"vmdisk" + n
            + "\" ovf:fileRef=\"file" + n + "\" ovf:format=\"" + vmdkFormat
            + "\" vbox:uuid=\"7c9a2b5e-3f1d-4e0a-9b8c-0d1e2f3a4b5" + n + "\"/>\n";
    }
    const QByteArray name = spec.baseName.toUtf8();
    return QByteArray("<?xml version=\"1.0\"?>\n")
        + "<Envelope ovf:version=\"1.0\" xml:lang=\"en-US\" "
          "xmlns=\"http://schemas.dmtf.org/ovf/envelope/1\" "
          "xmlns:ovf=\"http://schemas.dmtf.org/ovf/envelope/1\" xmlns:rasd=\""
        + rasdNs + "\" xmlns:vssd=\"" + vssdNs
        + "\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
          "xmlns:vbox=\"http://www.virtualbox.org/ovf/machine\">\n"
          "  <References>\n"
        + refs
        + "  </References>\n"
          "  <DiskSection>\n"
          "    <Info>List of the virtual disks used in the package</Info>\n"
        + diskLines
        + "  </DiskSection>\n"
          "  <NetworkSection>\n"
          "    <Info>Logical networks used in the package</Info>\n"
          "    <Network ovf:name=\"NAT\">\n"
          "      <Description>Logical network used by this appliance.</Description>\n"
          "    </Network>\n"
          "  </NetworkSection>\n"
          "  <VirtualSystem ovf:id=\""
        + name
        + "\">\n"
          "    <Info>A virtual machine</Info>\n"
          "    <OperatingSystemSection ovf:id=\"96\">\n"
          "      <Info>The kind of installed guest operating system</Info>\n"
          "      <Description>Debian_64</Description>\n"
          "      <vbox:OSType ovf:required=\"false\">Debian_64</vbox:OSType>\n"
          "    </OperatingSystemSection>\n"
          "    <VirtualHardwareSection>\n"
          "      <Info>Virtual hardware requirements for a virtual machine</Info>\n"
          "      <System>\n"
          "        <vssd:ElementName>Virtual Hardware Family</vssd:ElementName>\n"
          "        <vssd:InstanceID>0</vssd:InstanceID>\n"
          "        <vssd:VirtualSystemIdentifier>"
        + name
        + "</vssd:VirtualSystemIdentifier>\n"
          "        <vssd:VirtualSystemType>virtualbox-2.2</vssd:VirtualSystemType>\n"
          "      </System>\n"
        + hardwareItems(int(disks.size()), false)
        + "    </VirtualHardwareSection>\n"
          "    <vbox:Machine ovf:required=\"false\" version=\"1.19-linux\" "
          "uuid=\"{4f1c2d3e-5a6b-4c7d-8e9f-0a1b2c3d4e5f}\" name=\""
        + name
        + "\" OSType=\"Debian_64\" snapshotFolder=\"Snapshots\">\n"
          "      <ovf:Info>Complete VirtualBox machine configuration in VirtualBox "
          "format</ovf:Info>\n"
          "      <Hardware>\n"
          "        <Memory RAMSize=\"1024\"/>\n"
          "      </Hardware>\n"
          "    </vbox:Machine>\n"
          "  </VirtualSystem>\n"
          "</Envelope>\n";
}

QByteArray ovf09Descriptor(const ProducerSpec &spec, const QList<DiskRef> &disks)
{
    QByteArray refs, diskLines;
    for (int i = 0; i < disks.size(); ++i) {
        const QByteArray n = QByteArray::number(i + 1);
        refs += "    <File ovf:href=\"" + disks.at(i).href.toUtf8() + "\" ovf:id=\"file" + n
            + "\" ovf:size=\"" + QByteArray::number(disks.at(i).size) + "\"/>\n";
        diskLines += "    <Disk ovf:capacity=\"16384\" ovf:diskId=\"vmdisk" + n
            + "\" ovf:fileRef=\"file" + n
            + "\" ovf:format=\"http://www.vmware.com/specifications/vmdk.html#compressed\" "
              "ovf:populatedSize=\""
            + QByteArray::number(disks.at(i).size) + "\"/>\n";
    }
    const QByteArray name = spec.baseName.toUtf8();
    return QByteArray("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        + "<Envelope ovf:version=\"0.9\" xml:lang=\"en-US\" "
          "xmlns=\"http://www.vmware.com/schema/ovf/1/envelope\" "
          "xmlns:ovf=\"http://www.vmware.com/schema/ovf/1/envelope\" xmlns:rasd=\""
        + rasdNs + "\" xmlns:vssd=\"" + vssdNs
        + "\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">\n"
          "  <References>\n"
        + refs
        + "  </References>\n"
          "  <Section xsi:type=\"ovf:DiskSection_Type\">\n"
          "    <Info>List of the virtual disks used in the package</Info>\n"
        + diskLines
        + "  </Section>\n"
          "  <Content ovf:id=\""
        + name
        + "\" xsi:type=\"ovf:VirtualSystem_Type\">\n"
          "    <Info>A virtual machine</Info>\n"
          "    <Section ovf:required=\"false\" xsi:type=\"ovf:VirtualHardwareSection_Type\">\n"
          "      <Info>Virtual hardware requirements</Info>\n"
        + hardwareItems(int(disks.size()), false)
        + "    </Section>\n"
          "  </Content>\n"
          "</Envelope>\n";
}

QByteArray ovf20Descriptor(const ProducerSpec &spec, const QList<DiskRef> &disks)
{
    QByteArray refs, diskLines;
    for (int i = 0; i < disks.size(); ++i) {
        const QByteArray n = QByteArray::number(i + 1);
        refs += "    <File ovf:href=\"" + disks.at(i).href.toUtf8() + "\" ovf:id=\"file" + n
            + "\" ovf:size=\"" + QByteArray::number(disks.at(i).size) + "\"/>\n";
        diskLines += "    <Disk ovf:capacity=\"16\" ovf:capacityAllocationUnits=\"byte * 2^30\" "
                     "ovf:diskId=\"vmdisk"
            + n + "\" ovf:fileRef=\"file" + n + "\" ovf:format=\"" + vmdkFormat + "\"/>\n";
    }
    const QByteArray name = spec.baseName.toUtf8();
    return QByteArray("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        + "<Envelope xmlns=\"http://schemas.dmtf.org/ovf/envelope/2\" "
          "xmlns:ovf=\"http://schemas.dmtf.org/ovf/envelope/2\" "
          "xmlns:epasd=\"http://schemas.dmtf.org/wbem/wscim/1/cim-schema/2/"
          "CIM_EthernetPortAllocationSettingData.xsd\" xmlns:rasd=\""
        + rasdNs
        + "\" xmlns:sasd=\"http://schemas.dmtf.org/wbem/wscim/1/cim-schema/2/"
          "CIM_StorageAllocationSettingData.xsd\" xmlns:vssd=\""
        + vssdNs
        + "\">\n"
          "  <References>\n"
        + refs
        + "  </References>\n"
          "  <DiskSection>\n"
          "    <Info>Virtual disk information</Info>\n"
        + diskLines
        + "  </DiskSection>\n"
          "  <VirtualSystem ovf:id=\""
        + name
        + "\">\n"
          "    <Info>A virtual machine</Info>\n"
          "    <VirtualHardwareSection>\n"
          "      <Info>Virtual hardware requirements</Info>\n"
          "      <System>\n"
          "        <vssd:ElementName>Virtual Hardware Family</vssd:ElementName>\n"
          "        <vssd:InstanceID>0</vssd:InstanceID>\n"
          "        <vssd:VirtualSystemType>vmx-13</vssd:VirtualSystemType>\n"
          "      </System>\n"
        + hardwareItems(int(disks.size()), true)
        + "    </VirtualHardwareSection>\n"
          "  </VirtualSystem>\n"
          "</Envelope>\n";
}

} // namespace

QString ProducerPackageWriter::producerName(Producer producer)
{
    switch (producer) {
    case Producer::Ovftool40:
        return QStringLiteral("ovftool 4.0");
    case Producer::Ovftool41:
        return QStringLiteral("ovftool 4.1");
    case Producer::VirtualBox:
        return QStringLiteral("VirtualBox");
    case Producer::Ovf09:
        return QStringLiteral("OVF 0.9 (ovftool)");
    case Producer::Ovf20:
        return QStringLiteral("OVF 2.0");
    }
    return {};
}

std::optional<ProducerPackage> ProducerPackageWriter::write(const ProducerSpec &spec,
                                                            const QString &directory,
                                                            QString *error)
{
    const Producer p = spec.producer;
    const bool ovftool = p == Producer::Ovftool40 || p == Producer::Ovftool41;
    if (spec.chunkSize > 0 && p != Producer::Ovftool41) {
        *error = tr("Only ovftool 4.1 output is written with chunked disks here");
        return std::nullopt;
    }
    if (spec.sign && p == Producer::VirtualBox) {
        *error = tr("VirtualBox exports are written unsigned here");
        return std::nullopt;
    }
    if (spec.readme && p != Producer::VirtualBox) {
        *error = tr("Only VirtualBox exports are written with a readme.txt here");
        return std::nullopt;
    }
    if (!QDir().mkpath(directory)) {
        *error = tr("Cannot create the directory %1").arg(directory);
        return std::nullopt;
    }
    const QDir dir(directory);
    ProducerPackage pkg;
    pkg.directory = dir.absolutePath();

    // Disks (chunks when split) first: the descriptor needs their sizes.
    QList<DiskRef> refs;
    for (int i = 0; i < spec.diskSizes.size(); ++i) {
        const QString name = p == Producer::VirtualBox
            ? QStringLiteral("%1-disk%2.vmdk").arg(spec.baseName).arg(i + 1, 3, 10, QLatin1Char('0'))
            : QStringLiteral("%1-disk%2.vmdk").arg(spec.baseName).arg(i + 1);
        const QString path = dir.filePath(name);
        // 16 GiB: the capacity every descriptor below declares for its disks.
        const bool written = spec.streamOptimizedDisks
            ? PackageBuilder::writeStreamOptimizedDisk(path, spec.diskSizes.at(i), qint64(16) << 30,
                                                       error)
            : PackageBuilder::writeGeneratedFile(path, spec.diskSizes.at(i), error);
        if (!written)
            return std::nullopt;
        refs.append({ name, QFileInfo(path).size() });
        if (spec.chunkSize > 0) {
            if (!splitIntoChunks(path, spec.chunkSize, &pkg.diskFiles, error))
                return std::nullopt;
        } else {
            pkg.diskFiles << path;
        }
    }
    if (spec.readme) {
        const QString path = dir.filePath(QStringLiteral("readme.txt"));
        if (!writeText(path,
                       "Test appliance exported from VirtualBox.\r\nLogin: root / (no password)\r\n",
                       error))
            return std::nullopt;
        pkg.extraFiles << path;
    }

    QByteArray xml;
    switch (p) {
    case Producer::Ovftool40:
        xml = ovftoolDescriptor(spec, refs, "4.0.0 (build-2060496)");
        break;
    case Producer::Ovftool41:
        xml = ovftoolDescriptor(spec, refs, "4.1.0 (build-3018522)");
        break;
    case Producer::VirtualBox:
        xml = virtualBoxDescriptor(spec, refs);
        break;
    case Producer::Ovf09:
        xml = ovf09Descriptor(spec, refs);
        break;
    case Producer::Ovf20:
        xml = ovf20Descriptor(spec, refs);
        break;
    }
    pkg.ovfPath = dir.filePath(spec.baseName + QStringLiteral(".ovf"));
    if (!writeText(pkg.ovfPath, xml, error))
        return std::nullopt;

    // The manifest, in each producer's algorithm and line format.
    const bool sha1 = p == Producer::Ovftool40 || p == Producer::Ovf09
        || (p == Producer::VirtualBox && spec.sha1);
    const DigestAlgorithm alg = sha1 ? DigestAlgorithm::Sha1 : DigestAlgorithm::Sha256;
    const QByteArray algName = digestAlgorithmName(alg).toLatin1();
    QStringList listed;
    if (p != Producer::Ovftool40) // ovftool 4.0 leaves the descriptor out of its manifest
        listed << pkg.ovfPath;
    listed += pkg.diskFiles;
    listed += pkg.extraFiles;
    QByteArray manifest;
    for (const QString &path : qAsConst(listed)) {
        const QByteArray digest = Manifest::fileDigestHex(path, alg, error);
        if (digest.isEmpty())
            return std::nullopt;
        const QByteArray name = QFileInfo(path).fileName().toUtf8();
        manifest += p == Producer::VirtualBox ? algName + " (" + name + ") = " + digest + '\n'
                                              : algName + '(' + name + ")= " + digest + '\n';
    }
    pkg.manifestPath = dir.filePath(spec.baseName + QStringLiteral(".mf"));
    if (!writeText(pkg.manifestPath, manifest, error))
        return std::nullopt;

    if (spec.sign && ovftool) {
        CertificateRequest req;
        req.commonName = producerName(p) + QStringLiteral(" test signer");
        req.organization = QStringLiteral("Content Library Uploader Tests");
        const std::optional<SigningIdentity> id = CertificateFactory::create(req, nullptr, error);
        if (!id)
            return std::nullopt;
        // ovftool signs the manifest file's bytes with the manifest's digest algorithm and
        // writes the signature in the manifest's own line format, then the PEM certificate.
        const QByteArray signature =
            CertificateFactory::sign(manifest, *id, QString::fromLatin1(algName), error);
        if (signature.isEmpty())
            return std::nullopt;
        const QByteArray cert = algName + '(' + QFileInfo(pkg.manifestPath).fileName().toUtf8()
            + ")= " + signature.toHex() + '\n' + id->certificatePem;
        pkg.certPath = dir.filePath(spec.baseName + QStringLiteral(".cert"));
        if (!writeText(pkg.certPath, cert, error))
            return std::nullopt;
        pkg.signerCertificatePem = id->certificatePem;
    }

    if (spec.makeOva) {
        QStringList members { pkg.ovfPath, pkg.manifestPath };
        if (!pkg.certPath.isEmpty())
            members << pkg.certPath;
        members += pkg.diskFiles;
        members += pkg.extraFiles;
        pkg.ovaPath = dir.filePath(spec.baseName + QStringLiteral(".ova"));
        if (!PackageBuilder::writeOva(pkg.ovaPath, members, error))
            return std::nullopt;
    }
    qCDebug(lcSimOvf) << "wrote" << producerName(p) << "package" << spec.baseName << "in"
                      << pkg.directory;
    return pkg;
}

} // namespace clu::sim::ovf
