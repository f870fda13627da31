#include "PreflightReport.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace clu {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PreflightReport)
};
} // namespace

QString PreflightCheck::statusId(Status s)
{
    switch (s) {
    case Status::Pass:
        return QStringLiteral("pass");
    case Status::Warn:
        return QStringLiteral("warn");
    case Status::Fail:
        return QStringLiteral("fail");
    }
    return {};
}

QString PreflightCheck::statusText() const
{
    switch (status) {
    case Status::Pass:
        return Tr::tr("PASS");
    case Status::Warn:
        return Tr::tr("WARN");
    case Status::Fail:
        return Tr::tr("FAIL");
    }
    return {};
}

void PreflightReport::add(const QString &id, const QString &subject, PreflightCheck::Status status,
                          const QString &reason, const QString &previewWarning)
{
    m_checks.append({ id, subject, status, reason, previewWarning });
}

bool PreflightReport::blocks(bool overrideWarnings) const
{
    for (const PreflightCheck &c : m_checks) {
        if (c.blocks(overrideWarnings))
            return true;
    }
    return false;
}

int PreflightReport::count(PreflightCheck::Status s) const
{
    int n = 0;
    for (const PreflightCheck &c : m_checks)
        n += c.status == s ? 1 : 0;
    return n;
}

const PreflightCheck *PreflightReport::find(const QString &id, const QString &subject) const
{
    for (const PreflightCheck &c : m_checks) {
        if (c.id == id && (subject.isEmpty() || c.subject == subject))
            return &c;
    }
    return nullptr;
}

QStringList PreflightReport::toLines() const
{
    QStringList lines;
    for (const PreflightCheck &c : m_checks) {
        lines.append(c.subject.isEmpty()
                         ? Tr::tr("%1  %2").arg(c.statusText(), c.reason)
                         : Tr::tr("%1  %2: %3").arg(c.statusText(), c.subject, c.reason));
    }
    return lines;
}

QString PreflightReport::blockingSummary(bool overrideWarnings) const
{
    QStringList parts;
    for (const PreflightCheck &c : m_checks) {
        if (c.blocks(overrideWarnings))
            parts.append(c.subject.isEmpty() ? c.reason
                                             : Tr::tr("%1: %2").arg(c.subject, c.reason));
    }
    if (parts.isEmpty())
        return {};
    if (m_label.isEmpty())
        return Tr::tr("Preflight stopped the upload before a session was created: %1")
            .arg(parts.join(QStringLiteral("; ")));
    return Tr::tr("Preflight stopped the upload of %1 before a session was created: %2")
        .arg(m_label, parts.join(QStringLiteral("; ")));
}

QJsonObject PreflightReport::toJson() const
{
    QJsonArray checks;
    for (const PreflightCheck &c : m_checks) {
        QJsonObject o;
        o.insert(QStringLiteral("id"), c.id);
        o.insert(QStringLiteral("subject"), c.subject);
        o.insert(QStringLiteral("status"), PreflightCheck::statusId(c.status));
        o.insert(QStringLiteral("reason"), c.reason);
        if (!c.previewWarning.isEmpty())
            o.insert(QStringLiteral("preview_warning"), c.previewWarning);
        checks.append(o);
    }
    QJsonObject o;
    o.insert(QStringLiteral("ok"), !hasFailures());
    o.insert(QStringLiteral("failures"), count(PreflightCheck::Status::Fail));
    o.insert(QStringLiteral("warnings"), count(PreflightCheck::Status::Warn));
    o.insert(QStringLiteral("checks"), checks);
    return o;
}

} // namespace clu
