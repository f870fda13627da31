#include "VmdkInspector.h"

#include "DiskBytes.h"
#include "LibVmdkProbe.h"
#include "VmdkSparseHeader.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QtEndian>

namespace clu {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(VmdkInspector)
};

constexpr qint64 sector = 512;
constexpr qint64 maxDescriptorBytes = 64 * 1024;
constexpr qint64 maxGrainDirectoryBytes = 64 * 1024 * 1024;

QString hex32(quint32 v)
{
    return QStringLiteral("0x%1").arg(v, 8, 16, QLatin1Char('0'));
}

QString bytesText(qint64 bytes)
{
    return Tr::tr("%L1 bytes").arg(bytes);
}

// createType="..." from the embedded descriptor, only to quote it in messages (libvmdk decides
// the type).
QString createTypeOf(const QByteArray &descriptor)
{
    static const QRegularExpression re(QStringLiteral("createType\\s*=\\s*\"([^\"]*)\""));
    return re.match(QString::fromLatin1(descriptor)).captured(1);
}

QString notVmdkReason(const QByteArray &head)
{
    if (head.startsWith("# Disk DescriptorFile"))
        return Tr::tr("is a text descriptor whose data lives in other extent files (a flat or "
                      "split disk), not a streamOptimized VMDK");
    if (head.startsWith("COWD"))
        return Tr::tr("is an ESX sparse (COWD) extent, not a streamOptimized VMDK");
    return Tr::tr("does not start with the sparse VMDK magic \"KDMV\" (it starts with %1): it is "
                  "not a VMDK")
        .arg(QString::fromLatin1(head.left(4).toHex(' ')));
}

bool allZero(const QByteArray &b)
{
    for (char c : b) {
        if (c != 0)
            return false;
    }
    return !b.isEmpty();
}

void checkHeader(const VmdkSparseHeader &h, const QString &n, PreflightReport *r)
{
    if (h.version < 1 || h.version > 3)
        r->fail(QStringLiteral("vmdk-header"), n,
                Tr::tr("sparse header version %1 is not one VMware defines (1, 2 or 3)")
                    .arg(h.version));
    else if (h.grainSize < 8 || (h.grainSize & (h.grainSize - 1)) != 0)
        r->fail(QStringLiteral("vmdk-header"), n,
                Tr::tr("grain size of %1 sectors is not a power of two of at least 8 sectors")
                    .arg(h.grainSize));
    else if (h.numGTEsPerGT != 512)
        r->fail(QStringLiteral("vmdk-header"), n,
                Tr::tr("%1 entries per grain table; VMware's format has 512").arg(h.numGTEsPerGT));
    else
        r->pass(QStringLiteral("vmdk-header"), n,
                Tr::tr("sparse header \"KDMV\" version %1, grains of %2 KiB")
                    .arg(h.version)
                    .arg(h.grainSize / 2));

    QStringList missing;
    if (!(h.flags & VmdkSparseHeader::flagCompressedGrains))
        missing.append(Tr::tr("compressed grains (bit 16)"));
    if (!(h.flags & VmdkSparseHeader::flagMarkers))
        missing.append(Tr::tr("markers (bit 17)"));
    if (!missing.isEmpty())
        r->fail(QStringLiteral("vmdk-flags"), n,
                Tr::tr("header flags %1 lack %2, which a streamOptimized disk needs")
                    .arg(hex32(h.flags), missing.join(Tr::tr(" and "))));
    else if ((h.flags & VmdkSparseHeader::flagValidNewlineTest) && !h.newlineBytesIntact())
        r->fail(QStringLiteral("vmdk-flags"), n,
                Tr::tr("the header's newline-detection bytes were rewritten: the file went "
                       "through a text-mode (ASCII) transfer and is corrupt"));
    else
        r->pass(QStringLiteral("vmdk-flags"), n,
                Tr::tr("header flags %1: compressed grains with markers").arg(hex32(h.flags)));

    if (h.compressAlgorithm == VmdkSparseHeader::compressionDeflate)
        r->pass(QStringLiteral("vmdk-compression"), n, Tr::tr("grains are deflate-compressed"));
    else if (h.compressAlgorithm == VmdkSparseHeader::compressionNone)
        r->fail(QStringLiteral("vmdk-compression"), n,
                Tr::tr("the header names no compression algorithm (0); streamOptimized grains "
                       "are deflate-compressed (1)"));
    else
        r->fail(QStringLiteral("vmdk-compression"), n,
                Tr::tr("compression algorithm %1 is unknown; VMware defines only deflate (1)")
                    .arg(h.compressAlgorithm));
}

// The grain directory, and the first and the last grain it points to: their tables and
// markers must agree with it, and the last grain's compressed bytes must lie inside the file
// (a stream writer emits grains in LBA order, so a truncated file loses the last one first).
// Returns where the last grain's sectors end (bytes), or -1.
qint64 checkGrainDirectory(const VmdkSparseHeader &h, quint64 gdOffset, DiskBytes *disk,
                           const QString &n, PreflightReport *r)
{
    const QString id = QStringLiteral("vmdk-grain-directory");
    const quint64 tables = h.grainTableCount();
    const qint64 gdBytes = qint64(tables) * 4;
    if (tables == 0 || gdBytes > maxGrainDirectoryBytes) {
        r->fail(id, n,
                Tr::tr("capacity %1 sectors and grain size %2 give %3 grain tables: the header "
                       "is inconsistent")
                    .arg(h.capacity)
                    .arg(h.grainSize)
                    .arg(tables));
        return -1;
    }
    if (gdOffset > quint64(disk->size() / sector)
        || qint64(gdOffset) * sector + gdBytes > disk->size()) {
        r->fail(id, n,
                Tr::tr("the grain directory (sector %1, %2) lies beyond the end of the file (%3): "
                       "the file is truncated")
                    .arg(gdOffset)
                    .arg(bytesText(gdBytes), bytesText(disk->size())));
        return -1;
    }
    const QByteArray gd = disk->read(gdOffset * sector, gdBytes);
    const qint64 gtBytes = qint64(h.numGTEsPerGT) * 4;
    quint32 firstTable = 0, lastTable = 0;
    for (quint64 i = 0; i < tables; ++i) {
        const quint32 gt = qFromLittleEndian<quint32>(gd.constData() + i * 4);
        if (gt == 0)
            continue;
        if (qint64(gt) * sector + gtBytes > disk->size()) {
            r->fail(id, n,
                    Tr::tr("grain table %1 at sector %2 lies beyond the end of the file: the file "
                           "is truncated")
                        .arg(i)
                        .arg(gt));
            return -1;
        }
        if (firstTable == 0)
            firstTable = quint32(i) + 1; // 1-based: 0 = none
        lastTable = quint32(i) + 1;
    }
    if (firstTable == 0) {
        r->pass(id, n,
                Tr::tr("grain directory of %1 tables at sector %2; the disk holds no data grains")
                    .arg(tables)
                    .arg(gdOffset));
        return -1;
    }
    // Checks the first (or last) allocated grain of table `t`; empty = fine, else the reason.
    qint64 lastGrainEnd = -1;
    auto checkGrain = [&](quint32 t, bool last) -> QString {
        const quint32 gt = qFromLittleEndian<quint32>(gd.constData() + t * 4);
        const QByteArray table = disk->read(quint64(gt) * sector, gtBytes);
        for (quint32 k = 0; k < h.numGTEsPerGT; ++k) {
            const quint32 j = last ? h.numGTEsPerGT - 1 - k : k;
            const quint32 grain = qFromLittleEndian<quint32>(table.constData() + j * 4);
            if (grain <= 1) // 0 = unallocated, 1 = zeroed grain
                continue;
            const quint64 lba = (quint64(t) * h.numGTEsPerGT + j) * h.grainSize;
            const QByteArray bytes = disk->read(quint64(grain) * sector, 16);
            const VmdkMarker m = VmdkMarker::parse(bytes);
            if (bytes.size() < 16)
                return Tr::tr("the grain table puts LBA %1 at sector %2, beyond the end of the "
                              "file: the file is truncated")
                    .arg(lba)
                    .arg(grain);
            if (!m.isGrain() || m.value != lba || m.size > h.grainSize * sector + 1024)
                return Tr::tr("the grain table puts LBA %1 at sector %2, but the marker there "
                              "says LBA %3 with %4 compressed bytes: grain directory and "
                              "markers disagree")
                    .arg(lba)
                    .arg(grain)
                    .arg(m.value)
                    .arg(m.size);
            if (qint64(grain) * sector + 12 + qint64(m.size) > disk->size())
                return Tr::tr("the grain of LBA %1 at sector %2 runs past the end of the file: "
                              "the file is truncated")
                    .arg(lba)
                    .arg(grain);
            if (last)
                lastGrainEnd =
                    (qint64(grain) * sector + 12 + qint64(m.size) + sector - 1) / sector * sector;
            return {};
        }
        return {};
    };
    QString why = checkGrain(firstTable - 1, false);
    if (why.isEmpty())
        why = checkGrain(lastTable - 1, true);
    if (!why.isEmpty()) {
        r->fail(id, n, why);
        return -1;
    }
    r->pass(id, n,
            Tr::tr("grain directory of %1 tables at sector %2; the markers of its first and "
                   "last grains match it")
                .arg(tables)
                .arg(gdOffset));
    return lastGrainEnd;
}

// The grain stream starts at overHead with a marker: a grain of an LBA inside the disk, or
// a metadata marker.
void checkFirstMarker(const VmdkSparseHeader &h, DiskBytes *disk, const QString &n,
                      PreflightReport *r)
{
    const QByteArray bytes = disk->read(h.overHead * sector, 16);
    const VmdkMarker m = VmdkMarker::parse(bytes);
    const bool ok = bytes.size() == 16
        && (m.isGrain() ? m.value < h.capacity && m.value % h.grainSize == 0
                        : m.type <= VmdkMarker::Footer);
    if (!ok)
        r->fail(QStringLiteral("vmdk-markers"), n,
                Tr::tr("no valid marker where the grain stream starts (sector %1): the flags "
                       "promise markers the data does not have")
                    .arg(h.overHead));
    else
        r->pass(QStringLiteral("vmdk-markers"), n,
                Tr::tr("the grain stream starts with a marker at sector %1").arg(h.overHead));
}

// Stream layout, last three sectors: footer marker, footer (a header copy holding the real
// gdOffset), end-of-stream marker (an all-zero sector).
QByteArray lastSectors(DiskBytes *disk)
{
    const qint64 whole = disk->size() - disk->size() % sector;
    return whole >= 3 * sector ? disk->read(whole - 3 * sector, 3 * sector) : QByteArray();
}

// qemu-img writes no end-of-stream marker: its header holds the grain directory offset and the
// file ends with the last grain. That layout is accepted when the last grain the directory
// names ends exactly at the end of the file; anything else is a truncated or unfinished stream.
void checkEndOfStream(const VmdkSparseHeader &h, DiskBytes *disk, qint64 lastGrainEnd,
                      const QString &n, PreflightReport *r)
{
    const QString id = QStringLiteral("vmdk-end-of-stream");
    if (disk->size() % sector != 0)
        r->fail(id, n,
                Tr::tr("the file is %1, not a whole number of 512-byte sectors: it is truncated")
                    .arg(bytesText(disk->size())));
    else if (allZero(lastSectors(disk).right(int(sector))))
        r->pass(id, n, Tr::tr("ends with the end-of-stream marker"));
    else if (h.gdOffset != VmdkSparseHeader::gdAtEnd && lastGrainEnd == disk->size())
        r->pass(id, n,
                Tr::tr("no end-of-stream marker, as qemu-img writes it: the header holds the "
                       "grain directory and the file ends exactly with its last grain"));
    else
        r->fail(id, n,
                Tr::tr("the last sector is not the end-of-stream marker: the file ends inside "
                       "the grain stream (truncated, or its writer never finished)"));
}

quint64 checkFooter(const VmdkSparseHeader &h, DiskBytes *disk, const QString &n,
                    PreflightReport *r)
{
    const QByteArray tail = lastSectors(disk);

    const VmdkMarker marker = VmdkMarker::parse(tail.left(16));
    const VmdkSparseHeader footer = VmdkSparseHeader::parse(tail.mid(int(sector), int(sector)));
    const bool hasFooter = tail.size() == 3 * sector && !marker.isGrain()
        && marker.type == VmdkMarker::Footer && footer.hasMagic();
    if (!hasFooter) {
        if (h.gdOffset == VmdkSparseHeader::gdAtEnd)
            r->fail(QStringLiteral("vmdk-footer"), n,
                    Tr::tr("the header leaves the grain directory to the footer (GD_AT_END), "
                           "but there is no footer before the end-of-stream marker"));
        else
            r->pass(QStringLiteral("vmdk-footer"), n,
                    Tr::tr("no footer, none needed: the header holds the grain directory "
                           "offset"));
        return h.gdOffset;
    }
    QStringList differ;
    if (footer.capacity != h.capacity)
        differ.append(Tr::tr("capacity"));
    if (footer.grainSize != h.grainSize)
        differ.append(Tr::tr("grain size"));
    if (footer.flags != h.flags)
        differ.append(Tr::tr("flags"));
    if (footer.compressAlgorithm != h.compressAlgorithm)
        differ.append(Tr::tr("compression"));
    if (footer.gdOffset == VmdkSparseHeader::gdAtEnd) {
        r->fail(QStringLiteral("vmdk-footer"), n,
                Tr::tr("the footer's grain directory offset is GD_AT_END as well: nothing says "
                       "where the grain directory is"));
        return VmdkSparseHeader::gdAtEnd;
    }
    if (!differ.isEmpty())
        r->fail(QStringLiteral("vmdk-footer"), n,
                Tr::tr("the footer disagrees with the header on %1")
                    .arg(differ.join(QStringLiteral(", "))));
    else
        r->pass(QStringLiteral("vmdk-footer"), n,
                Tr::tr("footer present, grain directory at sector %1").arg(footer.gdOffset));
    return footer.gdOffset;
}

void checkCapacity(const VmdkSparseHeader &h, const LibVmdkProbe &probe, const OvfDisk *disk,
                   const QString &n, PreflightReport *r)
{
    const QString id = QStringLiteral("vmdk-capacity");
    const qint64 headerBytes = qint64(h.capacity) * sector;
    if (probe.opened && probe.mediaSize >= 0 && probe.mediaSize != headerBytes) {
        r->fail(id, n,
                Tr::tr("the embedded descriptor's extents hold %1, the sparse header %2")
                    .arg(bytesText(probe.mediaSize), bytesText(headerBytes)));
        return;
    }
    if (!disk)
        return;
    const QString declared = Tr::tr("ovf:capacity=\"%1\" ovf:capacityAllocationUnits=\"%2\"")
                                 .arg(disk->capacityText, disk->unitsText);
    if (disk->capacityBytes < 0)
        r->warn(id, n, Tr::tr("cannot compare with the OVF: %1").arg(disk->capacityError));
    else if (disk->capacityBytes < headerBytes)
        r->fail(id, n,
                Tr::tr("the disk holds %1, more than the OVF declares (%2 = %3)")
                    .arg(bytesText(headerBytes), declared, bytesText(disk->capacityBytes)));
    else if (disk->capacityBytes > headerBytes)
        r->warn(id, n,
                Tr::tr("the OVF declares %1 (%2), the disk holds %3: it would be grown when "
                       "deployed")
                    .arg(bytesText(disk->capacityBytes), declared, bytesText(headerBytes)));
    else
        r->pass(id, n, Tr::tr("%1, as the OVF declares").arg(bytesText(headerBytes)));
}
} // namespace

PreflightReport VmdkInspector::checkDeclaration(const QString &name, const OvfDisk &disk)
{
    PreflightReport r;
    const QString id = QStringLiteral("disk-format");
    const QString wanted = OvfDisk::streamOptimizedFormat();
    if (disk.format == wanted)
        r.pass(id, name, Tr::tr("Disk %1: ovf:format is streamOptimized").arg(disk.diskId));
    else if (disk.format.isEmpty())
        r.fail(id, name,
               Tr::tr("Disk %1 has no ovf:format; it must be %2").arg(disk.diskId, wanted));
    else if (disk.format.endsWith(QLatin1String("vmdk.html#compressed")))
        r.warn(id, name,
               Tr::tr("Disk %1: ovf:format %2 is the OVF 0.9 name of streamOptimized; current "
                      "importers expect %3")
                   .arg(disk.diskId, disk.format, wanted));
    else if (disk.format.endsWith(QLatin1String("vmdk.html#sparse")))
        r.fail(id, name,
               Tr::tr("Disk %1: ovf:format %2 is a monolithicSparse disk; vCenter imports only "
                      "streamOptimized disks (%3)")
                   .arg(disk.diskId, disk.format, wanted));
    else
        r.fail(id, name,
               Tr::tr("Disk %1: ovf:format %2 is not the streamOptimized VMDK format %3")
                   .arg(disk.diskId, disk.format, wanted));
    return r;
}

PreflightReport VmdkInspector::inspect(const Target &t)
{
    PreflightReport r;
    const QString &n = t.name;
    DiskBytes disk(t.parts.isEmpty() ? QList<DiskPart> { { t.path, t.offset, t.size } } : t.parts);
    if (!disk.open()) {
        r.fail(QStringLiteral("vmdk-header"), n,
               Tr::tr("cannot be read: %1").arg(disk.errorString()));
        return r;
    }
    if (disk.size() < sector) {
        r.fail(QStringLiteral("vmdk-header"), n,
               Tr::tr("is %1 long, too short for a sparse VMDK header (512 bytes)")
                   .arg(bytesText(disk.size())));
        return r;
    }
    const QByteArray head = disk.read(0, sector);
    const VmdkSparseHeader h = VmdkSparseHeader::parse(head);
    if (!h.hasMagic()) {
        r.fail(QStringLiteral("vmdk-header"), n, notVmdkReason(head));
        return r;
    }
    checkHeader(h, n, &r);

    // The range runs to the end of the .ova: libbfio 20170123 refuses to read from a range that
    // ends exactly at a member's end (tested), and libvmdk only reads the header and the
    // embedded descriptor at the start of the range here.
    const LibVmdkProbe probe = LibVmdkProbe::open(t.path, t.offset, 0);
    const QString createType = createTypeOf(
        disk.read(h.descriptorOffset * sector,
                  qMin<qint64>(qint64(h.descriptorSize) * sector, maxDescriptorBytes)));
    if (!probe.opened)
        r.fail(QStringLiteral("vmdk-create-type"), n,
               Tr::tr("libvmdk cannot read the disk's embedded descriptor: %1").arg(probe.error));
    else if (probe.streamOptimized)
        r.pass(QStringLiteral("vmdk-create-type"), n,
               Tr::tr("embedded descriptor: createType=\"streamOptimized\""));
    else
        r.fail(QStringLiteral("vmdk-create-type"), n,
               Tr::tr("the embedded descriptor says createType=\"%1\"; a disk in an OVF must be "
                      "streamOptimized (convert it with qemu-img convert -O vmdk -o "
                      "subformat=streamOptimized, or ovftool)")
                   .arg(createType.isEmpty() ? probe.createType : createType));

    const quint64 gdOffset = checkFooter(h, &disk, n, &r);
    const bool geometryOk =
        h.grainSize >= 8 && (h.grainSize & (h.grainSize - 1)) == 0 && h.numGTEsPerGT == 512;
    if (geometryOk && (h.flags & VmdkSparseHeader::flagMarkers))
        checkFirstMarker(h, &disk, n, &r);
    qint64 lastGrainEnd = -1;
    if (geometryOk && gdOffset != VmdkSparseHeader::gdAtEnd
        && (h.flags & VmdkSparseHeader::flagMarkers))
        lastGrainEnd = checkGrainDirectory(h, gdOffset, &disk, n, &r);
    checkEndOfStream(h, &disk, lastGrainEnd, n, &r);
    checkCapacity(h, probe, t.disk, n, &r);
    return r;
}

} // namespace clu
