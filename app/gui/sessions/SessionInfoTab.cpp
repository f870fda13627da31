#include "sessions/SessionInfoTab.h"

#include "sessions/SessionTableModel.h"
#include "widgets/SemanticColors.h"

#include <QDateTime>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QVBoxLayout>

namespace clu::gui {

SessionInfoTab::SessionInfoTab(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("detailsTab"));
    // The facts on the left (scrolling when the pane is short), the client's log on the right:
    // the tab sits under the sessions table, which keeps most of the height.
    auto *layout = new QHBoxLayout(this);
    auto *facts = new QWidget;
    auto *form = new QFormLayout(facts);
    form->setContentsMargins(0, 0, 0, 0);
    m_id = addField(form, tr("Session ID:"), QStringLiteral("sessionIdValue"));
    m_item = addField(form, tr("Library item:"), QStringLiteral("itemValue"));
    m_library = addField(form, tr("Library:"), QStringLiteral("libraryValue"));
    m_contentVersion =
        addField(form, tr("Content version at start:"), QStringLiteral("contentVersionValue"));
    m_state = addField(form, tr("State:"), QStringLiteral("stateValue"));
    m_progress = addField(form, tr("Client progress:"), QStringLiteral("clientProgressValue"));
    m_expiration = addField(form, tr("Expires:"), QStringLiteral("expirationValue"));
    m_warningBehavior =
        addField(form, tr("Warning behavior:"), QStringLiteral("warningBehaviorValue"));
    m_error = addField(form, tr("Error message:"), QStringLiteral("errorValue"));
    m_errorId = addField(form, tr("Error message id:"), QStringLiteral("errorIdValue"));
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("sessionFactsScroll"));
    scroll->setWidget(facts);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->viewport()->setAutoFillBackground(false); // the tab's own background, not a box
    facts->setAutoFillBackground(false);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    layout->addWidget(scroll, 3);
    auto *logColumn = new QVBoxLayout;
    auto *logLabel = new QLabel(tr("What this client did to the session:"), this);
    m_log = new QPlainTextEdit(this);
    m_log->setObjectName(QStringLiteral("sessionLog"));
    m_log->setAccessibleName(tr("Session log"));
    m_log->setReadOnly(true);
    logLabel->setBuddy(m_log);
    logColumn->addWidget(logLabel);
    logColumn->addWidget(m_log, 1);
    layout->addLayout(logColumn, 2);
    clearSession();
}

QLabel *SessionInfoTab::addField(QFormLayout *form, const QString &label, const QString &name)
{
    auto *value = new QLabel;
    value->setObjectName(name);
    value->setWordWrap(true);
    value->setTextFormat(Qt::PlainText);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    value->setAccessibleName(QString(label).remove(QLatin1Char(':')));
    form->addRow(label, value);
    return value;
}

QString SessionInfoTab::fieldText(const QString &objectName) const
{
    const auto *l = findChild<QLabel *>(objectName);
    return l ? l->text() : QString();
}

void SessionInfoTab::clearSession()
{
    m_sessionId.clear();
    for (QLabel *l : { m_id, m_item, m_library, m_contentVersion, m_state, m_progress, m_expiration,
                       m_warningBehavior, m_error, m_errorId })
        l->setText(QStringLiteral("—"));
    m_log->clear();
}

void SessionInfoTab::setSession(const UpdateSession &s, const QString &itemName,
                                const QString &libraryName)
{
    const bool changed = s.id != m_sessionId;
    m_sessionId = s.id;
    m_id->setText(s.id);
    m_item->setText(itemName.isEmpty() ? s.libraryItemId
                                       : tr("%1 (%2)").arg(itemName, s.libraryItemId));
    m_library->setText(libraryName.isEmpty() ? QStringLiteral("—") : libraryName);
    m_contentVersion->setText(s.libraryItemContentVersion);
    m_state->setText(SessionTableModel::stateText(s.state));
    m_progress->setText(QStringLiteral("%1%").arg(s.clientProgress));
    m_expiration->setText(s.expirationTime.isValid() ? QLocale().toString(
                              s.expirationTime.toLocalTime(), QLocale::LongFormat)
                                                     : QStringLiteral("—"));
    QStringList wb;
    for (const WarningBehavior &b : s.warningBehavior)
        wb << QStringLiteral("%1: %2").arg(b.type.toString(),
                                           b.ignored ? tr("ignored") : tr("not ignored"));
    m_warningBehavior->setText(wb.isEmpty() ? tr("none set") : wb.join(QStringLiteral(", ")));
    m_error->setText(s.errorMessage ? s.errorMessage->text() : QStringLiteral("—"));
    m_errorId->setText(s.errorMessage ? s.errorMessage->id : QStringLiteral("—"));
    QPalette p = m_error->palette();
    p.setColor(QPalette::WindowText,
               s.errorMessage ? SemanticColors::error(palette())
                              : palette().color(QPalette::WindowText));
    m_error->setPalette(p);
    if (changed)
        m_log->setPlainText(m_logs.value(s.id).join(QLatin1Char('\n')));
}

void SessionInfoTab::log(const QString &sessionId, const QString &text)
{
    if (sessionId.isEmpty())
        return;
    const QString line = QStringLiteral("%1  %2").arg(
        QTime::currentTime().toString(QStringLiteral("HH:mm:ss")), text);
    m_logs[sessionId].append(line);
    if (sessionId == m_sessionId)
        m_log->appendPlainText(line);
}

} // namespace clu::gui
