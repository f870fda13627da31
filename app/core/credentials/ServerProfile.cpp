#include "ServerProfile.h"

#include "CredentialStore.h"

namespace clu {

QString ServerProfile::keychainKey() const
{
    return CredentialStore::keyFor(username, host());
}

QString ServerProfile::validate() const
{
    if (name.trimmed().isEmpty())
        return tr("The profile needs a name.");
    if (!url.isValid() || url.host().isEmpty())
        return tr("The server address \"%1\" is not a valid URL with a host name.")
            .arg(url.toString());
    if (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))
        return tr("The server address must start with https:// (found \"%1\").").arg(url.scheme());
    if (username.trimmed().isEmpty())
        return tr("The profile needs a user name, for example administrator@vsphere.local.");
    if (!pinnedThumbprint.isEmpty() && normaliseThumbprint(pinnedThumbprint).isEmpty())
        return tr("The pinned thumbprint \"%1\" is neither a SHA-1 nor a SHA-256 fingerprint.")
            .arg(pinnedThumbprint);
    return {};
}

QString ServerProfile::normaliseThumbprint(const QString &text)
{
    QString hex;
    hex.reserve(text.size());
    for (const QChar c : text) {
        if (c == QLatin1Char(':') || c == QLatin1Char(' ') || c == QLatin1Char('-'))
            continue;
        if (!c.isDigit() && !(c.toLower() >= QLatin1Char('a') && c.toLower() <= QLatin1Char('f')))
            return {};
        hex.append(c.toLower());
    }
    if (hex.size() != 40 && hex.size() != 64)
        return {};
    return hex;
}

QString ServerProfile::formatThumbprint(const QString &hex)
{
    QString out;
    for (int i = 0; i < hex.size(); i += 2) {
        if (i)
            out.append(QLatin1Char(':'));
        out.append(hex.mid(i, 2).toUpper());
    }
    return out;
}

} // namespace clu
