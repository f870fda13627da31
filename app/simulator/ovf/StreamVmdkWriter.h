#pragma once

#include <QByteArray>
#include <QString>

namespace clu::sim::ovf {

// Writes a stream-optimized VMDK in VMware's own layout (Virtual Disk Format 5.0): sparse
// header with GD_AT_END, embedded descriptor (createType="streamOptimized"), one marker plus
// zlib-deflated grain per non-zero 64 KiB grain, then the grain tables that hold a grain (an
// empty one is left out, its directory entry 0) and the grain directory
// each behind their marker, the footer marker, the footer and the end-of-stream marker. The
// generated packages' disks are such files, so they are what vCenter (and preflight) accept;
// qemu-img reads them back as the same disk (tests/preflight).
class StreamVmdkWriter
{
public:
    // `data` is the disk's content from LBA 0; the rest of `capacityBytes` reads as zeros.
    // capacityBytes is rounded up to a whole 512-byte sector and must hold `data`.
    static QByteArray build(const QByteArray &data, quint64 capacityBytes, const QString &fileName);
};

} // namespace clu::sim::ovf
