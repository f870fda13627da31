#pragma once

#include <QString>

namespace clu::sim {

// Name and version the simulator reports (same version as the client: one project, one number).
QString simulatorVersion();

} // namespace clu::sim
