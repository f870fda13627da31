#pragma once

#include "model/Item.h"
#include "model/Library.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QList>

namespace clu::gui {

// Libraries → items for the Libraries dock. Subscribed libraries (and their items) are marked
// and report UploadableRole = false: update sessions only work on LOCAL libraries (§5.10).
class LibraryTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { Name, Type, Size, ContentVersion, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1, // library or item id
        LibraryIdRole,
        IsLibraryRole,
        UploadableRole,
        ItemTypeRole
    };

    explicit LibraryTreeModel(QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    // Replaces the content. When the same libraries and items come back (the usual
    // auto-refresh), rows are updated in place and expansion/selection survive.
    void setContent(const QList<Library> &libraries, const QHash<QString, QList<Item>> &items);
    void clear();

    QList<Library> libraries() const { return m_libraries; }
    QList<Item> items(const QString &libraryId) const { return m_items.value(libraryId); }
    const Library *library(const QString &id) const;
    const Item *item(const QString &id) const;

    static QString formatSize(qint64 bytes);
    // A row's tooltip: the whole name (the tree may elide it), the description below.
    static QString nameAndDescription(const QString &name, const QString &description);

private:
    QList<Library> m_libraries;
    QHash<QString, QList<Item>> m_items;
};

} // namespace clu::gui
