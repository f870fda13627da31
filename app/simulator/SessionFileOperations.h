#pragma once

#include "OperationTable.h"
#include "SimState.h"

#include <functional>

namespace clu::sim {

class OvfAdapter;

// Files inside an update session (§7): add (PUSH/PULL), get, list, remove, validate.
class SessionFileOperations
{
public:
    using StartPull = std::function<void(const QString &sessionId, const QString &fileName)>;

    SessionFileOperations(SimState &state, OvfAdapter &ovf, int sessionTimeoutSeconds,
                          StartPull startPull);
    void registerOperations(OperationTable &table);

    // File info JSON (§5.8).
    static QJsonObject fileJson(const SessionFile &f);

private:
    Outcome addFile(const Call &c);
    Outcome getFile(const Call &c);
    Outcome listFiles(const Call &c);
    Outcome removeFile(const Call &c);
    Outcome validate(const Call &c);
    UpdateSession *findLocked(const QString &id, Outcome *error);

    SimState &m_state;
    OvfAdapter &m_ovf;
    int m_timeout;
    StartPull m_startPull;
};

} // namespace clu::sim
