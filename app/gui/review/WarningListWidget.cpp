#include "review/WarningListWidget.h"

#include "widgets/Icons.h"

#include <QCheckBox>
#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace clu::gui {

namespace {
// The warning type a toggle belongs to, as the API spells it (also what tests look for).
const char *const kTypeProperty = "warningType";
} // namespace

WarningListWidget::WarningListWidget(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("warningList"));
    setAccessibleName(tr("Certificate warnings"));
    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);
}

QString WarningListWidget::typeText(const OpenEnum<WarningType> &type)
{
    switch (type.value()) {
    case WarningType::SelfSignedCertificate:
        return tr("Self-signed certificate");
    case WarningType::ExpiredCertificate:
        return tr("Expired certificate");
    case WarningType::NotYetValidCertificate:
        return tr("Certificate not yet valid");
    case WarningType::UntrustedCertificate:
        return tr("Untrusted certificate");
    case WarningType::Unknown:
        break;
    }
    return type.toString();
}

QWidget *WarningListWidget::makeRow(const PreviewWarning &w)
{
    auto *row = new QFrame(this);
    row->setObjectName(QStringLiteral("warningRow"));
    row->setFrameShape(QFrame::StyledPanel);
    auto *grid = new QGridLayout(row);

    auto *icon = new QLabel(row);
    icon->setPixmap(Icons::icon(QStringLiteral("warning")).pixmap(16, 16));
    auto *type = new QLabel(typeText(w.type), row);
    type->setObjectName(QStringLiteral("warningType"));
    type->setToolTip(w.type.toString());
    type->setWordWrap(true);
    QFont bold = type->font();
    bold.setBold(true);
    type->setFont(bold);

    auto *toggle = new QCheckBox(tr("Ignore"), row);
    toggle->setObjectName(QStringLiteral("ignoreToggle"));
    toggle->setProperty(kTypeProperty, w.type.toString());
    toggle->setChecked(w.ignored);
    toggle->setAccessibleName(tr("Ignore %1").arg(typeText(w.type)));
    toggle->setToolTip(tr("Tick to let Complete succeed despite this warning"));
    connect(toggle, &QCheckBox::toggled, this, &WarningListWidget::choicesChanged);

    // The whole message, wrapped: it names the certificate and why it is a problem, which is
    // what the decision rests on.
    auto *message = new QLabel(w.message.text(), row);
    message->setObjectName(QStringLiteral("warningMessage"));
    message->setTextFormat(Qt::PlainText);
    message->setWordWrap(true);
    message->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    message->setToolTip(w.message.id);

    grid->addWidget(icon, 0, 0, Qt::AlignTop);
    grid->addWidget(type, 0, 1);
    grid->addWidget(toggle, 0, 2, Qt::AlignTop | Qt::AlignRight);
    grid->addWidget(message, 1, 1, 1, 2);
    grid->setColumnStretch(1, 1);
    m_toggles << toggle;
    return row;
}

void WarningListWidget::setWarnings(const QList<PreviewWarning> &warnings)
{
    const QSignalBlocker block(this);
    for (QWidget *row : std::as_const(m_rows))
        delete row;
    m_rows.clear();
    m_toggles.clear();
    m_warnings = warnings;
    for (const PreviewWarning &w : warnings) {
        QWidget *row = makeRow(w);
        m_layout->addWidget(row);
        m_rows << row;
    }
    // Tab order follows the reading order: one toggle after the other.
    for (int i = 1; i < m_toggles.size(); ++i)
        setTabOrder(m_toggles.at(i - 1), m_toggles.at(i));
}

bool WarningListWidget::setIgnored(const QString &type, bool ignored)
{
    for (QCheckBox *t : std::as_const(m_toggles)) {
        if (t->property(kTypeProperty).toString() == type) {
            t->setChecked(ignored);
            return true;
        }
    }
    return false;
}

QList<OpenEnum<WarningType>> WarningListWidget::ignoredTypes() const
{
    QList<OpenEnum<WarningType>> out;
    for (const QCheckBox *t : m_toggles)
        if (t->isChecked())
            out << OpenEnum<WarningType>::fromString(t->property(kTypeProperty).toString());
    return out;
}

int WarningListWidget::uncheckedCount() const
{
    int n = 0;
    for (const QCheckBox *t : m_toggles)
        n += t->isChecked() ? 0 : 1;
    return n;
}

bool WarningListWidget::hasChanges() const
{
    for (qsizetype i = 0; i < m_toggles.size() && i < m_warnings.size(); ++i)
        if (m_toggles.at(i)->isChecked() != m_warnings.at(i).ignored)
            return true;
    return false;
}

} // namespace clu::gui
