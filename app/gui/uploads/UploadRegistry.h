#pragma once

#include "uploads/NewUploadDialog.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

namespace clu::gui {

class ServerConnection;
class UploadController;

// The uploads this window started: one UploadController each, found by session id once the
// engine has created the session. The window follows them through added().
class UploadRegistry : public QObject
{
    Q_OBJECT
public:
    explicit UploadRegistry(ServerConnection *connection, QObject *parent = nullptr);

    // Creates the upload, announces it with added() (so its signals can be connected before
    // anything happens) and starts it.
    UploadController *start(const NewUploadDialog::Request &request);
    // The upload that owns `sessionId`, or nullptr.
    UploadController *upload(const QString &sessionId) const;
    // Whether our own engine is still working on `sessionId`.
    bool isRunning(const QString &sessionId) const;
    bool anyRunning() const;

signals:
    void added(clu::gui::UploadController *upload);

private:
    ServerConnection *m_connection;
    QHash<QString, QPointer<UploadController>> m_bySession;
    QList<QPointer<UploadController>> m_all;
};

} // namespace clu::gui
