#include "StreamVmdkWriter.h"

#include <QList>
#include <QtEndian>

namespace clu::sim::ovf {

namespace {
constexpr quint64 grainSectors = 128; // 64 KiB grains, what VMware writes
constexpr int grainBytes = int(grainSectors * 512);
constexpr quint64 overHead = 128; // sectors before the first grain
constexpr quint64 descriptorSectors = 20;
constexpr quint64 gdAtEnd = ~quint64(0);

void le32(QByteArray *b, int offset, quint32 v)
{
    qToLittleEndian<quint32>(v, b->data() + offset);
}
void le64(QByteArray *b, int offset, quint64 v)
{
    qToLittleEndian<quint64>(v, b->data() + offset);
}

QByteArray header(quint64 capacity, quint64 gdOffset)
{
    QByteArray h(512, '\0');
    le32(&h, 0, 0x564d444b); // "KDMV"
    le32(&h, 4, 3);
    le32(&h, 8, 0x00030001); // newline test, compressed grains, markers
    le64(&h, 12, capacity);
    le64(&h, 20, grainSectors);
    le64(&h, 28, 1); // descriptor right after the header
    le64(&h, 36, descriptorSectors);
    le32(&h, 44, 512); // entries per grain table
    le64(&h, 48, 0); // no redundant grain directory
    le64(&h, 56, gdOffset);
    le64(&h, 64, overHead);
    h[73] = '\n';
    h[74] = ' ';
    h[75] = '\r';
    h[76] = '\n';
    qToLittleEndian<quint16>(1, h.data() + 77); // deflate
    return h;
}

QByteArray metadataMarker(quint64 sectors, quint32 type)
{
    QByteArray m(512, '\0');
    le64(&m, 0, sectors);
    le32(&m, 12, type);
    return m;
}

void padToSector(QByteArray *b)
{
    b->append(QByteArray((512 - b->size() % 512) % 512, '\0'));
}
} // namespace

QByteArray StreamVmdkWriter::build(const QByteArray &data, quint64 capacityBytes,
                                   const QString &fileName)
{
    const quint64 capacity = (qMax<quint64>(capacityBytes, quint64(data.size())) + 511) / 512;
    const int grains = int((capacity + grainSectors - 1) / grainSectors);
    const int tables = (grains + 511) / 512;

    QByteArray out = header(capacity, gdAtEnd);
    QByteArray descriptor = "# Disk DescriptorFile\nversion=1\nCID=fffffffe\nparentCID=ffffffff\n"
                            "createType=\"streamOptimized\"\n\n# Extent description\nRW "
        + QByteArray::number(capacity) + " SPARSE \"" + fileName.toUtf8()
        + "\"\n\n# The Disk Data Base\n#DDB\n\nddb.virtualHWVersion = \"4\"\n"
          "ddb.adapterType = \"lsilogic\"\n";
    descriptor.resize(int(descriptorSectors * 512), '\0');
    out += descriptor;
    out.resize(int(overHead * 512), '\0');

    QList<quint32> grainTable(tables * 512, 0);
    const int dataGrains = int((data.size() + grainBytes - 1) / grainBytes);
    for (int g = 0; g < dataGrains; ++g) {
        QByteArray grain = data.mid(g * grainBytes, grainBytes);
        if (grain.count('\0') == grain.size())
            continue; // all zeros: left unallocated
        grain.resize(grainBytes, '\0');
        // qCompress: 4-byte big-endian length, then the zlib stream a VMDK grain holds.
        const QByteArray z = qCompress(grain, 1).mid(4);
        grainTable[g] = quint32(out.size() / 512);
        QByteArray marker(12, '\0');
        le64(&marker, 0, quint64(g) * grainSectors);
        le32(&marker, 8, quint32(z.size()));
        out += marker + z;
        padToSector(&out);
    }
    QList<quint32> directory(tables, 0);
    for (int t = 0; t < tables; ++t) {
        bool empty = true;
        for (int e = 0; e < 512 && empty; ++e)
            empty = grainTable[t * 512 + e] == 0;
        if (empty)
            continue; // no grain in it: directory entry 0, as VMware's writers leave it
        out += metadataMarker(4, 1); // grain table: 512 entries = 4 sectors
        directory[t] = quint32(out.size() / 512);
        QByteArray table(512 * 4, '\0');
        for (int e = 0; e < 512; ++e)
            le32(&table, e * 4, grainTable[t * 512 + e]);
        out += table;
    }
    const quint64 gdSectors = quint64((tables * 4 + 511) / 512);
    out += metadataMarker(gdSectors, 2);
    const quint64 gdOffset = quint64(out.size() / 512);
    QByteArray gd(int(gdSectors * 512), '\0');
    for (int t = 0; t < tables; ++t)
        le32(&gd, t * 4, directory[t]);
    out += gd;
    out += metadataMarker(1, 3); // footer
    out += header(capacity, gdOffset);
    out += QByteArray(512, '\0'); // end of stream
    return out;
}

} // namespace clu::sim::ovf
