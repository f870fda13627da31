#pragma once

#include <QWidget>

class QComboBox;
class QLineEdit;
class QTableView;

namespace clu::gui {

class SessionFilterProxy;
class SessionTableModel;

// The Update sessions table, the main view of the window, with its state and text filters.
// Its columns are laid out to fit the view's width (the session id elided in the middle and
// taking what is left), so a 1200 px window needs no horizontal scrolling.
class SessionsPane : public QWidget
{
    Q_OBJECT
public:
    explicit SessionsPane(QWidget *parent = nullptr);

    SessionTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

    QString selectedSessionId() const;
    // Selects and shows the row of `sessionId` (no-op when it is not in the table or filtered).
    void selectSession(const QString &sessionId);

    QByteArray saveColumns() const;
    // Applies a saveColumns() state; refused (false, columns untouched) when it is empty or
    // describes another number of columns than the table has.
    bool restoreColumns(const QByteArray &state);

signals:
    void selectionChanged();

private:
    SessionTableModel *m_model;
    SessionFilterProxy *m_proxy;
    QTableView *m_view = nullptr;
    QComboBox *m_stateFilter = nullptr;
    QLineEdit *m_textFilter = nullptr;
};

} // namespace clu::gui
