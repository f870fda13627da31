#pragma once

#include <QStyledItemDelegate>

namespace clu::gui {

// Paints a progress bar for cells whose `ProgressRole` is an int 0..100 (or -1/invalid for
// "no progress to show", then the normal text is painted). The bar uses the current style, so
// it follows the system palette.
class ProgressBarDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    static constexpr int ProgressRole = Qt::UserRole + 100;

    explicit ProgressBarDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace clu::gui
