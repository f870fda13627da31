#pragma once

#include "model/UpdateSession.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>
#include <QTimer>

#include <functional>

namespace clu::gui {

// One row of the Update sessions table: the server's session plus what the client resolved
// around it (item and library names, file count) and, for sessions this client is uploading
// to, its own transfer progress.
struct SessionRow
{
    UpdateSession session;
    QString itemName; // empty until resolved; the item id is shown meanwhile
    QString libraryName;
    int fileCount = -1; // -1 = not known
    int transferProgress = -1; // 0..100 for our own uploads, -1 = use client_progress
    // Our own finished uploads: the engine deletes the session record after DONE/cancel, but
    // the user should still see how it ended, so refreshes do not remove these rows.
    bool retained = false;

    bool sameContent(const SessionRow &o) const;
};

// The Update sessions table. setRows() updates rows in place (matched by session id) so that
// views keep their selection and scroll position across auto-refreshes.
class SessionTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        ItemName,
        Library,
        State,
        Progress,
        Files,
        Preview,
        Expires,
        SessionId,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1, // raw value for sorting
        StateRole, // "ACTIVE", "DONE", ... (the filter uses it)
        SessionIdRole
    };

    explicit SessionTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Replaces the set of sessions: changed rows are updated in place, vanished ones removed
    // (except retained rows), new ones appended.
    void setRows(const QList<SessionRow> &rows);
    // Inserts or updates one session.
    void upsert(const SessionRow &row);
    void removeSession(const QString &sessionId);
    void setTransferProgress(const QString &sessionId, int percent);
    // Fills the Library column of rows that have none yet from `libraryNameOfItem` (item id →
    // library name, empty when still unknown): sessions listed before their library was loaded.
    void fillLibraryNames(const std::function<QString(const QString &itemId)> &libraryNameOfItem);
    void clear();

    int rowOf(const QString &sessionId) const;
    const SessionRow *rowData(int row) const;
    const SessionRow *find(const QString &sessionId) const;

    // For tests: the clock the Expires countdown is computed against (default: now).
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    static QString stateText(const OpenEnum<SessionState> &state);
    static QString previewText(const UpdateSession &session);
    static QString countdownText(const QDateTime &expiration, const QDateTime &now);

private:
    void emitRowChanged(int row);
    void tick();

    QList<SessionRow> m_rows;
    QTimer m_tick;
    std::function<QDateTime()> m_clock;
};

} // namespace clu::gui
