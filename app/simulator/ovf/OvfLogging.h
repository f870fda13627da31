#pragma once

#include <QLoggingCategory>

// clu.sim.ovf: OVF/OVA parsing, signature checks and package generation of the simulator.
Q_DECLARE_LOGGING_CATEGORY(lcSimOvf)
