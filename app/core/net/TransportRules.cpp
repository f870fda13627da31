#include "TransportRules.h"

#include "UploadTargetPolicy.h"

#include <QNetworkReply>

namespace clu {

QString TransportRules::checkBaseUrl(const QUrl &base, bool allowPlainHttp)
{
    const QString scheme = base.scheme().toLower();
    if (!base.isValid() || base.host().isEmpty()
        || (scheme != QLatin1String("https") && scheme != QLatin1String("http")))
        return tr("\"%1\" is not an https:// URL with a host").arg(base.toString());
    if (scheme == QLatin1String("http") && !allowPlainHttp)
        return tr("%1 uses plain http://: the password and the session token would cross the "
                  "network unencrypted, so nothing was sent. Use https://, or allow plain http "
                  "explicitly for a lab (CLI: CLU_ALLOW_HTTP=1; GUI: the profile's \"Allow plain "
                  "http "
                  "(lab only)\")")
            .arg(base.toString(QUrl::RemovePath | QUrl::RemoveUserInfo));
    return {};
}

QString TransportRules::checkSessionToken(const QString &token)
{
    static constexpr int kMaxLength = 4096;
    if (token.isEmpty())
        return tr("the login answer carries no session token");
    if (token.size() > kMaxLength)
        return tr("the login answer's session token is %1 characters long (at most %2 are "
                  "accepted); refusing it")
            .arg(token.size())
            .arg(kMaxLength);
    static const QString extra = QStringLiteral("!#$%&'*+-.^_`|~/=");
    for (qsizetype i = 0; i < token.size(); ++i) {
        const QChar c = token.at(i);
        const bool ok = (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
            || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
            || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || extra.contains(c);
        if (!ok)
            return tr("the login answer's session token contains U+%1 at position %2, which "
                      "cannot go into an HTTP header (a CR/LF would inject headers); refusing it")
                .arg(int(c.unicode()), 4, 16, QLatin1Char('0'))
                .arg(i + 1);
    }
    return {};
}

QString TransportRules::redirectRefusal(const QUrl &from, const QUrl &location)
{
    const QUrl target = from.resolved(location);
    const QString shown = target.toString(QUrl::RemoveQuery | QUrl::RemoveUserInfo);
    if (location.isEmpty())
        return tr("the server answered with a redirect without a Location; not followed");
    const bool sameOrigin = target.scheme().toLower() == from.scheme().toLower()
        && UploadTargetPolicy::origin(target) == UploadTargetPolicy::origin(from);
    if (!sameOrigin)
        return tr("%1 redirected to %2, another origin; the redirect was not followed, so no "
                  "password or session token went to %3")
            .arg(UploadTargetPolicy::origin(from), shown, UploadTargetPolicy::origin(target));
    return tr("the server redirected to %1; the vSphere API does not redirect, so it was not "
              "followed (is the URL right?)")
        .arg(shown);
}

QString TransportRules::plainHttpOnTlsHint(const QNetworkReply *reply)
{
    if (reply->url().scheme().toLower() != QLatin1String("http"))
        return {};
    if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 0)
        return {};
    switch (reply->error()) {
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::ProtocolFailure:
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::UnknownNetworkError:
        break;
    default:
        return {};
    }
    return plainHttpOnTlsHint(reply->url());
}

QString TransportRules::plainHttpOnTlsHint(const QUrl &url)
{
    QUrl https = url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery);
    https.setScheme(QStringLiteral("https"));
    if (url.port() < 0)
        https.setPort(80);
    return tr("%1 closed the connection without an HTTP answer: the server probably speaks "
              "HTTPS on this port (try %2)")
        .arg(UploadTargetPolicy::origin(url), https.toString());
}

} // namespace clu
