#include "VmdkSparseHeader.h"

#include <QtEndian>

namespace clu {

namespace {
template<typename T> T le(const QByteArray &b, int offset)
{
    return qFromLittleEndian<T>(b.constData() + offset);
}
} // namespace

bool VmdkSparseHeader::newlineBytesIntact() const
{
    return singleEndLineChar == '\n' && nonEndLineChar == ' ' && doubleEndLineChar1 == '\r'
        && doubleEndLineChar2 == '\n';
}

quint64 VmdkSparseHeader::grainTableCount() const
{
    if (grainSize == 0 || numGTEsPerGT == 0)
        return 0;
    const quint64 grains = (capacity + grainSize - 1) / grainSize;
    return (grains + numGTEsPerGT - 1) / numGTEsPerGT;
}

VmdkSparseHeader VmdkSparseHeader::parse(const QByteArray &b)
{
    // Offsets of the packed SparseExtentHeader (spec, "Header and Footer").
    VmdkSparseHeader h;
    if (b.size() < size)
        return h;
    h.magicNumber = le<quint32>(b, 0);
    h.version = le<quint32>(b, 4);
    h.flags = le<quint32>(b, 8);
    h.capacity = le<quint64>(b, 12);
    h.grainSize = le<quint64>(b, 20);
    h.descriptorOffset = le<quint64>(b, 28);
    h.descriptorSize = le<quint64>(b, 36);
    h.numGTEsPerGT = le<quint32>(b, 44);
    h.rgdOffset = le<quint64>(b, 48);
    h.gdOffset = le<quint64>(b, 56);
    h.overHead = le<quint64>(b, 64);
    h.uncleanShutdown = b.at(72) != 0;
    h.singleEndLineChar = b.at(73);
    h.nonEndLineChar = b.at(74);
    h.doubleEndLineChar1 = b.at(75);
    h.doubleEndLineChar2 = b.at(76);
    h.compressAlgorithm = le<quint16>(b, 77);
    return h;
}

VmdkMarker VmdkMarker::parse(const QByteArray &b)
{
    VmdkMarker m;
    if (b.size() < 16)
        return m;
    m.value = le<quint64>(b, 0);
    m.size = le<quint32>(b, 8);
    m.type = le<quint32>(b, 12);
    return m;
}

} // namespace clu
