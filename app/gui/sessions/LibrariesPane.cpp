#include "sessions/LibrariesPane.h"

#include "sessions/LibraryTreeModel.h"
#include "widgets/ElideMiddleDelegate.h"
#include "widgets/LayoutStore.h"

#include <QAction>
#include <QHeaderView>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace clu::gui {

LibrariesPane::LibrariesPane(QWidget *parent)
    : QWidget(parent)
    , m_model(new LibraryTreeModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("librariesPane"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *filter = new QLineEdit(this);
    filter->setObjectName(QStringLiteral("libraryFilter"));
    filter->setPlaceholderText(tr("Filter libraries and items"));
    filter->setAccessibleName(tr("Filter libraries and items"));
    filter->setClearButtonEnabled(true);
    layout->addWidget(filter);

    m_proxy->setSourceModel(m_model);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("libraryView"));
    m_view->setAccessibleName(tr("Libraries and items"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(LibraryTreeModel::Name, Qt::AscendingOrder);
    // Item names are file-like ("ubuntu-24.04-live-server"): their start and end tell them apart.
    m_view->setItemDelegateForColumn(LibraryTreeModel::Name, new ElideMiddleDelegate(m_view));
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(LibraryTreeModel::Name, QHeaderView::Stretch);
    for (int c :
         { LibraryTreeModel::Type, LibraryTreeModel::Size, LibraryTreeModel::ContentVersion })
        header->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    header->setSectionHidden(LibraryTreeModel::Type, true);
    header->setSectionHidden(LibraryTreeModel::ContentVersion, true);

    // Columns to show or hide; the name always shows.
    header->setContextMenuPolicy(Qt::ActionsContextMenu);
    header->setToolTip(tr("Right-click to show or hide columns"));
    m_columnActions.resize(LibraryTreeModel::ColumnCount, nullptr);
    for (int c :
         { LibraryTreeModel::Type, LibraryTreeModel::Size, LibraryTreeModel::ContentVersion }) {
        auto *action = new QAction(m_model->headerData(c, Qt::Horizontal).toString(), header);
        action->setObjectName(QStringLiteral("libraryColumn%1").arg(c));
        action->setCheckable(true);
        connect(action, &QAction::toggled, header,
                [header, c](bool shown) { header->setSectionHidden(c, !shown); });
        header->addAction(action);
        m_columnActions[c] = action;
    }
    syncColumnActions();
    layout->addWidget(m_view, 1);

    connect(filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_view, &QTreeView::doubleClicked, this,
            [this](const QModelIndex &i) { emit activated(m_proxy->mapToSource(i)); });
}

QModelIndex LibrariesPane::currentIndex() const
{
    return m_proxy->mapToSource(m_view->currentIndex());
}

QByteArray LibrariesPane::saveColumns() const
{
    return m_view->header()->saveState();
}

bool LibrariesPane::restoreColumns(const QByteArray &state)
{
    const bool restored = LayoutStore::restoreHeader(m_view->header(), state);
    syncColumnActions();
    return restored;
}

void LibrariesPane::syncColumnActions()
{
    for (int c = 0; c < m_columnActions.size(); ++c) {
        if (QAction *a = m_columnActions.at(c)) {
            const QSignalBlocker block(a);
            a->setChecked(!m_view->header()->isSectionHidden(c));
        }
    }
}

} // namespace clu::gui
