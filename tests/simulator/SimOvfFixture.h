#pragma once

#include "SimClient.h"
#include "SimulatorProcess.h"

#include <QTemporaryDir>

#include <memory>

namespace clu::test {

// For the tests of the simulator's OVF adapter: a simulator of its own per test function, a
// SimClient logged in to it, a library to make OVF items in, and a folder for the packages.
// A test class derives from QObject and from this, and calls setUp() in init(), tearDown() in
// cleanup().
class SimOvfFixture
{
protected:
    std::unique_ptr<SimulatorProcess> m_sim;
    std::unique_ptr<SimClient> m_c;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_lib;
    QString m_item; // the item of the last newSession()

    // Starts the simulator, logs in and creates the library. Empty = ready, else what failed.
    QString setUp(const QString &libraryName);
    void tearDown();

    // A new OVF item named `name` in the library and an update session on it.
    QString newSession(const QString &name);
    // A folder of its own (not yet there) below m_dir for the next package.
    QString nextPackageDir();

private:
    int m_packages = 0;
};

} // namespace clu::test
