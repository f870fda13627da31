#pragma once

#include "OperationTable.h"
#include "SimState.h"

namespace clu::sim {

// Datastores and content libraries, local and subscribed.
class LibraryOperations
{
public:
    explicit LibraryOperations(SimState &state);
    void registerOperations(OperationTable &table);

    static QJsonObject libraryJson(const Library &l);

    // Creation without a call (seed); caller holds no lock.
    QString createLibrary(const QString &name, const QString &description, const QString &type,
                          const QString &datastoreId, const QString &subscriptionUrl);

private:
    Outcome listDatastores(const Call &c);
    Outcome listLibraries(const Call &c, const QString &typeFilter);
    Outcome getLibrary(const Call &c, const QString &typeFilter);
    Outcome findLibraries(const Call &c);
    Outcome createLocalLibrary(const Call &c);
    Outcome createSubscribedLibrary(const Call &c);
    Outcome deleteLibrary(const Call &c, const QString &typeFilter);

    SimState &m_state;
};

} // namespace clu::sim
