#pragma once

#include "OperationTable.h"
#include "SimState.h"

namespace clu::sim {

class OvfAdapter;

// The content library's trusted-certificate store; the OVF adapter re-checks previews when it
// changes.
class TrustedCertificateOperations
{
public:
    TrustedCertificateOperations(SimState &state, OvfAdapter &ovf);
    void registerOperations(OperationTable &table);

private:
    Outcome listTrusted(const Call &c);
    Outcome getTrusted(const Call &c);
    Outcome createTrusted(const Call &c);
    Outcome deleteTrusted(const Call &c);

    SimState &m_state;
    OvfAdapter &m_ovf;
};

} // namespace clu::sim
