#pragma once

#include <QList>
#include <QString>

namespace clu {

// One DiskSection/Disk of an OVF descriptor: the virtual disk a References/File holds, with the
// capacity and format the importer will hold that file to (preflight compares them with the
// VMDK itself).
struct OvfDisk
{
    QString diskId; // ovf:diskId
    QString fileRef; // ovf:fileRef (a References/File ovf:id); empty for a blank disk
    QString fileHref; // that File's ovf:href, resolved; empty when fileRef names no File
    QString capacityText; // ovf:capacity as written (may be a ${property} reference)
    QString unitsText; // ovf:capacityAllocationUnits as written; empty = bytes
    QString format; // ovf:format URI
    qint64 capacityBytes = -1; // capacity * units; -1 when it cannot be computed (see unitsError)
    QString capacityError; // translated; why capacityBytes is -1

    // streamOptimized, the only VMDK subformat vCenter accepts in an OVF.
    static QString streamOptimizedFormat();
};

struct OvfDiskSection
{
    QList<OvfDisk> disks;
    QString error; // translated; malformed XML

    // `label` names the descriptor in messages.
    static OvfDiskSection parse(const QByteArray &xml, const QString &label);
    // Multiplier of an ovf:capacityAllocationUnits value ("byte", "byte * 2^30", DMTF DSP0004
    // programmatic units); -1 when it is not one.
    static qint64 unitMultiplier(const QString &units);
};

} // namespace clu
