#pragma once
// Finds what a user would see cut off in a widget tree: text wider than its label, wrapped text
// taller than its label, widgets reaching past the right edge of an ancestor that clips them,
// visible horizontal scroll bars. Used by the GUI layout tests (one list of problems, so a
// failure names every offender at once, not only the first).

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QFontMetrics>
#include <QLabel>
#include <QRegularExpression>
#include <QScrollBar>
#include <QStringList>
#include <QTextDocument>
#include <QWidget>

namespace clu::test {

inline QString describe(const QWidget *w)
{
    QString name = w->objectName();
    if (name.isEmpty())
        name = QString::fromLatin1(w->metaObject()->className());
    if (auto *l = qobject_cast<const QLabel *>(w))
        name += QStringLiteral(" \"%1\"").arg(l->text().left(60).replace(QLatin1Char('\n'), u'⏎'));
    else if (auto *b = qobject_cast<const QAbstractButton *>(w))
        name += QStringLiteral(" \"%1\"").arg(b->text());
    return name;
}

// The plain text a label shows (rich text converted; mnemonics' '&' removed).
inline QString shownText(const QLabel *label)
{
    QString text = label->text();
    if (Qt::mightBeRichText(text) && label->textFormat() != Qt::PlainText) {
        QTextDocument doc;
        doc.setHtml(text);
        text = doc.toPlainText();
    }
    if (label->buddy())
        text.remove(QRegularExpression(QStringLiteral("&(?=[^&])")));
    return text;
}

// Problems of one visible label: the text does not fit (no wrap: a line wider than the label;
// wrap: a word wider than the label, or more lines than its height holds).
inline QStringList labelProblems(const QLabel *label)
{
    QStringList out;
    const QString text = shownText(label);
    if (text.isEmpty() || !label->pixmap().isNull())
        return out;
    const QRect cr = label->contentsRect();
    const int width = cr.width() - 2 * label->margin();
    const QFontMetrics fm(label->font());
    // As QLabel measures itself (QLabelPrivate::sizeForWidth): top-left aligned, since centring
    // in the tall probe rectangle would add a pixel of rounding.
    const int align = int(label->alignment() & ~(Qt::AlignVCenter | Qt::AlignHCenter));
    if (!label->wordWrap()) {
        for (const QString &line : text.split(QLatin1Char('\n'))) {
            const int need = fm.horizontalAdvance(line);
            if (need > width)
                out << QStringLiteral("%1 is cut: its text needs %2 px, the label is %3 px wide")
                           .arg(describe(label))
                           .arg(need)
                           .arg(width);
        }
        const int height = fm.boundingRect(QRect(0, 0, 100000, 100000), align, text).height();
        if (height > cr.height())
            out << QStringLiteral("%1 is cut: its lines need %2 px of height, it has %3 px")
                       .arg(describe(label))
                       .arg(height)
                       .arg(cr.height());
        return out;
    }
    const int flags = int(Qt::TextWordWrap) | align;
    const QRect need = fm.boundingRect(QRect(0, 0, width, 100000), flags, text);
    if (need.width() > width)
        out << QStringLiteral("%1 overflows: an unbreakable part needs %2 px, the label is %3 px")
                   .arg(describe(label))
                   .arg(need.width())
                   .arg(width);
    if (need.height() > cr.height())
        out << QStringLiteral("%1 is cut: its wrapped text needs %2 px of height, it has %3 px")
                   .arg(describe(label))
                   .arg(need.height())
                   .arg(cr.height());
    return out;
}

// `w` reaches past the right or left edge of an ancestor (up to `top`): the ancestor clips it,
// so its end cannot be seen without scrolling sideways (or at all).
inline QStringList clippedSideways(const QWidget *w, const QWidget *top)
{
    QStringList out;
    for (const QWidget *a = w->parentWidget(); a; a = a->parentWidget()) {
        const QRect r(w->mapTo(a, QPoint(0, 0)), w->size());
        if (r.left() < 0 || r.right() > a->rect().right() + 1) {
            out << QStringLiteral("%1 (x %2..%3) is cut off sideways by %4 (width %5)")
                       .arg(describe(w))
                       .arg(r.left())
                       .arg(r.right())
                       .arg(describe(a))
                       .arg(a->width());
            break;
        }
        if (a == top)
            break;
    }
    return out;
}

// Everything in `root` a user would find cut off or scrolling sideways.
inline QStringList layoutProblems(const QWidget *root)
{
    QStringList out;
    for (const QWidget *w : root->findChildren<QWidget *>()) {
        if (!w->isVisible())
            continue;
        if (auto *area = qobject_cast<const QAbstractScrollArea *>(w)) {
            if (area->horizontalScrollBar()->isVisible())
                out << QStringLiteral("%1 shows a horizontal scroll bar").arg(describe(w));
        }
        if (auto *label = qobject_cast<const QLabel *>(w)) {
            out << labelProblems(label);
            out << clippedSideways(w, root);
        } else if (auto *button = qobject_cast<const QAbstractButton *>(w)) {
            if (!button->text().isEmpty() && button->width() < button->sizeHint().width())
                out << QStringLiteral("%1 is cut: %2 px wide, needs %3")
                           .arg(describe(w))
                           .arg(button->width())
                           .arg(button->sizeHint().width());
            out << clippedSideways(w, root);
        }
    }
    return out;
}

} // namespace clu::test
