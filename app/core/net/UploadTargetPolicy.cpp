#include "UploadTargetPolicy.h"

#include "RestClient.h"
#include "TlsPolicy.h"

#include <QNetworkRequest>

namespace clu {

namespace {
int defaultPort(const QUrl &url)
{
    return url.port(url.scheme() == QLatin1String("http") ? 80 : 443);
}

bool hostAllowed(const QUrl &upload, const QStringList &allowed)
{
    const QString host = upload.host().toLower();
    const QString hostPort = UploadTargetPolicy::origin(upload);
    for (const QString &a : allowed) {
        const QString entry = a.trimmed().toLower();
        if (!entry.isEmpty() && (entry == host || entry == hostPort))
            return true;
    }
    return false;
}
} // namespace

QString UploadTargetPolicy::origin(const QUrl &url)
{
    return QStringLiteral("%1:%2").arg(url.host().toLower()).arg(defaultPort(url));
}

QString UploadTargetPolicy::check(const QUrl &api, const QUrl &upload, bool allowPlainHttp,
                                  const QStringList &allowedHosts)
{
    const QString shown = upload.toString(QUrl::RemoveQuery | QUrl::RemoveUserInfo);
    if (!upload.isValid() || upload.host().isEmpty())
        return tr("the server gave no usable upload URL (\"%1\")").arg(shown);
    const QString scheme = upload.scheme().toLower();
    if (scheme == QLatin1String("http") && !allowPlainHttp)
        return tr("the server asked for the upload over plain http (%1): the file and the session "
                  "token would cross the network unencrypted, so nothing was sent. Allow plain "
                  "http only in a lab (CLI: CLU_ALLOW_HTTP=1; GUI: the profile's \"Allow plain "
                  "http (lab "
                  "only)\")")
            .arg(shown);
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http"))
        return tr("the server's upload URL %1 is neither https nor http; nothing was sent")
            .arg(shown);
    if (origin(upload) == origin(api) || hostAllowed(upload, allowedHosts))
        return {};
    return tr("the server asked for the upload to go to %1, which is not the vCenter %2: the "
              "file and the session token were not sent there. If that host really belongs to "
              "this vCenter, allow it explicitly (CLI: CLU_UPLOAD_HOSTS=%3)")
        .arg(shown, origin(api), upload.host().toLower());
}

QString UploadTargetPolicy::authorize(const RestClient &client, QNetworkRequest &request)
{
    const QUrl api = client.baseUrl();
    const QUrl upload = request.url();
    const QString why = check(api, upload, client.allowPlainHttp(), client.allowedUploadHosts());
    if (!why.isEmpty())
        return why;
    TlsPolicy *tls = client.tlsPolicy();
    const QString uploadHost = upload.host().toLower();
    const QString apiHost = api.host().toLower();
    if (tls && uploadHost != apiHost && tls->pin(uploadHost).isEmpty()
        && !tls->pin(apiHost).isEmpty())
        tls->setPin(uploadHost, tls->pin(apiHost));
    // Never follow a redirect with the token (the manager enforces this too, issue 10 #3).
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    client.applySessionHeader(request);
    return {};
}

} // namespace clu
