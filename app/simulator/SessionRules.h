#pragma once

#include "SimState.h"
#include "VapiError.h"

namespace clu::sim {

class OvfAdapter;

// State-machine steps of §9 shared by the JSON operations, the upload endpoint, the PULL
// fetcher and the expiry timer. Every function expects the caller to hold SimState::mutex.
class SessionRules
{
public:
    static void touch(UpdateSession &s, int timeoutSeconds);
    // The session a call names, with its expiry refreshed (every session and file call keeps it
    // alive, §14.6); nullptr and *error = NOT_FOUND when there is none.
    static UpdateSession *find(SimState &state, const QString &id, int timeoutSeconds,
                               Outcome *error);
    // As find(), but also NOT_ALLOWED_IN_CURRENT_STATE naming `operation` unless it is ACTIVE.
    static UpdateSession *findActive(SimState &state, const QString &id, const QString &operation,
                                     int timeoutSeconds, Outcome *error);
    // The message of a broken transfer, shaped like vCenter's "IO error during transfer" text.
    static QJsonObject transferError(const SimState &state, const UpdateSession &s,
                                     const QString &file, const QString &reason);
    // The answer to a data PUT whose file this transfer no longer owns (the session expired,
    // was canceled, failed, completed or deleted, the file was removed or added again while the
    // bytes streamed): what happened, with vCenter's status for it (README "abandoned PUTs").
    static VapiError abandonedTransfer(const SimState &state, const QString &sessionId,
                                       const QString &file);
    // File -> ERROR and session -> ERROR (terminal), received bytes discarded.
    static void failTransfer(SimState &state, UpdateSession &s, SessionFile &f,
                             const QString &reason);
    // Ends the session in a terminal state and drops every received byte.
    static void end(SimState &state, UpdateSession &s, const QString &terminalState,
                    const QJsonObject &error = {});
    // Applies the session to its item (§9.4); false with *error (session then ERROR).
    static bool apply(SimState &state, UpdateSession &s, OvfAdapter &ovf, QJsonObject *error);
    // True while a PULL of this session still runs.
    static bool pullsRunning(const UpdateSession &s);
    static QString stateReason(const UpdateSession &s);
    // What validate reports (§5.9): missing and invalid files; PULLs still running are fine.
    static QJsonObject validation(const SimState &state, const UpdateSession &s, OvfAdapter &ovf,
                                  bool *hasErrors);
};

} // namespace clu::sim
