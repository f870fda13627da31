#include "widgets/SemanticColors.h"

namespace clu::gui {

namespace {
QColor withLightness(int hue, const QPalette &palette)
{
    // Dark themes need lighter, less saturated variants of the same hue to stay legible.
    return SemanticColors::isDark(palette) ? QColor::fromHsl(hue, 180, 160)
                                           : QColor::fromHsl(hue, 200, 85);
}
} // namespace

bool SemanticColors::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor SemanticColors::error(const QPalette &palette)
{
    return withLightness(0, palette);
}

QColor SemanticColors::warning(const QPalette &palette)
{
    return withLightness(35, palette);
}

QColor SemanticColors::ok(const QPalette &palette)
{
    return withLightness(130, palette);
}

QColor SemanticColors::tint(const QPalette &palette, const QColor &color)
{
    const QColor base = palette.color(QPalette::Window);
    const double a = 0.18;
    return QColor::fromRgbF(base.redF() * (1 - a) + color.redF() * a,
                            base.greenF() * (1 - a) + color.greenF() * a,
                            base.blueF() * (1 - a) + color.blueF() * a);
}

} // namespace clu::gui
