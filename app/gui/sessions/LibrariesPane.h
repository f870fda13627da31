#pragma once

#include <QWidget>

class QAction;
class QModelIndex;
class QSortFilterProxyModel;
class QTreeView;

namespace clu::gui {

class LibraryTreeModel;

// The Libraries dock's content: a text filter over the libraries → items tree. The tree fits
// the dock's width: the name column takes what the size column leaves and long names are elided
// in the middle (the whole name in the tooltip), so the default 300 px dock does not scroll
// sideways. Type and version start hidden (the icons tell libraries, subscribed libraries, OVF
// templates and ISO images apart); the header's context menu shows them.
class LibrariesPane : public QWidget
{
    Q_OBJECT
public:
    explicit LibrariesPane(QWidget *parent = nullptr);

    LibraryTreeModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTreeView *view() const { return m_view; }

    // The selected library or item as an index of model(); invalid when nothing is selected.
    QModelIndex currentIndex() const;

    QByteArray saveColumns() const;
    // Applies a saveColumns() state; refused (false, columns untouched) when it is empty or
    // describes another number of columns than the tree has.
    bool restoreColumns(const QByteArray &state);

signals:
    // A row was double-clicked (or activated): an index of model().
    void activated(const QModelIndex &index);

private:
    void syncColumnActions();

    LibraryTreeModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTreeView *m_view = nullptr;
    QList<QAction *> m_columnActions; // one per optional column, index = column
};

} // namespace clu::gui
