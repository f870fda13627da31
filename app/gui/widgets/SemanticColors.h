#pragma once

#include <QColor>
#include <QPalette>

namespace clu::gui {

// Colours with a meaning (problem, caution, fine) derived from the current palette, so they
// stay readable on light and dark themes alike: the hue is fixed, the lightness follows the
// palette's text colour.
class SemanticColors
{
public:
    static QColor error(const QPalette &palette);
    static QColor warning(const QPalette &palette);
    static QColor ok(const QPalette &palette);
    // A faint background tint of `color` for banners on the palette's window colour.
    static QColor tint(const QPalette &palette, const QColor &color);
    static bool isDark(const QPalette &palette);
};

} // namespace clu::gui
