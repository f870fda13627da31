#pragma once

#include <QStyledItemDelegate>

namespace clu::gui {

// Elides a cell's text in the middle instead of the view's mode: for identifiers (UUIDs, file
// names) whose start and end tell them apart, while prose columns keep eliding at the end.
class ElideMiddleDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit ElideMiddleDelegate(QObject *parent = nullptr);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace clu::gui
