#pragma once

#include "model/PreviewWarning.h"

#include <QList>
#include <QTableWidget>

namespace clu::gui {

// One row per OVF preview warning: Ignore checkbox, type, the server's message. The checkbox
// starts at what the server reports (`ignored`); the user's choice is read with
// ignoredTypes().
class WarningListWidget : public QTableWidget
{
    Q_OBJECT
public:
    enum Column { IgnoreColumn, TypeColumn, MessageColumn };

    explicit WarningListWidget(QWidget *parent = nullptr);

    void setWarnings(const QList<PreviewWarning> &warnings);
    QList<PreviewWarning> warnings() const { return m_warnings; }
    // Check or uncheck the Ignore box of a warning type (keyboard users and tests).
    bool setIgnored(const QString &type, bool ignored);
    QList<OpenEnum<WarningType>> ignoredTypes() const;
    // Warnings whose box is unticked: they would block Complete once applied.
    int uncheckedCount() const;
    // True when the boxes differ from what the server reported.
    bool hasChanges() const;

    static QString typeText(const OpenEnum<WarningType> &type);

signals:
    void choicesChanged();

private:
    QList<PreviewWarning> m_warnings;
};

} // namespace clu::gui
