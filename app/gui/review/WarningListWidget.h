#pragma once

#include "model/PreviewWarning.h"

#include <QList>
#include <QWidget>

class QCheckBox;
class QVBoxLayout;

namespace clu::gui {

// The OVF preview warnings, one block each: its own "Ignore" toggle, the warning type, and the
// server's whole message word-wrapped below (a table cut the message off or scrolled it
// sideways in narrow windows and long languages). The toggles start at what the server reports
// (`ignored`); the user's choice is read with ignoredTypes().
class WarningListWidget : public QWidget
{
    Q_OBJECT
public:
    explicit WarningListWidget(QWidget *parent = nullptr);

    void setWarnings(const QList<PreviewWarning> &warnings);
    QList<PreviewWarning> warnings() const { return m_warnings; }
    int count() const { return int(m_warnings.size()); }
    // Check or uncheck the Ignore toggle of a warning type (keyboard users and tests).
    bool setIgnored(const QString &type, bool ignored);
    QList<OpenEnum<WarningType>> ignoredTypes() const;
    // Warnings whose toggle is off: they would block Complete once applied.
    int uncheckedCount() const;
    // True when the toggles differ from what the server reported.
    bool hasChanges() const;
    // The first toggle, for a "&Warnings:" label's buddy; null without warnings.
    QCheckBox *firstToggle() const { return m_toggles.value(0); }

    static QString typeText(const OpenEnum<WarningType> &type);

signals:
    void choicesChanged();

private:
    QWidget *makeRow(const PreviewWarning &warning);

    QList<PreviewWarning> m_warnings;
    QList<QCheckBox *> m_toggles; // one per warning, same order
    QList<QWidget *> m_rows;
    QVBoxLayout *m_layout = nullptr;
};

} // namespace clu::gui
