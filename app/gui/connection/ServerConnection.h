#pragma once

#include "credentials/ServerProfile.h"
#include "model/ApiError.h"
#include "model/Item.h"
#include "model/Library.h"
#include "services/LibraryService.h"
#include "services/SessionFileService.h"
#include "services/TrustedCertificateService.h"
#include "services/UpdateSessionService.h"
#include "sessions/SessionTableModel.h"

#include <QHash>
#include <QObject>

namespace clu {
class RestClient;
class TlsPolicy;
} // namespace clu

namespace clu::gui {

// The GUI's handle on one vCenter: the core RestClient and the services on top of it, plus
// the aggregate reads the main window needs (all libraries with their items; all sessions
// with resolved names and file counts). No HTTP here: everything goes through clu-core.
class ServerConnection : public QObject
{
    Q_OBJECT
public:
    explicit ServerConnection(QObject *parent = nullptr);
    ~ServerConnection() override;

    RestClient *client() const { return m_client; }
    TlsPolicy *tlsPolicy() const;
    LibraryService &libraries() { return m_libraries; }
    UpdateSessionService &sessions() { return m_sessions; }
    SessionFileService &files() { return m_files; }
    TrustedCertificateService &trustedCertificates() { return m_trusted; }

    ServerProfile profile() const { return m_profile; }
    bool isConnected() const;

    // Logs in; connected() or connectFailed() follows.
    void connectTo(const ServerProfile &profile, const QString &password);
    void disconnectFromServer();

    // Libraries with their items; librariesLoaded() or loadFailed() follows.
    void refreshLibraries();
    // The user's sessions with item/library names resolved; sessionsLoaded() or loadFailed().
    void refreshSessions();

    // A translated, user-facing explanation of a connect failure (wrong password, unreachable
    // host, TLS, pin mismatch, ...).
    static QString explainConnectError(const ApiError &error, const QUrl &url);

    // The name of the library holding `itemId`, once both are known here (else empty).
    QString libraryNameOfItem(const QString &itemId) const;

signals:
    void connected();
    void connectFailed(const clu::ApiError &error, const QString &message);
    void disconnected();
    void librariesLoaded(const QList<clu::Library> &libraries,
                         const QHash<QString, QList<clu::Item>> &items);
    void sessionsLoaded(const QList<clu::gui::SessionRow> &rows);
    void loadFailed(const QString &what, const clu::ApiError &error);

private:
    void resolveAndEmit(QList<SessionRow> rows);

    RestClient *m_client;
    LibraryService m_libraries;
    UpdateSessionService m_sessions;
    SessionFileService m_files;
    TrustedCertificateService m_trusted;
    ServerProfile m_profile;
    QHash<QString, Item> m_itemCache;
    QHash<QString, QString> m_libraryNames;
    bool m_sessionsRefreshing = false;
    bool m_librariesRefreshing = false;
};

} // namespace clu::gui
