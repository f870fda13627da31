#pragma once

#include "OperationTable.h"
#include "SimState.h"

namespace clu::sim {

class OvfAdapter;

// Datastores, libraries (local and subscribed), items, item files, content types and the
// trusted-certificate store.
class ContentOperations
{
public:
    ContentOperations(SimState &state, OvfAdapter &ovf);
    void registerOperations(OperationTable &table);

    // Shapes shared with the seed and tests of the session code.
    static QJsonObject libraryJson(const Library &l);
    static QJsonObject itemJson(const Item &i);

    // Creation without a call (seed); caller holds no lock.
    QString createLibrary(const QString &name, const QString &description, const QString &type,
                          const QString &datastoreId, const QString &subscriptionUrl);
    QString createItem(const QString &libraryId, const QString &name, const QString &description,
                       const QString &type);

private:
    Outcome listDatastores(const Call &c);
    Outcome listLibraries(const Call &c, const QString &typeFilter);
    Outcome getLibrary(const Call &c, const QString &typeFilter);
    Outcome findLibraries(const Call &c);
    Outcome createLocalLibrary(const Call &c);
    Outcome createSubscribedLibrary(const Call &c);
    Outcome deleteLibrary(const Call &c, const QString &typeFilter);
    Outcome listItems(const Call &c);
    Outcome getItem(const Call &c);
    Outcome findItems(const Call &c);
    Outcome createItem(const Call &c);
    Outcome deleteItem(const Call &c);
    Outcome listItemFiles(const Call &c);
    Outcome getItemFile(const Call &c);
    Outcome listTypes(const Call &c);
    Outcome listTrusted(const Call &c);
    Outcome getTrusted(const Call &c);
    Outcome createTrusted(const Call &c);
    Outcome deleteTrusted(const Call &c);

    SimState &m_state;
    OvfAdapter &m_ovf;
};

} // namespace clu::sim
