#include "uploads/UploadRegistry.h"

#include "uploads/UploadController.h"

namespace clu::gui {

UploadRegistry::UploadRegistry(ServerConnection *connection, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
{ }

UploadController *UploadRegistry::start(const NewUploadDialog::Request &request)
{
    auto *u = new UploadController(m_connection, request, this);
    m_all << u;
    connect(u, &UploadController::sessionCreated, this,
            [this, u](const QString &id) { m_bySession.insert(id, u); });
    emit added(u);
    u->start();
    return u;
}

UploadController *UploadRegistry::upload(const QString &sessionId) const
{
    return m_bySession.value(sessionId);
}

bool UploadRegistry::isRunning(const QString &sessionId) const
{
    const UploadController *u = upload(sessionId);
    return u && u->isRunning();
}

bool UploadRegistry::anyRunning() const
{
    for (const auto &u : m_all)
        if (u && u->isRunning())
            return true;
    return false;
}

} // namespace clu::gui
