#include "sessions/LibraryTreeModel.h"

#include "widgets/Icons.h"

#include <QLocale>

namespace clu::gui {

// internalId: 0 for library rows; library row + 1 for item rows (their parent).

LibraryTreeModel::LibraryTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{ }

QModelIndex LibraryTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < m_libraries.size() ? createIndex(row, column, quintptr(0)) : QModelIndex();
    if (parent.internalId() != 0 || parent.row() >= m_libraries.size())
        return {};
    const auto &items = m_items.value(m_libraries.at(parent.row()).id);
    return row < items.size() ? createIndex(row, column, quintptr(parent.row() + 1))
                              : QModelIndex();
}

QModelIndex LibraryTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int LibraryTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_libraries.size());
    if (parent.column() > 0 || parent.internalId() != 0 || parent.row() >= m_libraries.size())
        return 0;
    return int(m_items.value(m_libraries.at(parent.row()).id).size());
}

int LibraryTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QString LibraryTreeModel::formatSize(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes);
}

QString LibraryTreeModel::nameAndDescription(const QString &name, const QString &description)
{
    if (description.isEmpty() || description == name)
        return name;
    return name + QLatin1Char('\n') + description;
}

QVariant LibraryTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == 0) {
        if (index.row() >= m_libraries.size())
            return {};
        const Library &lib = m_libraries.at(index.row());
        const bool subscribed = lib.type == LibraryType::Subscribed;
        switch (role) {
        case IdRole:
        case LibraryIdRole:
            return lib.id;
        case IsLibraryRole:
            return true;
        case UploadableRole:
            return lib.acceptsUploads();
        case Qt::DisplayRole:
            switch (index.column()) {
            case Name:
                return subscribed ? tr("%1 (subscribed)").arg(lib.name) : lib.name;
            case Type:
                return subscribed                    ? tr("Subscribed library")
                    : lib.type == LibraryType::Local ? tr("Local library")
                                                     : lib.type.toString();
            default:
                return {};
            }
        case Qt::DecorationRole:
            if (index.column() == Name)
                return Icons::icon(subscribed ? QStringLiteral("library-subscribed")
                                              : QStringLiteral("library"));
            return {};
        case Qt::ToolTipRole:
            // The whole name first: the tree elides long ones.
            return subscribed ? tr("%1 is subscribed to another library: its content is synced "
                                   "from the publisher and cannot be uploaded to.")
                                    .arg(lib.name)
                              : nameAndDescription(lib.name, lib.description);
        default:
            return {};
        }
    }
    const int libRow = int(index.internalId() - 1);
    if (libRow >= m_libraries.size())
        return {};
    const Library &lib = m_libraries.at(libRow);
    const auto &items = m_items.value(lib.id);
    if (index.row() >= items.size())
        return {};
    const Item &item = items.at(index.row());
    switch (role) {
    case IdRole:
        return item.id;
    case LibraryIdRole:
        return lib.id;
    case IsLibraryRole:
        return false;
    case UploadableRole:
        return lib.acceptsUploads() && item.type != QLatin1String("vm-template");
    case ItemTypeRole:
        return item.type;
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return item.name;
        case Type:
            return item.type;
        case Size:
            return formatSize(item.size);
        case ContentVersion:
            return item.contentVersion;
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        if (index.column() == Size || index.column() == ContentVersion)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::DecorationRole:
        if (index.column() != Name)
            return {};
        if (item.type == QLatin1String("ovf"))
            return Icons::icon(QStringLiteral("item-ovf"));
        if (item.type == QLatin1String("iso"))
            return Icons::icon(QStringLiteral("item-iso"));
        return Icons::icon(QStringLiteral("item"));
    case Qt::ToolTipRole:
        return nameAndDescription(item.name, item.description);
    default:
        return {};
    }
}

QVariant LibraryTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Type:
        return tr("Type");
    case Size:
        return tr("Size");
    case ContentVersion:
        return tr("Version");
    default:
        return {};
    }
}

Qt::ItemFlags LibraryTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.internalId() != 0)
        f |= Qt::ItemNeverHasChildren;
    return f;
}

const Library *LibraryTreeModel::library(const QString &id) const
{
    for (const Library &l : m_libraries)
        if (l.id == id)
            return &l;
    return nullptr;
}

const Item *LibraryTreeModel::item(const QString &id) const
{
    for (auto it = m_items.cbegin(); it != m_items.cend(); ++it)
        for (const Item &i : it.value())
            if (i.id == id)
                return &i;
    return nullptr;
}

void LibraryTreeModel::setContent(const QList<Library> &libraries,
                                  const QHash<QString, QList<Item>> &items)
{
    bool sameShape = libraries.size() == m_libraries.size();
    for (int i = 0; sameShape && i < libraries.size(); ++i) {
        const QString &id = libraries.at(i).id;
        sameShape = id == m_libraries.at(i).id;
        const auto &a = items.value(id);
        const auto &b = m_items.value(id);
        sameShape = sameShape && a.size() == b.size();
        for (int j = 0; sameShape && j < a.size(); ++j)
            sameShape = a.at(j).id == b.at(j).id;
    }
    if (!sameShape) {
        beginResetModel();
        m_libraries = libraries;
        m_items = items;
        endResetModel();
        return;
    }
    m_libraries = libraries;
    m_items = items;
    if (m_libraries.isEmpty())
        return;
    emit dataChanged(index(0, 0), index(int(m_libraries.size()) - 1, ColumnCount - 1));
    for (int i = 0; i < m_libraries.size(); ++i) {
        const QModelIndex p = index(i, 0);
        const int n = rowCount(p);
        if (n > 0)
            emit dataChanged(index(0, 0, p), index(n - 1, ColumnCount - 1, p));
    }
}

void LibraryTreeModel::clear()
{
    setContent({}, {});
}

} // namespace clu::gui
