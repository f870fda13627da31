#pragma once

#include <QString>

namespace clu {

// What libyal's libvmdk (Debian libvmdk-dev) reads from a VMDK: it validates the sparse header's
// signature and parses the embedded descriptor (createType, extents). It needs random access,
// so an OVA member is handed to it as a byte range of the .ova (libbfio file range).
struct LibVmdkProbe
{
    bool opened = false;
    QString error; // libvmdk's own reason when it could not open the disk
    QString createType; // libvmdk's disk type as the descriptor's createType spelling
    bool streamOptimized = false;
    qint64 mediaSize = -1; // bytes, the sum of the descriptor's extents

    // `size` 0 = to the end of the file.
    static LibVmdkProbe open(const QString &path, qint64 offset, qint64 size);
};

} // namespace clu
