#pragma once

#include "OperationTable.h"
#include "SimState.h"

namespace clu::sim {

// Library items, their files and the content types items can have.
class ItemOperations
{
public:
    explicit ItemOperations(SimState &state);
    void registerOperations(OperationTable &table);

    static QJsonObject itemJson(const Item &i);

    // Creation without a call (seed); caller holds no lock.
    QString createItem(const QString &libraryId, const QString &name, const QString &description,
                       const QString &type);

private:
    Outcome listItems(const Call &c);
    Outcome getItem(const Call &c);
    Outcome findItems(const Call &c);
    Outcome createItem(const Call &c);
    Outcome deleteItem(const Call &c);
    Outcome listItemFiles(const Call &c);
    Outcome getItemFile(const Call &c);
    Outcome listTypes(const Call &c);

    SimState &m_state;
};

} // namespace clu::sim
