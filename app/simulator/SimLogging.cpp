#include "SimLogging.h"

Q_LOGGING_CATEGORY(lcSim, "clu.sim", QtInfoMsg)
