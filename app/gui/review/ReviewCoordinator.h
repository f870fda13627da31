#pragma once

#include "model/Enums.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>

namespace clu::gui {

class UploadController;

// The signer/warning decisions that uploads wait for, keyed by update session id. Each upload
// keeps its own: a second upload asking while the first still waits queues behind it instead
// of taking the review away, and an answer goes to the upload of the session it was given
// for, whichever session asked last.
class ReviewCoordinator : public QObject
{
    Q_OBJECT
public:
    explicit ReviewCoordinator(QObject *parent = nullptr);

    // `upload` waits for a decision on `sessionId`.
    void request(const QString &sessionId, UploadController *upload);
    // Hands the decision to the upload of `sessionId`; false when none waits for it.
    bool answer(const QString &sessionId, bool proceed, const QList<OpenEnum<WarningType>> &ignore);
    // The upload of `sessionId` ended (or went away) without an answer.
    void forget(const QString &sessionId);

    bool isPending(const QString &sessionId) const;
    // Waiting sessions, oldest request first.
    QStringList pendingSessions() const { return m_order; }

signals:
    void pendingChanged(const QString &sessionId, bool pending);

private:
    QHash<QString, QPointer<UploadController>> m_waiting;
    QStringList m_order;
};

} // namespace clu::gui
