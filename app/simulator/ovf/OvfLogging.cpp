#include "OvfLogging.h"

Q_LOGGING_CATEGORY(lcSimOvf, "clu.sim.ovf")
