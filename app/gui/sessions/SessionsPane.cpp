#include "sessions/SessionsPane.h"

#include "sessions/SessionFilterProxy.h"
#include "sessions/SessionTableModel.h"
#include "widgets/ElideMiddleDelegate.h"
#include "widgets/Icons.h"
#include "widgets/LayoutStore.h"
#include "widgets/ProgressBarDelegate.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

namespace clu::gui {

SessionsPane::SessionsPane(QWidget *parent)
    : QWidget(parent)
    , m_model(new SessionTableModel(this))
    , m_proxy(new SessionFilterProxy(this))
{
    setObjectName(QStringLiteral("sessionsPane"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 0);
    auto *filters = new QHBoxLayout;
    auto *title = new QLabel(tr("<b>Update sessions</b>"), this);
    m_stateFilter = new QComboBox(this);
    m_stateFilter->setObjectName(QStringLiteral("stateFilter"));
    m_stateFilter->setAccessibleName(tr("Filter by state"));
    m_stateFilter->setToolTip(tr("Show only sessions in this state"));
    m_stateFilter->addItem(tr("All states"), QString());
    for (SessionState s :
         { SessionState::Active, SessionState::Done, SessionState::Error, SessionState::Canceled })
        m_stateFilter->addItem(Icons::sessionState(s), SessionTableModel::stateText(s),
                               OpenEnum<SessionState>::nameOf(s));
    m_textFilter = new QLineEdit(this);
    m_textFilter->setObjectName(QStringLiteral("sessionTextFilter"));
    m_textFilter->setPlaceholderText(tr("Filter by item, library or session id"));
    m_textFilter->setAccessibleName(tr("Filter sessions"));
    m_textFilter->setClearButtonEnabled(true);
    auto *stateLabel = new QLabel(tr("S&tate:"), this);
    stateLabel->setBuddy(m_stateFilter);
    filters->addWidget(title);
    filters->addStretch();
    filters->addWidget(stateLabel);
    filters->addWidget(m_stateFilter);
    filters->addWidget(m_textFilter, 1);
    layout->addLayout(filters);

    m_proxy->setSourceModel(m_model);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("sessionView"));
    m_view->setAccessibleName(tr("Update sessions"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(SessionTableModel::Expires, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->setItemDelegateForColumn(SessionTableModel::Progress, new ProgressBarDelegate(m_view));
    // A session id is a UUID: its start and end tell sessions apart.
    m_view->setItemDelegateForColumn(SessionTableModel::SessionId, new ElideMiddleDelegate(m_view));
    // Fit the width (1200 px window, libraries dock beside): short columns take their contents'
    // width, names and the id a share the user can drag, and the preview — the longest text,
    // "Available, 2 warnings blocking" — whatever is left, so nothing scrolls sideways.
    QHeaderView *header = m_view->horizontalHeader();
    header->setMinimumSectionSize(40);
    header->setStretchLastSection(false);
    for (int c : { SessionTableModel::State, SessionTableModel::Files, SessionTableModel::Expires })
        header->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(SessionTableModel::Preview, QHeaderView::Stretch);
    m_view->setColumnWidth(SessionTableModel::ItemName, 140);
    m_view->setColumnWidth(SessionTableModel::Library, 110);
    m_view->setColumnWidth(SessionTableModel::Progress, 90);
    m_view->setColumnWidth(SessionTableModel::SessionId, 100);
    layout->addWidget(m_view, 1);

    connect(m_stateFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setStateFilter(m_stateFilter->currentData().toString()); });
    connect(m_textFilter, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SessionsPane::selectionChanged);
}

QString SessionsPane::selectedSessionId() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    return rows.first().data(SessionTableModel::SessionIdRole).toString();
}

void SessionsPane::selectSession(const QString &sessionId)
{
    const int row = m_model->rowOf(sessionId);
    if (row < 0)
        return;
    const QModelIndex idx = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!idx.isValid())
        return;
    m_view->selectionModel()->select(
        idx, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->setCurrentIndex(idx);
    m_view->scrollTo(idx);
}

QByteArray SessionsPane::saveColumns() const
{
    return m_view->horizontalHeader()->saveState();
}

bool SessionsPane::restoreColumns(const QByteArray &state)
{
    return LayoutStore::restoreHeader(m_view->horizontalHeader(), state);
}

} // namespace clu::gui
