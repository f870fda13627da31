#pragma once

#include <QLoggingCategory>

// Logging category of the simulator (QT_LOGGING_RULES="clu.sim.debug=true").
Q_DECLARE_LOGGING_CATEGORY(lcSim)
