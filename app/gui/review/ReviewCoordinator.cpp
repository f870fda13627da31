#include "review/ReviewCoordinator.h"

#include "uploads/UploadController.h"

namespace clu::gui {

ReviewCoordinator::ReviewCoordinator(QObject *parent)
    : QObject(parent)
{ }

void ReviewCoordinator::request(const QString &sessionId, UploadController *upload)
{
    if (sessionId.isEmpty() || !upload)
        return;
    // An upload waits for one decision at a time: one that started over in a new session asks
    // again under the new id, and the old one is no longer answerable.
    const QStringList older = m_order;
    for (const QString &id : older)
        if (id != sessionId && m_waiting.value(id) == upload)
            forget(id);
    const bool known = m_waiting.contains(sessionId);
    m_waiting.insert(sessionId, upload);
    m_order.removeAll(sessionId);
    m_order.append(sessionId);
    // An upload that goes away unanswered must not stay in the queue.
    if (!known)
        connect(upload, &QObject::destroyed, this, [this, sessionId] { forget(sessionId); });
    emit pendingChanged(sessionId, true);
}

bool ReviewCoordinator::answer(const QString &sessionId, bool proceed,
                               const QList<OpenEnum<WarningType>> &ignore)
{
    const QPointer<UploadController> upload = m_waiting.take(sessionId);
    if (!m_order.removeAll(sessionId))
        return false;
    emit pendingChanged(sessionId, false);
    if (!upload)
        return false;
    upload->answer(proceed, ignore);
    return true;
}

void ReviewCoordinator::forget(const QString &sessionId)
{
    m_waiting.remove(sessionId);
    if (m_order.removeAll(sessionId))
        emit pendingChanged(sessionId, false);
}

bool ReviewCoordinator::isPending(const QString &sessionId) const
{
    return m_order.contains(sessionId);
}

} // namespace clu::gui
