#include "SimOvfFixture.h"

namespace clu::test {

QString SimOvfFixture::setUp(const QString &libraryName)
{
    m_sim = std::make_unique<SimulatorProcess>();
    if (!m_sim->start())
        return m_sim->errorString();
    m_c = std::make_unique<SimClient>(*m_sim);
    if (!m_c->login())
        return QStringLiteral("cannot log in to the simulator");
    m_lib = m_c->createLibrary(libraryName);
    if (m_lib.isEmpty())
        return QStringLiteral("cannot create the library %1").arg(libraryName);
    m_dir = std::make_unique<QTemporaryDir>();
    return {};
}

void SimOvfFixture::tearDown()
{
    m_c.reset();
    m_sim.reset();
}

QString SimOvfFixture::newSession(const QString &name)
{
    m_item = m_c->createItem(m_lib, name, QStringLiteral("ovf"));
    return m_c->createSession(m_item);
}

QString SimOvfFixture::nextPackageDir()
{
    return m_dir->path() + QStringLiteral("/p%1").arg(++m_packages);
}

} // namespace clu::test
