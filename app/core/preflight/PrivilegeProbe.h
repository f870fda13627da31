#pragma once

#include "PreflightReport.h"
#include "services/LibraryService.h"
#include "services/UpdateSessionService.h"

#include <QObject>

namespace clu {

class RestClient;

// On demand, asks the server whether the account may upload into an item, the only way the API
// offers (it has no privilege query): create an update session on the item and cancel and
// delete it at once. 403 UNAUTHORIZED names the missing privilege in vCenter's terms
// ("Content library.Update files"); a session already on the item means the probe cannot tell.
// Nothing else is touched; the item's content is unchanged. probeLibrary asks the same for adding
// items ("Content library.Add library item"): a probe item is created and deleted at once.
class PrivilegeProbe : public QObject
{
    Q_OBJECT
public:
    explicit PrivilegeProbe(RestClient *client, QObject *parent = nullptr);

    void probeItem(const QString &libraryItemId, const QString &itemLabel);
    void probeLibrary(const QString &libraryId, const QString &libraryLabel);

signals:
    void finished(const clu::PreflightReport &report);

private:
    void finish(PreflightCheck::Status status, const QString &reason);

    LibraryService m_library;
    UpdateSessionService m_sessions;
    QString m_label;
};

} // namespace clu
