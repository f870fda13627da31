#pragma once

#include <QString>

namespace clu::sim::ovf {

// What vCenter's OVF import checks of a disk while it streams it into the datastore: a VMDK in
// an OVF item must be streamOptimized (sparse header "KDMV" with compressed grains and markers,
// deflate, createType="streamOptimized") and whole (sector-aligned; a GD_AT_END header needs its
// footer). vCenter then fails the transfer at 100 % with "IO error during transfer of X: Pipe
// closed"; the simulator does the same and logs this reason. Reads only the header, the
// embedded descriptor and the last three sectors. Independent of clu-core (and its preflight)
// on purpose: the two ends must not share a bug.
class VmdkAcceptance
{
public:
    // Empty when vCenter would import the file as a disk; else why not (for the log).
    static QString problem(const QString &path);
};

} // namespace clu::sim::ovf
