#include "PrivilegeProbe.h"

#include "Logging.h"
#include "Privileges.h"

#include <QUuid>

namespace clu {

PrivilegeProbe::PrivilegeProbe(RestClient *client, QObject *parent)
    : QObject(parent)
    , m_library(client)
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

void PrivilegeProbe::probeLibrary(const QString &libraryId, const QString &libraryLabel)
{
    m_label = libraryLabel;
    Item spec;
    spec.libraryId = libraryId;
    // A name no one uses, that says what it is if a failed delete leaves it behind.
    spec.name = QStringLiteral("cl-uploader privilege probe %1")
                    .arg(QUuid::createUuid().toString(QUuid::Id128).left(12));
    spec.type = QStringLiteral("file");
    m_library.createItem(spec, this, [this](const Result<QString> &created) {
        if (!created.ok()) {
            const ApiError &e = created.error;
            if (e.is(ErrorType::Unauthorized))
                finish(PreflightCheck::Status::Fail,
                       Privileges::explain(e, Privileges::Need::AddLibraryItem));
            else
                finish(PreflightCheck::Status::Warn,
                       tr("the privilege probe failed: %1").arg(e.message()));
            return;
        }
        const QString id = created.value;
        m_library.deleteItem(id, this, [this, id](const Result<void> &removed) {
            if (!removed.ok()) {
                // The privilege is proven; the leftover empty item is named in the report.
                finish(PreflightCheck::Status::Warn,
                       tr("the account may add items (\"%1\"), but the probe item %2 could not "
                          "be deleted: %3")
                           .arg(Privileges::label(Privileges::Need::AddLibraryItem), id,
                                removed.error.message()));
                return;
            }
            finish(PreflightCheck::Status::Pass,
                   tr("the account may add items to the library (\"%1\"): a probe item was "
                      "created and deleted")
                       .arg(Privileges::label(Privileges::Need::AddLibraryItem)));
        });
    });
}

} // namespace clu
