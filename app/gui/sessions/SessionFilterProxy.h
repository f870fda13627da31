#pragma once

#include <QSortFilterProxyModel>

namespace clu::gui {

// Sorts the sessions table on raw values and filters it by state ("ACTIVE", ...; empty = all)
// and by free text over item, library and session id.
class SessionFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit SessionFilterProxy(QObject *parent = nullptr);

    void setStateFilter(const QString &state);
    QString stateFilter() const { return m_state; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_state;
};

} // namespace clu::gui
