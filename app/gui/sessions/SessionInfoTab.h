#pragma once

#include "model/UpdateSession.h"

#include <QHash>
#include <QStringList>
#include <QWidget>

class QFormLayout;
class QLabel;
class QPlainTextEdit;

namespace clu::gui {

// "Details" tab: every field of the selected session, the error message with its localizable
// id, and the log of what this client did to the session (kept per session for this run).
class SessionInfoTab : public QWidget
{
    Q_OBJECT
public:
    explicit SessionInfoTab(QWidget *parent = nullptr);

    void setSession(const UpdateSession &session, const QString &itemName,
                    const QString &libraryName);
    void clearSession();
    // Appends a timestamped line to the log of `sessionId` (shown when it is selected).
    void log(const QString &sessionId, const QString &text);
    QStringList logOf(const QString &sessionId) const { return m_logs.value(sessionId); }
    QString fieldText(const QString &objectName) const;

private:
    QLabel *addField(QFormLayout *form, const QString &label, const QString &name);

    QString m_sessionId;
    QHash<QString, QStringList> m_logs;
    QLabel *m_id = nullptr;
    QLabel *m_item = nullptr;
    QLabel *m_library = nullptr;
    QLabel *m_contentVersion = nullptr;
    QLabel *m_state = nullptr;
    QLabel *m_progress = nullptr;
    QLabel *m_expiration = nullptr;
    QLabel *m_warningBehavior = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_errorId = nullptr;
    QPlainTextEdit *m_log = nullptr;
};

} // namespace clu::gui
