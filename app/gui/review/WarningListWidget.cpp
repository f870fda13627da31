#include "review/WarningListWidget.h"

#include "widgets/Icons.h"

#include <QHeaderView>

namespace clu::gui {

WarningListWidget::WarningListWidget(QWidget *parent)
    : QTableWidget(parent)
{
    setObjectName(QStringLiteral("warningList"));
    setAccessibleName(tr("Certificate warnings"));
    setColumnCount(3);
    setHorizontalHeaderLabels({ tr("Ignore"), tr("Warning"), tr("Message") });
    horizontalHeader()->setSectionResizeMode(IgnoreColumn, QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(TypeColumn, QHeaderView::ResizeToContents);
    horizontalHeader()->setStretchLastSection(true);
    verticalHeader()->hide();
    // Messages wrap; rows follow the message column's width.
    verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setWordWrap(true);
    connect(this, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (item->column() == IgnoreColumn)
            emit choicesChanged();
    });
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

void WarningListWidget::setWarnings(const QList<PreviewWarning> &warnings)
{
    const QSignalBlocker block(this);
    m_warnings = warnings;
    setRowCount(int(warnings.size()));
    for (int i = 0; i < warnings.size(); ++i) {
        const PreviewWarning &w = warnings.at(i);
        auto *check = new QTableWidgetItem;
        check->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        check->setCheckState(w.ignored ? Qt::Checked : Qt::Unchecked);
        check->setData(Qt::UserRole, w.type.toString());
        check->setData(Qt::AccessibleTextRole, tr("Ignore %1").arg(typeText(w.type)));
        check->setToolTip(tr("Tick to let Complete succeed despite this warning"));
        setItem(i, IgnoreColumn, check);
        auto *type = new QTableWidgetItem(Icons::icon(QStringLiteral("warning")), typeText(w.type));
        type->setToolTip(w.type.toString());
        type->setData(Qt::UserRole, w.type.toString());
        setItem(i, TypeColumn, type);
        auto *msg = new QTableWidgetItem(w.message.text());
        msg->setToolTip(w.message.id);
        setItem(i, MessageColumn, msg);
    }
}

bool WarningListWidget::setIgnored(const QString &type, bool ignored)
{
    for (int r = 0; r < rowCount(); ++r) {
        QTableWidgetItem *c = item(r, IgnoreColumn);
        if (c && c->data(Qt::UserRole).toString() == type) {
            c->setCheckState(ignored ? Qt::Checked : Qt::Unchecked);
            return true;
        }
    }
    return false;
}

QList<OpenEnum<WarningType>> WarningListWidget::ignoredTypes() const
{
    QList<OpenEnum<WarningType>> out;
    for (int r = 0; r < rowCount(); ++r) {
        const QTableWidgetItem *c = item(r, IgnoreColumn);
        if (c && c->checkState() == Qt::Checked)
            out << OpenEnum<WarningType>::fromString(c->data(Qt::UserRole).toString());
    }
    return out;
}

int WarningListWidget::uncheckedCount() const
{
    int n = 0;
    for (int r = 0; r < rowCount(); ++r) {
        const QTableWidgetItem *c = item(r, IgnoreColumn);
        if (c && c->checkState() != Qt::Checked)
            ++n;
    }
    return n;
}

bool WarningListWidget::hasChanges() const
{
    for (int r = 0; r < rowCount() && r < m_warnings.size(); ++r) {
        const QTableWidgetItem *c = item(r, IgnoreColumn);
        if (c && (c->checkState() == Qt::Checked) != m_warnings.at(r).ignored)
            return true;
    }
    return false;
}

} // namespace clu::gui
