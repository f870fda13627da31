#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>

#include <mutex>

namespace clu::sim {

// Accounts and API login tokens (§3). Tokens expire after an idle period; every authenticated
// JSON call refreshes them, uploads do not (govmomi #1832).
class Auth
{
public:
    Auth(QList<QPair<QString, QString>> users, int idleTimeoutSeconds);

    // Checks an "Authorization: Basic ..." header; returns the new token or empty.
    QString login(const QString &authorizationHeader, QString *user);
    // Returns the user of a live token (and refreshes it), or empty.
    QString touch(const QString &token);
    // Session info for GET /api/session; false when the token is unknown.
    bool info(const QString &token, QString *user, QDateTime *created, QDateTime *lastAccessed);
    void logout(const QString &token);
    void expireAll();
    int liveSessions();

private:
    struct Login
    {
        QString user;
        QDateTime created, lastAccessed;
    };
    bool aliveLocked(QHash<QString, Login>::iterator it);

    std::mutex m_mutex;
    QList<QPair<QString, QString>> m_users;
    int m_idleSeconds;
    QHash<QString, Login> m_logins;
};

} // namespace clu::sim
