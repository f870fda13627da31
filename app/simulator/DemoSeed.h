#pragma once

#include "OperationTable.h"

#include <QCoreApplication>
#include <QString>

namespace clu::sim {

class ItemOperations;
class LibraryOperations;
class OvfAdapter;
class SessionOperations;
class SimState;

// `--seed demo`: the content the GUI's demo mode shows (product.md "Demo mode"): two local
// libraries and one subscribed, several items, real signed OVF packages generated at start
// (self-signed, expired, CA-signed with the CA in the trust store), a session in ERROR and
// ACTIVE sessions waiting for files whose previews show the certificates.
class DemoSeed
{
    Q_DECLARE_TR_FUNCTIONS(DemoSeed)
public:
    DemoSeed(SimState &state, LibraryOperations &libraries, ItemOperations &items,
             SessionOperations &sessions, const OperationTable &operations, OvfAdapter &ovf,
             const QString &user, const QString &baseUrl);
    // Does nothing when the state already holds libraries (a restarted demo keeps its state).
    bool run(QString *error);

private:
    bool addReadyFile(const QString &sessionId, const QString &path, QString *error);
    bool addWaitingFile(const QString &sessionId, const QString &name, qint64 size, QString *error);
    bool storeItemFile(const QString &itemId, const QString &path, QString *error);

    SimState &m_state;
    LibraryOperations &m_libraries;
    ItemOperations &m_items;
    SessionOperations &m_sessions;
    const OperationTable &m_operations;
    OvfAdapter &m_ovf;
    QString m_user;
    QString m_baseUrl;
};

} // namespace clu::sim
