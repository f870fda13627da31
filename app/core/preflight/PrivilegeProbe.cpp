#include "PrivilegeProbe.h"

#include "Logging.h"
#include "Privileges.h"

namespace clu {

PrivilegeProbe::PrivilegeProbe(RestClient *client, QObject *parent)
    : QObject(parent)
    , m_sessions(client)
{
    qRegisterMetaType<clu::PreflightReport>();
}

void PrivilegeProbe::finish(PreflightCheck::Status status, const QString &reason)
{
    PreflightReport r;
    r.add(QStringLiteral("privilege"), m_label, status, reason);
    emit finished(r);
}

void PrivilegeProbe::probeItem(const QString &libraryItemId, const QString &itemLabel)
{
    m_label = itemLabel;
    m_sessions.create(libraryItemId, {}, this, [this](const Result<QString> &created) {
        if (!created.ok()) {
            const ApiError &e = created.error;
            if (e.is(ErrorType::Unauthorized))
                finish(PreflightCheck::Status::Fail,
                       Privileges::explain(e, Privileges::Need::UpdateFiles));
            else if (e.isResourceBusy())
                finish(PreflightCheck::Status::Warn,
                       tr("the item has an active update session, so the privilege probe could "
                          "not run: %1")
                           .arg(e.message()));
            else
                finish(PreflightCheck::Status::Warn,
                       tr("the privilege probe failed: %1").arg(e.message()));
            return;
        }
        const QString id = created.value;
        m_sessions.cancel(id, this, [this, id](const Result<void> &canceled) {
            if (!canceled.ok())
                qCWarning(lcUpload)
                    << "privilege probe: cancel of" << id << "failed:" << canceled.error.message();
            m_sessions.remove(id, this, [this, id](const Result<void> &removed) {
                if (!removed.ok())
                    qCWarning(lcUpload) << "privilege probe: delete of" << id
                                        << "failed:" << removed.error.message();
                finish(PreflightCheck::Status::Pass,
                       tr("the account may create update sessions on the item (\"%1\"): a probe "
                          "session was created, canceled and deleted")
                           .arg(Privileges::label(Privileges::Need::UpdateFiles)));
            });
        });
    });
}

} // namespace clu
