#pragma once

#include "model/Enums.h"

#include <QIcon>
#include <QString>

namespace clu::gui {

// The application's SVG icons (resources/icons, compiled in under ":/icons"). SVG keeps them
// crisp at any device pixel ratio; the Qt SVG icon engine renders them per size.
class Icons
{
public:
    // `name` without ".svg", e.g. "refresh". A missing icon is a programming error: it asserts
    // in debug builds and yields a null icon otherwise.
    static QIcon icon(const QString &name);
    static QIcon sessionState(SessionState state);
    static QString sessionStateIconName(SessionState state);
};

} // namespace clu::gui
