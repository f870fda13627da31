#pragma once

#include <QByteArray>
#include <QtGlobal>

namespace clu {

// The on-disk structures of a hosted sparse VMDK extent that preflight reads, laid out as in
// VMware's "Virtual Disk Format 5.0" specification (SparseExtentHeader, the stream-optimized
// markers). All fields little-endian; offsets and sizes in 512-byte sectors.
struct VmdkSparseHeader
{
    static constexpr quint32 magic = 0x564d444b; // "KDMV" on disk
    static constexpr quint64 gdAtEnd = ~quint64(0); // GD_AT_END: the footer holds gdOffset
    static constexpr quint32 flagValidNewlineTest = 1u << 0;
    static constexpr quint32 flagRedundantGrainTable = 1u << 1;
    static constexpr quint32 flagCompressedGrains = 1u << 16;
    static constexpr quint32 flagMarkers = 1u << 17;
    static constexpr quint16 compressionNone = 0;
    static constexpr quint16 compressionDeflate = 1;
    static constexpr int size = 512;

    quint32 magicNumber = 0;
    quint32 version = 0;
    quint32 flags = 0;
    quint64 capacity = 0; // sectors
    quint64 grainSize = 0; // sectors
    quint64 descriptorOffset = 0;
    quint64 descriptorSize = 0;
    quint32 numGTEsPerGT = 0;
    quint64 rgdOffset = 0;
    quint64 gdOffset = 0;
    quint64 overHead = 0;
    bool uncleanShutdown = false;
    char singleEndLineChar = 0; // '\n'
    char nonEndLineChar = 0; // ' '
    char doubleEndLineChar1 = 0; // '\r'
    char doubleEndLineChar2 = 0; // '\n'
    quint16 compressAlgorithm = 0;

    bool hasMagic() const { return magicNumber == magic; }
    // The four newline bytes a text-mode (FTP ASCII) transfer would have rewritten.
    bool newlineBytesIntact() const;
    // Grain tables the whole capacity needs (the grain directory's entries).
    quint64 grainTableCount() const;

    // `bytes` must hold at least 512 bytes; returns a header even without the magic.
    static VmdkSparseHeader parse(const QByteArray &bytes);
};

// A stream-optimized marker: a grain (size > 0: `value` is its LBA) or, when size == 0, a
// metadata marker of `type` covering `value` sectors that follow it.
struct VmdkMarker
{
    enum Type : quint32 { EndOfStream = 0, GrainTable = 1, GrainDirectory = 2, Footer = 3 };

    quint64 value = 0;
    quint32 size = 0;
    quint32 type = 0; // only for metadata markers

    bool isGrain() const { return size > 0; }
    // `bytes` must hold at least 16 bytes.
    static VmdkMarker parse(const QByteArray &bytes);
};

} // namespace clu
