#pragma once

#include "preflight/PreflightReport.h"

#include <QPointer>
#include <QStringList>
#include <QWidget>

class QCheckBox;
class QLabel;
class QThread;
class QTreeWidget;

namespace clu::gui {

// The New upload dialog's preflight checklist: what vCenter would refuse about the chosen
// files, computed by clu::Preflight in a worker thread whenever the selection changes (a newer
// selection supersedes a running check), shown one line per check with a pass/warn/fail icon,
// and an "Upload despite warnings" override.
class PreflightChecklist : public QWidget
{
    Q_OBJECT
public:
    explicit PreflightChecklist(QWidget *parent = nullptr);
    ~PreflightChecklist() override; // waits for a running check

    // Starts a check when `paths` differ from the last ones (empty: clears the list).
    void setPaths(const QStringList &paths);
    bool isChecking() const { return m_running; }
    const PreflightReport &report() const { return m_report; }
    bool allowWarnings() const;
    // True when the report stops an upload (a failure, or a warning without the override).
    bool blocks() const { return !m_running && m_report.blocks(allowWarnings()); }

signals:
    // The checklist or the override changed; the dialog re-evaluates Start.
    void changed();

private:
    void start();
    void show(const PreflightReport &report);

    QStringList m_paths;
    PreflightReport m_report;
    bool m_running = false;
    quint64 m_generation = 0;
    QList<QThread *> m_threads; // finished ones are deleted as they end
    QTreeWidget *m_list = nullptr;
    QLabel *m_state = nullptr;
    QCheckBox *m_allowWarnings = nullptr;
};

} // namespace clu::gui
