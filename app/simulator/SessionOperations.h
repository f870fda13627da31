#pragma once

#include "OperationTable.h"
#include "SimState.h"

#include <functional>

namespace clu::sim {

class Faults;
class OvfAdapter;

// Update sessions (§6) and their files (§7) with the state rules of §9.
class SessionOperations
{
public:
    using StartPull = std::function<void(const QString &sessionId, const QString &fileName)>;

    SessionOperations(SimState &state, Faults &faults, OvfAdapter &ovf, int sessionTimeoutSeconds,
                      StartPull startPull);
    void registerOperations(OperationTable &table);

    // Session model JSON (§5.1); caller holds the mutex.
    QJsonObject sessionJson(const UpdateSession &s) const;
    static QJsonObject fileJson(const SessionFile &f);
    // Called by the PULL fetcher when a pull ended: completes a session waiting for it.
    void pullFinished(const QString &sessionId);
    // Expiry and garbage collection; called periodically.
    void expire(int gcAfterSeconds);
    // Creates an ACTIVE session without a call (seed).
    QString createForSeed(const QString &itemId, const QString &user);

private:
    Outcome create(const Call &c);
    Outcome list(const Call &c);
    Outcome get(const Call &c);
    Outcome update(const Call &c);
    Outcome remove(const Call &c);
    Outcome complete(const Call &c);
    Outcome cancel(const Call &c);
    Outcome fail(const Call &c);
    Outcome keepAlive(const Call &c);
    Outcome addFile(const Call &c);
    Outcome getFile(const Call &c);
    Outcome listFiles(const Call &c);
    Outcome removeFile(const Call &c);
    Outcome validate(const Call &c);

    // Looks the session up and refreshes its expiry; nullptr + *error when unknown.
    UpdateSession *findLocked(const QString &id, Outcome *error);
    QJsonObject validationLocked(const UpdateSession &s, bool *hasErrors) const;

    SimState &m_state;
    Faults &m_faults;
    OvfAdapter &m_ovf;
    int m_timeout;
    StartPull m_startPull;
};

} // namespace clu::sim
