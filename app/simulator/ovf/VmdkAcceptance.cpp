#include "VmdkAcceptance.h"

#include <QFile>
#include <QtEndian>

namespace clu::sim::ovf {

namespace {
constexpr qint64 sector = 512;
constexpr quint32 magic = 0x564d444b; // "KDMV" little-endian
constexpr quint32 compressedGrains = 1u << 16;
constexpr quint32 markers = 1u << 17;
constexpr quint64 gdAtEnd = ~quint64(0);
constexpr quint32 footerMarker = 3;
} // namespace

QString VmdkAcceptance::problem(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QStringLiteral("cannot read the stored file: %1").arg(f.errorString());
    const QByteArray h = f.read(sector);
    if (h.size() < sector || qFromLittleEndian<quint32>(h.constData()) != magic)
        return QStringLiteral("no sparse VMDK header (magic KDMV)");
    const quint32 flags = qFromLittleEndian<quint32>(h.constData() + 8);
    if ((flags & compressedGrains) == 0 || (flags & markers) == 0)
        return QStringLiteral("header flags 0x%1 lack compressed grains or markers: not "
                              "streamOptimized")
            .arg(flags, 8, 16, QLatin1Char('0'));
    if (qFromLittleEndian<quint16>(h.constData() + 77) != 1)
        return QStringLiteral("grains are not deflate-compressed");
    const quint64 descriptorOffset = qFromLittleEndian<quint64>(h.constData() + 28);
    const quint64 descriptorSize = qFromLittleEndian<quint64>(h.constData() + 36);
    if (descriptorOffset == 0 || descriptorSize == 0 || descriptorSize > 128
        || !f.seek(qint64(descriptorOffset) * sector))
        return QStringLiteral("no embedded descriptor");
    const QByteArray descriptor = f.read(qint64(descriptorSize) * sector);
    if (!descriptor.contains("createType=\"streamOptimized\""))
        return QStringLiteral("the embedded descriptor's createType is not streamOptimized");
    if (f.size() % sector != 0)
        return QStringLiteral("%1 bytes is not a whole number of sectors: truncated").arg(f.size());
    if (qFromLittleEndian<quint64>(h.constData() + 56) == gdAtEnd) {
        // VMware's layout: footer marker, footer (a header copy), end-of-stream marker.
        if (f.size() < 4 * sector || !f.seek(f.size() - 3 * sector))
            return QStringLiteral("GD_AT_END without room for a footer: truncated");
        const QByteArray tail = f.read(3 * sector);
        if (qFromLittleEndian<quint32>(tail.constData() + 12) != footerMarker
            || qFromLittleEndian<quint32>(tail.constData() + sector) != magic
            || qFromLittleEndian<quint64>(tail.constData() + sector + 56) == gdAtEnd)
            return QStringLiteral("GD_AT_END but no footer before the end of the stream: "
                                  "truncated or unfinished");
    }
    return {};
}

} // namespace clu::sim::ovf
