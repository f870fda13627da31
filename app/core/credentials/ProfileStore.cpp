#include "ProfileStore.h"

namespace clu {

namespace {
const QString kGroup = QStringLiteral("profiles");

// Profile names may contain '/' which QSettings treats as a group separator: encode them.
QString groupKey(const QString &name)
{
    return QString::fromLatin1(name.toUtf8().toPercentEncoding());
}
} // namespace

ProfileStore::ProfileStore()
    : m_settings(std::make_unique<QSettings>())
{ }

ProfileStore::ProfileStore(const QString &iniFile)
    : m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{ }

QList<ServerProfile> ProfileStore::profiles() const
{
    QList<ServerProfile> out;
    m_settings->beginGroup(kGroup);
    const QStringList groups = m_settings->childGroups();
    m_settings->endGroup();
    for (const QString &g : groups)
        out.append(profile(QUrl::fromPercentEncoding(g.toLatin1())));
    std::sort(out.begin(), out.end(), [](const ServerProfile &a, const ServerProfile &b) {
        return a.name.localeAwareCompare(b.name) < 0;
    });
    return out;
}

bool ProfileStore::contains(const QString &name) const
{
    m_settings->beginGroup(kGroup);
    const bool has = m_settings->childGroups().contains(groupKey(name));
    m_settings->endGroup();
    return has;
}

ServerProfile ProfileStore::profile(const QString &name) const
{
    ServerProfile p;
    m_settings->beginGroup(kGroup + QLatin1Char('/') + groupKey(name));
    p.name = name;
    p.url = QUrl(m_settings->value(QStringLiteral("url")).toString());
    p.username = m_settings->value(QStringLiteral("username")).toString();
    p.pinnedThumbprint = m_settings->value(QStringLiteral("pinnedThumbprint")).toString();
    p.allowPlainHttp = m_settings->value(QStringLiteral("allowPlainHttp"), false).toBool();
    m_settings->endGroup();
    return p;
}

QString ProfileStore::save(const ServerProfile &profile)
{
    const QString problem = profile.validate();
    if (!problem.isEmpty())
        return problem;
    m_settings->beginGroup(kGroup + QLatin1Char('/') + groupKey(profile.name));
    m_settings->setValue(QStringLiteral("url"), profile.url.toString());
    m_settings->setValue(QStringLiteral("username"), profile.username);
    m_settings->setValue(QStringLiteral("pinnedThumbprint"),
                         ServerProfile::normaliseThumbprint(profile.pinnedThumbprint));
    m_settings->setValue(QStringLiteral("allowPlainHttp"), profile.allowPlainHttp);
    m_settings->endGroup();
    m_settings->sync();
    if (m_settings->status() != QSettings::NoError)
        return tr("The settings file %1 could not be written.").arg(m_settings->fileName());
    return {};
}

void ProfileStore::remove(const QString &name)
{
    m_settings->remove(kGroup + QLatin1Char('/') + groupKey(name));
    if (lastUsed() == name)
        m_settings->remove(QStringLiteral("lastProfile"));
    m_settings->sync();
}

QString ProfileStore::lastUsed() const
{
    return m_settings->value(QStringLiteral("lastProfile")).toString();
}

void ProfileStore::setLastUsed(const QString &name)
{
    m_settings->setValue(QStringLiteral("lastProfile"), name);
    m_settings->sync();
}

} // namespace clu
