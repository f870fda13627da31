#include "SimulatorInfo.h"

#include "CluVersion.h"

namespace clu::sim {

QString simulatorVersion()
{
    return QStringLiteral(CLU_VERSION_STRING);
}

} // namespace clu::sim
