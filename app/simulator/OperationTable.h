#pragma once

#include "Call.h"

#include <QHash>
#include <QString>

#include <functional>

namespace clu::sim {

// Operation name ("library.get", "session.complete", ...) -> handler. Both flavors' route
// tables resolve to these names, so /rest and /api share one implementation over one state.
using OperationHandler = std::function<Outcome(const Call &)>;
using OperationTable = QHash<QString, OperationHandler>;

} // namespace clu::sim
