#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace clu {

// A saved connection: everything but the password, which only the keychain holds.
struct ServerProfile
{
    Q_DECLARE_TR_FUNCTIONS(ServerProfile)
public:
    QString name;
    QUrl url; // https://vcenter.example.com (path and query are ignored)
    QString username;
    QString
        pinnedThumbprint; // normalised hex: 64 digits = SHA-256, 40 digits = SHA-1; empty = none
    // A lab's plain http:// server: the password and the token then cross the network readable,
    // so it is an explicit per-profile choice (the CLI's CLU_ALLOW_HTTP=1), off by default.
    bool allowPlainHttp = false;

    // Host part used for the keychain key and for pinning.
    QString host() const { return url.host().toLower(); }
    QString keychainKey() const;

    // Empty when the profile can be saved and used; otherwise a translated reason.
    QString validate() const;

    // Accepts "AB:CD:..", "ab cd ..", "abcd.." (SHA-1 or SHA-256); returns lowercase hex without
    // separators, or an empty string when the text is not a thumbprint of either length.
    static QString normaliseThumbprint(const QString &text);
    // Lowercase hex to the colon-separated uppercase form admins compare with vCenter's UI.
    static QString formatThumbprint(const QString &hex);

    bool operator==(const ServerProfile &o) const
    {
        return name == o.name && url == o.url && username == o.username
            && pinnedThumbprint == o.pinnedThumbprint && allowPlainHttp == o.allowPlainHttp;
    }
};

} // namespace clu
