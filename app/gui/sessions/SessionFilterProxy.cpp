#include "sessions/SessionFilterProxy.h"

#include "sessions/SessionTableModel.h"

namespace clu::gui {

SessionFilterProxy::SessionFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(SessionTableModel::SortRole);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
}

void SessionFilterProxy::setStateFilter(const QString &state)
{
    if (m_state == state)
        return;
    m_state = state;
    invalidateFilter();
}

bool SessionFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *m = sourceModel();
    if (!m_state.isEmpty()) {
        const QString state =
            m->index(sourceRow, 0, sourceParent).data(SessionTableModel::StateRole).toString();
        if (state != m_state)
            return false;
    }
    const QRegularExpression re = filterRegularExpression();
    if (re.pattern().isEmpty())
        return true;
    for (int col : { SessionTableModel::ItemName, SessionTableModel::Library,
                     SessionTableModel::SessionId }) {
        if (m->index(sourceRow, col, sourceParent).data().toString().contains(re))
            return true;
    }
    return false;
}

} // namespace clu::gui
