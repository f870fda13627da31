#pragma once

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace clu {

// One line of the preflight checklist.
struct PreflightCheck
{
    enum class Status { Pass, Warn, Fail };

    QString id; // stable, untranslated ("vmdk-footer"), for --json and tests
    QString subject; // the file it is about (name in the item), or empty for the package
    Status status = Status::Pass;
    QString reason; // translated, one line
    // A warning vCenter itself raises in the OVF preview ("SELF_SIGNED_CERTIFICATE"): it is
    // shown here early, but decided where the upload asks about the preview's warnings
    // (--ignore-warnings, the certificate review), so it does not block on its own.
    QString previewWarning;

    bool blocks(bool overrideWarnings) const
    {
        return status == Status::Fail
            || (status == Status::Warn && previewWarning.isEmpty() && !overrideWarnings);
    }

    static QString statusId(Status s); // "pass", "warn", "fail" (stable)
    QString statusText() const; // translated
};

// What preflight found, before any session exists: failures stop the upload, warnings stop it
// unless the user overrides them.
class PreflightReport
{
public:
    void add(const QString &id, const QString &subject, PreflightCheck::Status status,
             const QString &reason, const QString &previewWarning = QString());
    void pass(const QString &id, const QString &subject, const QString &reason)
    {
        add(id, subject, PreflightCheck::Status::Pass, reason);
    }
    void warn(const QString &id, const QString &subject, const QString &reason)
    {
        add(id, subject, PreflightCheck::Status::Warn, reason);
    }
    void fail(const QString &id, const QString &subject, const QString &reason)
    {
        add(id, subject, PreflightCheck::Status::Fail, reason);
    }
    void append(const PreflightReport &other) { m_checks.append(other.m_checks); }
    // Files the descriptor references that the package does not hold (the "files" check).
    QStringList missingFiles() const { return m_missingFiles; }
    void setMissingFiles(const QStringList &names) { m_missingFiles = names; }

    // The package the report is about (its path), named in blockingSummary(); empty for
    // plain files, whose checks name each file.
    QString label() const { return m_label; }
    void setLabel(const QString &label) { m_label = label; }

    const QList<PreflightCheck> &checks() const { return m_checks; }
    bool isEmpty() const { return m_checks.isEmpty(); }
    int count(PreflightCheck::Status s) const;
    bool hasFailures() const { return count(PreflightCheck::Status::Fail) > 0; }
    bool hasWarnings() const { return count(PreflightCheck::Status::Warn) > 0; }
    // True when the upload must not start: a failure, or a warning not overridden (preview
    // warnings aside, see PreflightCheck::previewWarning).
    bool blocks(bool overrideWarnings) const;
    const PreflightCheck *find(const QString &id, const QString &subject = QString()) const;

    // Translated lines "FAIL  disk.vmdk: reason", one per check.
    QStringList toLines() const;
    // Translated one-paragraph summary of what blocks the upload (failures, then warnings).
    QString blockingSummary(bool overrideWarnings) const;
    // {"ok": bool, "failures": n, "warnings": n,
    //  "checks": [{"id","subject","status","reason"[,"preview_warning"]}]}
    QJsonObject toJson() const;

private:
    QList<PreflightCheck> m_checks;
    QStringList m_missingFiles;
    QString m_label;
};

} // namespace clu

Q_DECLARE_METATYPE(clu::PreflightReport)
