#pragma once

#include "PreflightReport.h"

#include <QDateTime>
#include <QStringList>

namespace clu {

// The local preflight of an upload (issue 11): what vCenter would refuse about the package,
// found before any session exists and without sending anything. For an .ovf/.ova: the package
// (descriptor, referenced files, ovf:size), the manifest's syntax and algorithms, the signature
// and its certificate's dates, and every Disk's VMDK (VmdkInspector: headers, markers, footer,
// capacity, ovf:format). Plain files only need to exist. Synchronous and quick (headers only,
// no hashing): run it off the GUI thread anyway, it touches the disk.
class Preflight
{
public:
    // True when run() reads a package (descriptor, manifest, disk headers); otherwise it only
    // asks the file system whether the files exist, which a GUI may do on its own thread.
    static bool readsPackage(const QStringList &paths);
    static PreflightReport run(const QStringList &paths,
                               const QDateTime &now = QDateTime::currentDateTimeUtc());
};

} // namespace clu
