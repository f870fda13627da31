#pragma once

#include "SimState.h"
#include "VapiError.h"

#include <QJsonObject>

namespace clu::sim {

// Rules shared by the library and the item operations. Functions taking the state expect the
// caller to hold SimState::mutex.
class ContentRules
{
public:
    // A new library or item id (a UUID, as vCenter's).
    static QString newId();
    // A find spec without "name" matches every name; with one, the same name ignoring case.
    static bool nameMatches(const QJsonObject &spec, const QString &name);
    // An item with an ACTIVE update session can be neither deleted nor have its library deleted.
    static bool hasActiveSession(const SimState &state, const QString &itemId);
    static VapiError busyItem(const QString &itemId);
    // Forgets the item and deletes the files stored for it.
    static void removeItem(SimState &state, const QString &itemId);
};

} // namespace clu::sim
