#pragma once

#include "ApiFlavor.h"
#include "ApiRequest.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <optional>

namespace clu {

// The exact path, query, body wrapping and headers of every operation of API reference §1 for
// either flavor, in one place. Services build requests here and decode results; the RestClient
// sends them. Specs passed in are the bare /api shapes (AddSpec, UpdateSessionModel, ...); the
// /rest variants wrap them by parameter name.
class ApiRoutes
{
    Q_DECLARE_TR_FUNCTIONS(ApiRoutes)
public:
    explicit ApiRoutes(ApiFlavor flavor)
        : m_flavor(flavor)
    { }
    ApiFlavor flavor() const { return m_flavor; }

    // §1.1
    ApiRequest login() const;
    ApiRequest sessionInfo() const; // the cheap "touch" call
    ApiRequest logout() const;

    // §1.2
    ApiRequest listLibraries() const;
    ApiRequest getLibrary(const QString &libraryId) const;
    ApiRequest findLibraries(const QJsonObject &spec) const;
    ApiRequest listItems(const QString &libraryId) const;
    ApiRequest getItem(const QString &itemId) const;
    ApiRequest findItems(const QJsonObject &spec) const;
    ApiRequest createItem(const QJsonObject &createSpec, const QString &clientToken) const;
    ApiRequest deleteItem(const QString &itemId) const;
    ApiRequest listItemFiles(const QString &itemId) const;
    ApiRequest getItemFile(const QString &itemId, const QString &fileName) const;
    ApiRequest listTypes() const;
    ApiRequest listDatastores() const; // /api/vcenter/datastore, /rest/vcenter/datastore

    // §1.3
    ApiRequest createSession(const QJsonObject &createSpec, const QString &clientToken) const;
    ApiRequest listSessions(const QString &libraryItemId = {}) const;
    ApiRequest getSession(const QString &sessionId) const;
    ApiRequest updateSession(const QString &sessionId, const QJsonObject &updateSpec) const;
    ApiRequest deleteSession(const QString &sessionId) const;
    ApiRequest completeSession(const QString &sessionId) const;
    ApiRequest cancelSession(const QString &sessionId) const;
    ApiRequest failSession(const QString &sessionId, const QString &clientErrorMessage) const;
    ApiRequest keepAliveSession(const QString &sessionId,
                                std::optional<qint64> clientProgress) const;

    // §1.4
    ApiRequest addFile(const QString &sessionId, const QJsonObject &addSpec) const;
    ApiRequest getFile(const QString &sessionId, const QString &fileName) const;
    ApiRequest listFiles(const QString &sessionId) const;
    ApiRequest removeFile(const QString &sessionId, const QString &fileName) const;
    ApiRequest validateFiles(const QString &sessionId) const;

    // §1.6: exists only as /api (7.0.3+); the same token works there for both flavors.
    ApiRequest listTrustedCertificates() const;
    ApiRequest getTrustedCertificate(const QString &certificateId) const;
    ApiRequest createTrustedCertificate(const QString &pem) const;
    ApiRequest deleteTrustedCertificate(const QString &certificateId) const;

    // A path segment, percent-encoded; ':' (update session ids) is kept as is.
    static QString segment(const QString &value);

private:
    ApiRequest make(const QByteArray &method, const QString &apiPath, const QString &restPath,
                    const QString &operation) const;
    // /rest ids are "id:<id>" segments; /api ids are bare.
    QString idSeg(const QString &id) const;
    void action(ApiRequest &r, const QString &name) const;
    bool isRest() const { return m_flavor == ApiFlavor::Rest; }
    // The body of a create call (item, update session) with its optional idempotency token.
    void setCreateBody(ApiRequest *r, const QJsonObject &spec, const QString &clientToken) const;

    ApiFlavor m_flavor;
};

} // namespace clu
