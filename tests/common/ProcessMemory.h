#pragma once

#include <QtGlobal>

namespace clu::test {

// The peak resident set size (VmHWM) of process `pid` in KiB, from Linux's /proc; -1 where that
// cannot be read (another system, a process that is gone).
qint64 peakRssKiB(qint64 pid);

} // namespace clu::test
