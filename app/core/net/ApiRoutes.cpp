#include "ApiRoutes.h"

#include <QUrl>

namespace clu {

namespace {
const QString kApiSession = QStringLiteral("/api/session");
const QString kRestSession = QStringLiteral("/rest/com/vmware/cis/session");
const QString kApiLibrary = QStringLiteral("/api/content/library");
const QString kRestLibrary = QStringLiteral("/rest/com/vmware/content/library");
const QString kApiSessions = QStringLiteral("/api/content/library/item/update-session");
const QString kRestSessions =
    QStringLiteral("/rest/com/vmware/content/library/item/update-session");
const QString kRestFiles =
    QStringLiteral("/rest/com/vmware/content/library/item/updatesession/file");
const QString kApiTrusted = QStringLiteral("/api/content/trusted-certificates");
const QString kClientTokenHeader = QStringLiteral("Client-Token");
} // namespace

QString ApiRoutes::segment(const QString &value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value, ":@!$&'()*+,;="));
}

QString ApiRoutes::idSeg(const QString &id) const
{
    return isRest() ? QStringLiteral("id:") + segment(id) : segment(id);
}

ApiRequest ApiRoutes::make(const QByteArray &method, const QString &apiPath,
                           const QString &restPath, const QString &operation) const
{
    ApiRequest r;
    r.method = method;
    r.path = isRest() ? restPath : apiPath;
    r.operation = operation;
    r.idempotent = method == "GET";
    r.resultWrapped = isRest();
    return r;
}

void ApiRoutes::action(ApiRequest &r, const QString &name) const
{
    r.query.append({ isRest() ? QStringLiteral("~action") : QStringLiteral("action"), name });
}

// ---- authentication ------------------------------------------------------------------------

ApiRequest ApiRoutes::login() const
{
    ApiRequest r = make("POST", kApiSession, kRestSession, tr("Logging in"));
    r.authenticated = false;
    // A 503 says no login happened; another try at most creates one more token.
    r.resendAfterUnavailable = true;
    return r;
}

ApiRequest ApiRoutes::sessionInfo() const
{
    ApiRequest r = make(isRest() ? "POST" : "GET", kApiSession, kRestSession,
                        tr("Refreshing the login session"));
    if (isRest())
        action(r, QStringLiteral("get"));
    r.idempotent = true; // reading who we are changes nothing
    return r;
}

ApiRequest ApiRoutes::logout() const
{
    ApiRequest r = make("DELETE", kApiSession, kRestSession, tr("Logging out"));
    return r;
}

// ---- libraries and items -------------------------------------------------------------------

ApiRequest ApiRoutes::listLibraries() const
{
    return make("GET", kApiLibrary, kRestLibrary, tr("Listing libraries"));
}

ApiRequest ApiRoutes::getLibrary(const QString &id) const
{
    return make("GET", kApiLibrary + QLatin1Char('/') + idSeg(id),
                kRestLibrary + QLatin1Char('/') + idSeg(id), tr("Reading library %1").arg(id));
}

ApiRequest ApiRoutes::findLibraries(const QJsonObject &spec) const
{
    ApiRequest r = make("POST", kApiLibrary, kRestLibrary, tr("Finding libraries"));
    action(r, QStringLiteral("find"));
    r.body = isRest() ? QJsonObject { { QStringLiteral("spec"), spec } } : spec;
    r.idempotent = true; // a query, though sent as POST
    return r;
}

ApiRequest ApiRoutes::listItems(const QString &libraryId) const
{
    ApiRequest r =
        make("GET", kApiLibrary + QStringLiteral("/item"), kRestLibrary + QStringLiteral("/item"),
             tr("Listing the items of library %1").arg(libraryId));
    r.query.append({ QStringLiteral("library_id"), libraryId });
    return r;
}

ApiRequest ApiRoutes::getItem(const QString &id) const
{
    return make("GET", kApiLibrary + QStringLiteral("/item/") + idSeg(id),
                kRestLibrary + QStringLiteral("/item/") + idSeg(id),
                tr("Reading library item %1").arg(id));
}

ApiRequest ApiRoutes::findItems(const QJsonObject &spec) const
{
    ApiRequest r = make("POST", kApiLibrary + QStringLiteral("/item"),
                        kRestLibrary + QStringLiteral("/item"), tr("Finding library items"));
    action(r, QStringLiteral("find"));
    r.body = isRest() ? QJsonObject { { QStringLiteral("spec"), spec } } : spec;
    r.idempotent = true;
    return r;
}

void ApiRoutes::setCreateBody(ApiRequest *r, const QJsonObject &spec,
                              const QString &clientToken) const
{
    // /rest wraps the spec and carries the idempotency token in the body; /api sends the bare
    // spec and the token as the Client-Token header (API reference §2).
    if (isRest()) {
        QJsonObject body { { QStringLiteral("create_spec"), spec } };
        if (!clientToken.isEmpty())
            body.insert(QStringLiteral("client_token"), clientToken);
        r->body = body;
    } else {
        r->body = spec;
        if (!clientToken.isEmpty())
            r->headers.append({ kClientTokenHeader.toLatin1(), clientToken.toLatin1() });
    }
}

ApiRequest ApiRoutes::createItem(const QJsonObject &spec, const QString &clientToken) const
{
    ApiRequest r =
        make("POST", kApiLibrary + QStringLiteral("/item"), kRestLibrary + QStringLiteral("/item"),
             tr("Creating library item \"%1\"").arg(spec.value(QLatin1String("name")).toString()));
    setCreateBody(&r, spec, clientToken);
    r.resendAfterUnavailable = !clientToken.isEmpty(); // the token makes a repeat a no-op
    return r;
}

ApiRequest ApiRoutes::deleteItem(const QString &id) const
{
    return make("DELETE", kApiLibrary + QStringLiteral("/item/") + idSeg(id),
                kRestLibrary + QStringLiteral("/item/") + idSeg(id),
                tr("Deleting library item %1").arg(id));
}

ApiRequest ApiRoutes::listItemFiles(const QString &itemId) const
{
    ApiRequest r = make(
        "GET", kApiLibrary + QStringLiteral("/item/") + segment(itemId) + QStringLiteral("/file"),
        kRestLibrary + QStringLiteral("/item/file"),
        tr("Listing the files of library item %1").arg(itemId));
    if (isRest())
        r.query.append({ QStringLiteral("library_item_id"), itemId });
    return r;
}

ApiRequest ApiRoutes::getItemFile(const QString &itemId, const QString &fileName) const
{
    const QString op = tr("Reading file \"%1\" of library item %2").arg(fileName, itemId);
    if (isRest()) {
        ApiRequest r =
            make("POST", {}, kRestLibrary + QStringLiteral("/item/file/") + idSeg(itemId), op);
        action(r, QStringLiteral("get"));
        r.body = QJsonObject { { QStringLiteral("name"), fileName } };
        r.idempotent = true;
        return r;
    }
    ApiRequest r = make(
        "GET", kApiLibrary + QStringLiteral("/item/") + segment(itemId) + QStringLiteral("/file"),
        {}, op);
    r.query.append({ QStringLiteral("name"), fileName });
    return r;
}

ApiRequest ApiRoutes::listTypes() const
{
    return make("GET", QStringLiteral("/api/content/type"),
                QStringLiteral("/rest/com/vmware/content/type"), tr("Listing item types"));
}

ApiRequest ApiRoutes::listDatastores() const
{
    return make("GET", QStringLiteral("/api/vcenter/datastore"),
                QStringLiteral("/rest/vcenter/datastore"), tr("Listing datastores"));
}

// ---- update sessions -----------------------------------------------------------------------

ApiRequest ApiRoutes::createSession(const QJsonObject &spec, const QString &clientToken) const
{
    ApiRequest r = make("POST", kApiSessions, kRestSessions,
                        tr("Creating an update session for library item %1")
                            .arg(spec.value(QLatin1String("library_item_id")).toString()));
    setCreateBody(&r, spec, clientToken);
    r.resendAfterUnavailable = !clientToken.isEmpty(); // the token makes a repeat a no-op
    return r;
}

ApiRequest ApiRoutes::listSessions(const QString &libraryItemId) const
{
    ApiRequest r = make("GET", kApiSessions, kRestSessions, tr("Listing update sessions"));
    if (!libraryItemId.isEmpty())
        r.query.append({ QStringLiteral("library_item_id"), libraryItemId });
    return r;
}

ApiRequest ApiRoutes::getSession(const QString &sid) const
{
    return make("GET", kApiSessions + QLatin1Char('/') + idSeg(sid),
                kRestSessions + QLatin1Char('/') + idSeg(sid),
                tr("Reading update session %1").arg(sid));
}

ApiRequest ApiRoutes::updateSession(const QString &sid, const QJsonObject &updateSpec) const
{
    ApiRequest r = make("PATCH", kApiSessions + QLatin1Char('/') + idSeg(sid),
                        kRestSessions + QLatin1Char('/') + idSeg(sid),
                        tr("Changing the warning behavior of update session %1").arg(sid));
    r.body = isRest() ? QJsonObject { { QStringLiteral("update_spec"), updateSpec } } : updateSpec;
    return r;
}

ApiRequest ApiRoutes::deleteSession(const QString &sid) const
{
    ApiRequest r = make("DELETE", kApiSessions + QLatin1Char('/') + idSeg(sid),
                        kRestSessions + QLatin1Char('/') + idSeg(sid),
                        tr("Deleting update session %1").arg(sid));
    r.resendAfterUnavailable = true; // a repeat finds it gone (NOT_FOUND), which callers accept
    return r;
}

ApiRequest ApiRoutes::completeSession(const QString &sid) const
{
    ApiRequest r = make("POST", kApiSessions + QLatin1Char('/') + idSeg(sid),
                        kRestSessions + QLatin1Char('/') + idSeg(sid),
                        tr("Completing update session %1").arg(sid));
    action(r, QStringLiteral("complete"));
    r.resendAfterUnavailable = true; // the engine checks the state when a repeat is refused
    return r;
}

ApiRequest ApiRoutes::cancelSession(const QString &sid) const
{
    ApiRequest r = make("POST", kApiSessions + QLatin1Char('/') + idSeg(sid),
                        kRestSessions + QLatin1Char('/') + idSeg(sid),
                        tr("Canceling update session %1").arg(sid));
    action(r, QStringLiteral("cancel"));
    r.resendAfterUnavailable = true; // the engine checks the state when a repeat is refused
    return r;
}

ApiRequest ApiRoutes::failSession(const QString &sid, const QString &message) const
{
    ApiRequest r = make("POST", kApiSessions + QLatin1Char('/') + idSeg(sid),
                        kRestSessions + QLatin1Char('/') + idSeg(sid),
                        tr("Marking update session %1 as failed").arg(sid));
    action(r, QStringLiteral("fail"));
    r.resendAfterUnavailable = true; // the engine checks the state when a repeat is refused
    // Both flavors name the parameter; /api sends "remaining parameters as an object" (§2).
    r.body = QJsonObject { { QStringLiteral("client_error_message"), message } };
    return r;
}

ApiRequest ApiRoutes::keepAliveSession(const QString &sid, std::optional<qint64> progress) const
{
    ApiRequest r = make("POST", kApiSessions + QLatin1Char('/') + idSeg(sid),
                        kRestSessions + QLatin1Char('/') + idSeg(sid),
                        tr("Keeping update session %1 alive").arg(sid));
    action(r, QStringLiteral("keep-alive"));
    r.resendAfterUnavailable = true; // the engine checks the state when a repeat is refused
    if (progress)
        r.body = QJsonObject { { QStringLiteral("client_progress"), *progress } };
    return r;
}

// ---- session files -------------------------------------------------------------------------

ApiRequest ApiRoutes::addFile(const QString &sid, const QJsonObject &spec) const
{
    ApiRequest r =
        make("POST", kApiSessions + QLatin1Char('/') + idSeg(sid) + QStringLiteral("/file"),
             kRestFiles + QLatin1Char('/') + idSeg(sid),
             tr("Adding file \"%1\" to update session %2")
                 .arg(spec.value(QLatin1String("name")).toString(), sid));
    if (isRest()) {
        action(r, QStringLiteral("add"));
        r.body = QJsonObject { { QStringLiteral("file_spec"), spec } };
    } else {
        r.body = spec;
    }
    return r;
}

ApiRequest ApiRoutes::getFile(const QString &sid, const QString &name) const
{
    const QString op = tr("Reading file \"%1\" of update session %2").arg(name, sid);
    if (isRest()) {
        ApiRequest r = make("POST", {}, kRestFiles + QLatin1Char('/') + idSeg(sid), op);
        action(r, QStringLiteral("get"));
        r.body = QJsonObject { { QStringLiteral("file_name"), name } };
        r.idempotent = true;
        return r;
    }
    return make("GET",
                kApiSessions + QLatin1Char('/') + idSeg(sid) + QStringLiteral("/file/")
                    + segment(name),
                {}, op);
}

ApiRequest ApiRoutes::listFiles(const QString &sid) const
{
    ApiRequest r =
        make("GET", kApiSessions + QLatin1Char('/') + idSeg(sid) + QStringLiteral("/file"),
             kRestFiles, tr("Listing the files of update session %1").arg(sid));
    if (isRest())
        r.query.append({ QStringLiteral("update_session_id"), sid });
    return r;
}

ApiRequest ApiRoutes::removeFile(const QString &sid, const QString &name) const
{
    const QString op = tr("Removing file \"%1\" from update session %2").arg(name, sid);
    if (isRest()) {
        ApiRequest r = make("POST", {}, kRestFiles + QLatin1Char('/') + idSeg(sid), op);
        action(r, QStringLiteral("remove"));
        r.body = QJsonObject { { QStringLiteral("file_name"), name } };
        return r;
    }
    return make("DELETE",
                kApiSessions + QLatin1Char('/') + idSeg(sid) + QStringLiteral("/file/")
                    + segment(name),
                {}, op);
}

ApiRequest ApiRoutes::validateFiles(const QString &sid) const
{
    ApiRequest r =
        make("POST", kApiSessions + QLatin1Char('/') + idSeg(sid) + QStringLiteral("/file"),
             kRestFiles + QLatin1Char('/') + idSeg(sid),
             tr("Validating the files of update session %1").arg(sid));
    action(r, QStringLiteral("validate"));
    r.idempotent = true; // a check, changes nothing
    return r;
}

// ---- trusted certificates (/api only) ------------------------------------------------------

ApiRequest ApiRoutes::listTrustedCertificates() const
{
    ApiRequest r =
        ApiRoutes(ApiFlavor::Api).make("GET", kApiTrusted, {}, tr("Listing trusted certificates"));
    return r;
}

ApiRequest ApiRoutes::getTrustedCertificate(const QString &id) const
{
    return ApiRoutes(ApiFlavor::Api)
        .make("GET", kApiTrusted + QLatin1Char('/') + segment(id), {},
              tr("Reading trusted certificate %1").arg(id));
}

ApiRequest ApiRoutes::createTrustedCertificate(const QString &pem) const
{
    ApiRequest r =
        ApiRoutes(ApiFlavor::Api).make("POST", kApiTrusted, {}, tr("Adding a trusted certificate"));
    r.body = QJsonObject { { QStringLiteral("cert_text"), pem } };
    return r;
}

ApiRequest ApiRoutes::deleteTrustedCertificate(const QString &id) const
{
    return ApiRoutes(ApiFlavor::Api)
        .make("DELETE", kApiTrusted + QLatin1Char('/') + segment(id), {},
              tr("Removing trusted certificate %1").arg(id));
}

} // namespace clu
