#pragma once

#include "OperationTable.h"
#include "SimState.h"

namespace clu::sim {

class Faults;
class OvfAdapter;

// Update sessions (§6) with the state rules of §9; their files are SessionFileOperations.
class SessionOperations
{
public:
    SessionOperations(SimState &state, Faults &faults, OvfAdapter &ovf, int sessionTimeoutSeconds);
    void registerOperations(OperationTable &table);

    // Session model JSON (§5.1); caller holds the mutex.
    QJsonObject sessionJson(const UpdateSession &s) const;
    // Called by the PULL fetcher when a pull ended: completes a session waiting for it.
    void pullFinished(const QString &sessionId);
    // Expiry and garbage collection; called periodically.
    void expire(int gcAfterSeconds);
    // The same with m_state.mutex already held by the caller.
    void expireLocked(int gcAfterSeconds);
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

    // Looks the session up and refreshes its expiry; nullptr + *error when unknown.
    UpdateSession *findLocked(const QString &id, Outcome *error);

    SimState &m_state;
    Faults &m_faults;
    OvfAdapter &m_ovf;
    int m_timeout;
};

} // namespace clu::sim
