#pragma once

#include "DiskBytes.h"
#include "PreflightReport.h"
#include "ovf/OvfDiskSection.h"

#include <QList>
#include <QString>

namespace clu {

// Checks one VMDK the way vCenter's OVF import will read it, without reading the grains: the
// sparse header, the embedded descriptor (through libvmdk), the footer and end-of-stream
// marker, the grain directory, one grain table and the marker of the grain it points to, and
// the capacity and format the OVF declares for it. It reads a few KiB per disk (header,
// descriptor, last three sectors, the grain directory — 4 bytes per 32 MiB of capacity with
// 64 KiB grains — one 2 KiB grain table and one marker), however large the disk is.
class VmdkInspector
{
public:
    struct Target
    {
        QString name; // the file's name in the item (subject of the checks)
        QString path; // the file, or the .ova holding it
        qint64 offset = 0; // where the disk starts in `path`
        qint64 size = 0; // the disk's byte length
        const OvfDisk *disk = nullptr; // what the OVF says about it; nullptr = not a Disk
        // A disk split into chunks (ovf:chunkSize): the chunks in order, read as one disk
        // (path/offset/size then describe the first chunk, where libvmdk reads the header).
        QList<DiskPart> parts;
    };

    static PreflightReport inspect(const Target &target);
    // The OVF side alone (ovf:format, capacity units): also for disks that cannot be read.
    static PreflightReport checkDeclaration(const QString &name, const OvfDisk &disk);
};

} // namespace clu
