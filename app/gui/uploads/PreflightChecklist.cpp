#include "PreflightChecklist.h"

#include "preflight/Preflight.h"
#include "widgets/Icons.h"
#include "widgets/SemanticColors.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QHeaderView>
#include <QLabel>
#include <QThread>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace clu::gui {

PreflightChecklist::PreflightChecklist(QWidget *parent)
    : QWidget(parent)
{
    qRegisterMetaType<clu::PreflightReport>();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("preflightState"));
    m_state->setWordWrap(true);
    layout->addWidget(m_state);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("preflightList"));
    m_list->setAccessibleName(tr("Preflight checks"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({ tr("File"), tr("Check") });
    m_list->header()->setStretchLastSection(true);
    m_list->setWordWrap(true);
    layout->addWidget(m_list);
    m_allowWarnings = new QCheckBox(tr("Upload despite preflight &warnings"), this);
    m_allowWarnings->setObjectName(QStringLiteral("allowPreflightWarnings"));
    m_allowWarnings->setToolTip(tr("Failures always stop the upload; certificate warnings are "
                                   "decided in the certificate review"));
    layout->addWidget(m_allowWarnings);
    connect(m_allowWarnings, &QCheckBox::toggled, this, &PreflightChecklist::changed);
    show(PreflightReport());
}

PreflightChecklist::~PreflightChecklist()
{
    for (QThread *t : std::as_const(m_threads))
        t->wait();
    qDeleteAll(m_threads);
}

bool PreflightChecklist::allowWarnings() const
{
    return m_allowWarnings->isChecked();
}

void PreflightChecklist::setPaths(const QStringList &paths)
{
    if (paths == m_paths && (m_running || !m_report.isEmpty() || paths.isEmpty()))
        return;
    m_paths = paths;
    ++m_generation;
    if (paths.isEmpty()) {
        m_running = false;
        show(PreflightReport());
        emit changed();
        return;
    }
    if (!Preflight::readsPackage(paths)) {
        // Plain files: only whether they exist, which the dialog asks on this thread anyway.
        m_running = false;
        show(Preflight::run(paths));
        emit changed();
        return;
    }
    start();
}

void PreflightChecklist::start()
{
    m_running = true;
    m_state->setText(tr("Preflight: checking the files…"));
    m_list->clear();
    emit changed();
    const quint64 generation = m_generation;
    const QStringList paths = m_paths;
    QPointer<PreflightChecklist> self(this);
    QThread *thread = QThread::create([self, generation, paths]() {
        const PreflightReport report = Preflight::run(paths);
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, generation, report]() {
                if (!self || generation != self->m_generation)
                    return; // superseded by a newer selection, or the dialog is gone
                self->m_running = false;
                self->show(report);
                emit self->changed();
            },
            Qt::QueuedConnection);
    });
    m_threads.append(thread);
    connect(thread, &QThread::finished, this, [this, thread]() {
        m_threads.removeOne(thread);
        thread->deleteLater();
    });
    thread->start();
}

void PreflightChecklist::show(const PreflightReport &report)
{
    m_report = report;
    m_list->clear();
    for (const PreflightCheck &c : report.checks()) {
        auto *it = new QTreeWidgetItem(m_list, { c.subject, c.reason });
        const QString icon = c.status == PreflightCheck::Status::Pass ? QStringLiteral("state-done")
            : c.status == PreflightCheck::Status::Warn                ? QStringLiteral("warning")
                                                       : QStringLiteral("state-error");
        it->setIcon(0, Icons::icon(icon));
        it->setToolTip(1, c.reason);
        it->setData(0, Qt::UserRole, c.id);
        it->setData(0, Qt::AccessibleDescriptionRole, c.statusText());
        if (c.status == PreflightCheck::Status::Fail)
            it->setForeground(1, SemanticColors::error(palette()));
        else if (c.status == PreflightCheck::Status::Warn)
            it->setForeground(1, SemanticColors::warning(palette()));
    }
    m_list->resizeColumnToContents(0);
    m_allowWarnings->setVisible(report.hasWarnings());
    const int failures = report.count(PreflightCheck::Status::Fail);
    const int warnings = report.count(PreflightCheck::Status::Warn);
    if (report.isEmpty())
        m_state->setText(tr("Preflight: choose files to check them before anything is sent."));
    else if (failures > 0)
        m_state->setText(tr("Preflight: %n check(s) failed; vCenter would refuse this upload.",
                            nullptr, failures));
    else if (warnings > 0)
        m_state->setText(tr("Preflight: passed with %n warning(s).", nullptr, warnings));
    else
        m_state->setText(
            tr("Preflight: all %n check(s) passed.", nullptr, int(report.checks().size())));
}

} // namespace clu::gui
