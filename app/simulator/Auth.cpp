#include "Auth.h"

#include <QUuid>

namespace clu::sim {

Auth::Auth(QList<QPair<QString, QString>> users, int idleTimeoutSeconds)
    : m_users(std::move(users))
    , m_idleSeconds(idleTimeoutSeconds)
{ }

QString Auth::login(const QString &authorizationHeader, QString *user)
{
    if (!authorizationHeader.startsWith(QLatin1String("Basic "), Qt::CaseInsensitive))
        return {};
    const QString decoded =
        QString::fromUtf8(QByteArray::fromBase64(authorizationHeader.mid(6).trimmed().toLatin1()));
    const int colon = decoded.indexOf(QLatin1Char(':'));
    if (colon < 0)
        return {};
    const QString name = decoded.left(colon);
    const QString password = decoded.mid(colon + 1);
    for (const auto &u : m_users) {
        // vCenter user names are case-insensitive (SSO); passwords are not.
        if (u.first.compare(name, Qt::CaseInsensitive) == 0 && u.second == password) {
            const QString token = QUuid::createUuid().toString(QUuid::Id128);
            const QDateTime now = QDateTime::currentDateTimeUtc();
            std::lock_guard lock(m_mutex);
            m_logins.insert(token, { u.first, now, now });
            *user = u.first;
            return token;
        }
    }
    return {};
}

bool Auth::aliveLocked(QHash<QString, Login>::iterator it)
{
    if (it == m_logins.end())
        return false;
    if (it->lastAccessed.secsTo(QDateTime::currentDateTimeUtc()) >= m_idleSeconds) {
        m_logins.erase(it);
        return false;
    }
    return true;
}

QString Auth::touch(const QString &token)
{
    std::lock_guard lock(m_mutex);
    auto it = m_logins.find(token);
    if (token.isEmpty() || !aliveLocked(it))
        return {};
    it->lastAccessed = QDateTime::currentDateTimeUtc();
    return it->user;
}

bool Auth::info(const QString &token, QString *user, QDateTime *created, QDateTime *lastAccessed)
{
    std::lock_guard lock(m_mutex);
    auto it = m_logins.find(token);
    if (!aliveLocked(it))
        return false;
    *user = it->user;
    *created = it->created;
    *lastAccessed = it->lastAccessed;
    return true;
}

void Auth::logout(const QString &token)
{
    std::lock_guard lock(m_mutex);
    m_logins.remove(token);
}

void Auth::expireAll()
{
    std::lock_guard lock(m_mutex);
    m_logins.clear();
}

int Auth::liveSessions()
{
    std::lock_guard lock(m_mutex);
    int n = 0;
    for (auto it = m_logins.begin(); it != m_logins.end(); ++it)
        if (it->lastAccessed.secsTo(QDateTime::currentDateTimeUtc()) < m_idleSeconds)
            ++n;
    return n;
}

} // namespace clu::sim
