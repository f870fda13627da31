#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QUrl>

class QNetworkRequest;

namespace clu {

class RestClient;

// Where the bytes of a file and the session token may go (issue 10 #2). The server names the
// upload URL (`upload_endpoint.uri`); a hostile or misconfigured server could name any host and
// scheme, and the PUT would carry `vmware-api-session-id` – a full API login – there. Rules:
//  - the scheme is https, or http only when plain http was allowed for this client (lab);
//  - the host and port are the API's, or the user allowed that host explicitly
//    (RestClient::setAllowedUploadHosts, "host" or "host:port");
//  - everything else is refused before a byte is sent; nothing goes there, not even the file.
// TLS: every reply of the client's manager passes the TlsPolicy for the URL's own host. An
// allowed other host without a pin of its own gets the API host's pin (a vCenter reached by IP
// whose upload URLs name its FQDN presents the same certificate), so pinning is never weaker
// for the upload than for the API.
class UploadTargetPolicy
{
    Q_DECLARE_TR_FUNCTIONS(UploadTargetPolicy)
public:
    // The one call where an upload request is built: checks request.url(), and only when it
    // passes adds the session header and the redirect policy. Returns an empty string, or a
    // translated reason naming the URL, the API host and how to allow it.
    static QString authorize(const RestClient &client, QNetworkRequest &request);

    // The rule alone, for tests and for callers that only want to know.
    static QString check(const QUrl &api, const QUrl &upload, bool allowPlainHttp,
                         const QStringList &allowedHosts);
    // "host:port" with the scheme's default port filled in, host lower case.
    static QString origin(const QUrl &url);
};

} // namespace clu
