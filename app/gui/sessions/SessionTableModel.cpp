#include "sessions/SessionTableModel.h"

#include "widgets/Icons.h"
#include "widgets/ProgressBarDelegate.h"

#include <QLocale>
#include <QSet>

namespace clu::gui {

bool SessionRow::sameContent(const SessionRow &o) const
{
    return itemName == o.itemName && libraryName == o.libraryName && fileCount == o.fileCount
        && transferProgress == o.transferProgress && retained == o.retained
        && session.id == o.session.id && session.toJson() == o.session.toJson();
}

SessionTableModel::SessionTableModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    // The Expires column counts down; only that column changes every second.
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &SessionTableModel::tick);
    m_tick.start();
}

int SessionTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SessionTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SessionTableModel::stateText(const OpenEnum<SessionState> &state)
{
    switch (state.value()) {
    case SessionState::Active:
        return tr("Active");
    case SessionState::Done:
        return tr("Done");
    case SessionState::Error:
        return tr("Error");
    case SessionState::Canceled:
        return tr("Canceled");
    case SessionState::Unknown:
        break;
    }
    return state.isSet() ? state.toString() : tr("Unknown");
}

QString SessionTableModel::previewText(const UpdateSession &s)
{
    if (!s.previewInfo)
        return s.state == SessionState::Active ? tr("—") : QString();
    const PreviewInfo &p = *s.previewInfo;
    QString state;
    switch (p.state.value()) {
    case PreviewState::Unavailable:
        state = tr("Unavailable");
        break;
    case PreviewState::NotApplicable:
        state = tr("Not applicable");
        break;
    case PreviewState::Preparing:
        state = tr("Preparing…");
        break;
    case PreviewState::Available:
        state = tr("Available");
        break;
    case PreviewState::Unknown:
        state = p.state.toString();
        break;
    }
    if (p.warnings.isEmpty())
        return state;
    const int blocking = int(p.blockingWarnings().size());
    if (blocking == 0)
        return tr("%1, %n warning(s) ignored", nullptr, int(p.warnings.size())).arg(state);
    return tr("%1, %n warning(s) blocking", nullptr, blocking).arg(state);
}

QString SessionTableModel::countdownText(const QDateTime &expiration, const QDateTime &now)
{
    if (!expiration.isValid())
        return QString();
    const qint64 secs = now.secsTo(expiration);
    if (secs <= 0)
        return tr("expired");
    if (secs >= 3600)
        return tr("%1 h %2 min").arg(secs / 3600).arg((secs % 3600) / 60);
    return QStringLiteral("%1:%2").arg(secs / 60).arg(secs % 60, 2, 10, QLatin1Char('0'));
}

QVariant SessionTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const SessionRow &r = m_rows.at(index.row());
    const UpdateSession &s = r.session;
    const int progress = r.transferProgress >= 0 ? r.transferProgress : int(s.clientProgress);

    if (role == StateRole)
        return s.state.toString();
    if (role == SessionIdRole)
        return s.id;

    switch (index.column()) {
    case ItemName:
        if (role == Qt::DisplayRole || role == SortRole)
            return r.itemName.isEmpty() ? s.libraryItemId : r.itemName;
        if (role == Qt::ToolTipRole)
            return tr("Library item %1").arg(s.libraryItemId);
        break;
    case Library:
        if (role == Qt::DisplayRole || role == SortRole)
            return r.libraryName;
        break;
    case State:
        if (role == Qt::DisplayRole)
            return stateText(s.state);
        if (role == SortRole)
            return s.state.toString();
        if (role == Qt::DecorationRole)
            return Icons::sessionState(s.state.value());
        if (role == Qt::ToolTipRole && s.errorMessage)
            return s.errorMessage->text();
        break;
    case Progress:
        if (role == ProgressBarDelegate::ProgressRole)
            return progress;
        if (role == Qt::DisplayRole)
            return QStringLiteral("%1%").arg(progress);
        if (role == SortRole)
            return progress;
        if (role == Qt::ToolTipRole)
            return r.transferProgress >= 0 ? tr("Transfer progress of this client's upload")
                                           : tr("Progress reported by the uploading client");
        break;
    case Files:
        if (role == Qt::DisplayRole)
            return r.fileCount >= 0 ? QString::number(r.fileCount) : QString();
        if (role == SortRole)
            return r.fileCount;
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Preview:
        if (role == Qt::DisplayRole || role == SortRole)
            return previewText(s);
        if (role == Qt::DecorationRole && s.previewInfo
            && !s.previewInfo->blockingWarnings().isEmpty())
            return Icons::icon(QStringLiteral("warning"));
        break;
    case Expires:
        if (role == Qt::DisplayRole)
            return s.isTerminal() ? QString() : countdownText(s.expirationTime, m_clock());
        if (role == SortRole)
            return s.expirationTime;
        if (role == Qt::ToolTipRole && s.expirationTime.isValid())
            return QLocale().toString(s.expirationTime.toLocalTime(), QLocale::LongFormat);
        break;
    case SessionId:
        if (role == Qt::DisplayRole || role == SortRole || role == Qt::ToolTipRole)
            return s.id;
        break;
    default:
        break;
    }
    return {};
}

QVariant SessionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ItemName:
        return tr("Item");
    case Library:
        return tr("Library");
    case State:
        return tr("State");
    case Progress:
        return tr("Progress");
    case Files:
        return tr("Files");
    case Preview:
        return tr("Preview");
    case Expires:
        return tr("Expires in");
    case SessionId:
        return tr("Session ID");
    default:
        return {};
    }
}

int SessionTableModel::rowOf(const QString &sessionId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).session.id == sessionId)
            return i;
    return -1;
}

const SessionRow *SessionTableModel::rowData(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

const SessionRow *SessionTableModel::find(const QString &sessionId) const
{
    return rowData(rowOf(sessionId));
}

void SessionTableModel::emitRowChanged(int row)
{
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void SessionTableModel::setRows(const QList<SessionRow> &rows)
{
    QSet<QString> wanted;
    for (const SessionRow &r : rows)
        wanted.insert(r.session.id);
    for (int i = int(m_rows.size()) - 1; i >= 0; --i) {
        if (!wanted.contains(m_rows.at(i).session.id) && !m_rows.at(i).retained) {
            beginRemoveRows({}, i, i);
            m_rows.removeAt(i);
            endRemoveRows();
        }
    }
    for (const SessionRow &r : rows)
        upsert(r);
}

void SessionTableModel::upsert(const SessionRow &row)
{
    const int at = rowOf(row.session.id);
    if (at >= 0) {
        SessionRow merged = row;
        // Resolved names and our progress survive a refresh that did not resolve them again.
        const SessionRow &old = m_rows.at(at);
        if (merged.itemName.isEmpty())
            merged.itemName = old.itemName;
        if (merged.libraryName.isEmpty())
            merged.libraryName = old.libraryName;
        if (merged.fileCount < 0)
            merged.fileCount = old.fileCount;
        if (merged.transferProgress < 0)
            merged.transferProgress = old.transferProgress;
        // A retained row keeps its final state; the server no longer knows the session.
        if (old.retained && !merged.retained)
            return;
        if (merged.sameContent(old))
            return;
        m_rows[at] = merged;
        emitRowChanged(at);
        return;
    }
    const int n = int(m_rows.size());
    beginInsertRows({}, n, n);
    m_rows.append(row);
    endInsertRows();
}

void SessionTableModel::removeSession(const QString &sessionId)
{
    const int at = rowOf(sessionId);
    if (at < 0)
        return;
    beginRemoveRows({}, at, at);
    m_rows.removeAt(at);
    endRemoveRows();
}

void SessionTableModel::setTransferProgress(const QString &sessionId, int percent)
{
    const int at = rowOf(sessionId);
    if (at < 0 || m_rows.at(at).transferProgress == percent)
        return;
    m_rows[at].transferProgress = percent;
    emit dataChanged(index(at, Progress), index(at, Progress));
}

void SessionTableModel::fillLibraryNames(
    const std::function<QString(const QString &itemId)> &libraryNameOfItem)
{
    for (int at = 0; at < m_rows.size(); ++at) {
        SessionRow &r = m_rows[at];
        if (!r.libraryName.isEmpty())
            continue;
        r.libraryName = libraryNameOfItem(r.session.libraryItemId);
        if (!r.libraryName.isEmpty())
            emit dataChanged(index(at, Library), index(at, Library));
    }
}

void SessionTableModel::clear()
{
    if (m_rows.isEmpty())
        return;
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

void SessionTableModel::tick()
{
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, Expires), index(int(m_rows.size()) - 1, Expires),
                         { Qt::DisplayRole });
}

} // namespace clu::gui
