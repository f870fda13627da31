#pragma once

#include "credentials/ServerProfile.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace clu {
class CredentialStore;
class ProfileStore;
} // namespace clu

namespace clu::gui {

// Create, edit and delete server profiles. Everything but the password goes to the
// ProfileStore (QSettings); the password goes to the OS keychain when "remember" is ticked,
// otherwise it is kept in memory for this run only (passwordsForSession()).
class ProfilesDialog : public QDialog
{
    Q_OBJECT
public:
    ProfilesDialog(ProfileStore *profiles, CredentialStore *credentials, QWidget *parent = nullptr);

    void selectProfile(const QString &name);
    QString currentProfileName() const;
    // Passwords typed here without "remember" (profile name → password), for this run.
    QHash<QString, QString> passwordsForSession() const { return m_sessionPasswords; }
    // The last keychain/validation message shown (tests read it).
    QString statusText() const;

    // Saves the form (also bound to the Save button). Returns false and shows why when the
    // profile is invalid. The keychain write finishes asynchronously; savedToKeychain() follows.
    bool saveCurrent();

signals:
    void profilesChanged();
    void keychainResult(bool ok, const QString &message);

private:
    void reloadList();
    void loadProfile(const QString &name);
    void newProfile();
    void deleteCurrent();
    void setStatus(const QString &text, bool problem);
    ServerProfile formProfile() const;

    ProfileStore *m_profiles;
    CredentialStore *m_credentials;
    QHash<QString, QString> m_sessionPasswords;
    QString m_loadedName;

    QListWidget *m_list = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_url = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_thumbprint = nullptr;
    QCheckBox *m_allowHttp = nullptr;
    QLineEdit *m_password = nullptr;
    QCheckBox *m_remember = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_delete = nullptr;
};

} // namespace clu::gui
