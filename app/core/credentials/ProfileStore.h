#pragma once

#include "ServerProfile.h"

#include <QList>
#include <QSettings>
#include <QString>

#include <memory>

namespace clu {

// Server profiles in QSettings (group "profiles/<name>"). Never holds a password.
class ProfileStore
{
    Q_DECLARE_TR_FUNCTIONS(ProfileStore)
public:
    // Default: the application's QSettings. Tests pass an INI file of their own.
    ProfileStore();
    explicit ProfileStore(const QString &iniFile);

    QList<ServerProfile> profiles() const;
    bool contains(const QString &name) const;
    ServerProfile profile(const QString &name) const;

    // Returns an empty string on success, otherwise why nothing was saved.
    QString save(const ServerProfile &profile);
    void remove(const QString &name);

    QString lastUsed() const;
    void setLastUsed(const QString &name);

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace clu
