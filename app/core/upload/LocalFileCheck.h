#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace clu {

// The cheap local checks a front end runs before it changes anything on the server (e.g. before
// it creates a library item for an upload): every path is an existing regular file (not a
// directory, FIFO or device, whose size is unknown or endless), can be opened for reading, and
// has a known size. The upload engine checks the rest (OVF references, digests) itself.
class LocalFileCheck
{
    Q_DECLARE_TR_FUNCTIONS(LocalFileCheck)
public:
    // Translated problems, one per path that fails; empty when all pass.
    static QStringList problems(const QStringList &paths);
};

} // namespace clu
