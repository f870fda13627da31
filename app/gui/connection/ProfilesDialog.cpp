#include "connection/ProfilesDialog.h"

#include "credentials/CredentialStore.h"
#include "credentials/ProfileStore.h"
#include "widgets/Icons.h"
#include "widgets/SemanticColors.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace clu::gui {

ProfilesDialog::ProfilesDialog(ProfileStore *profiles, CredentialStore *credentials,
                               QWidget *parent)
    : QDialog(parent)
    , m_profiles(profiles)
    , m_credentials(credentials)
{
    setObjectName(QStringLiteral("profilesDialog"));
    setWindowTitle(tr("Server profiles"));
    auto *outer = new QVBoxLayout(this);
    auto *columns = new QHBoxLayout;
    outer->addLayout(columns);

    auto *left = new QVBoxLayout;
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("profileList"));
    m_list->setAccessibleName(tr("Server profiles"));
    left->addWidget(m_list);
    auto *listButtons = new QHBoxLayout;
    auto *add = new QPushButton(tr("&New"), this);
    add->setObjectName(QStringLiteral("newProfileButton"));
    add->setToolTip(tr("Start a new, empty profile"));
    m_delete = new QPushButton(Icons::icon(QStringLiteral("delete")), tr("De&lete"), this);
    m_delete->setObjectName(QStringLiteral("deleteProfileButton"));
    m_delete->setToolTip(tr("Delete the selected profile and its saved password"));
    listButtons->addWidget(add);
    listButtons->addWidget(m_delete);
    left->addLayout(listButtons);
    columns->addLayout(left, 1);

    auto *form = new QFormLayout;
    auto field = [&](const QString &label, const QString &name, const QString &tip) {
        auto *e = new QLineEdit(this);
        e->setObjectName(name);
        e->setToolTip(tip);
        auto *l = new QLabel(label, this);
        l->setBuddy(e);
        e->setAccessibleName(QString(label).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
        form->addRow(l, e);
        return e;
    };
    m_name = field(tr("&Name:"), QStringLiteral("nameEdit"), tr("A name you recognise"));
    m_url = field(tr("Server &URL:"), QStringLiteral("urlEdit"), tr("https://vcenter.example.com"));
    m_url->setPlaceholderText(QStringLiteral("https://vcenter.example.com"));
    m_user = field(tr("&User name:"), QStringLiteral("userEdit"),
                   tr("For example administrator@vsphere.local"));
    m_thumbprint = field(tr("Pinned &thumbprint:"), QStringLiteral("thumbprintEdit"),
                         tr("SHA-256 or SHA-1 fingerprint of the server certificate; only that "
                            "certificate will be accepted. Leave empty to use the system's "
                            "trust store."));
    // Issue 10 #1: plain http is a per-profile, visible, default-off choice for a lab.
    m_allowHttp = new QCheckBox(tr("Allow plain &http (lab only)"), this);
    m_allowHttp->setObjectName(QStringLiteral("allowHttpCheck"));
    m_allowHttp->setToolTip(tr("Connect to an http:// URL. The password, the session token and "
                               "the uploaded files then cross the network unencrypted."));
    form->addRow(QString(), m_allowHttp);
    m_password = field(tr("&Password:"), QStringLiteral("passwordEdit"),
                       tr("Stored in the system keychain when \"Remember\" is ticked, never in "
                          "the settings file"));
    m_password->setEchoMode(QLineEdit::Password);
    m_remember = new QCheckBox(tr("&Remember password in the system keychain"), this);
    m_remember->setObjectName(QStringLiteral("rememberCheck"));
    m_remember->setChecked(true);
    form->addRow(QString(), m_remember);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("profileStatus"));
    m_status->setWordWrap(true);
    form->addRow(m_status);
    columns->addLayout(form, 2);

    auto *box = new QDialogButtonBox(this);
    m_save = box->addButton(QDialogButtonBox::Save);
    m_save->setObjectName(QStringLiteral("saveProfileButton"));
    box->addButton(QDialogButtonBox::Close);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::accept);
    connect(m_save, &QPushButton::clicked, this, [this] { saveCurrent(); });
    outer->addWidget(box);

    connect(add, &QPushButton::clicked, this, &ProfilesDialog::newProfile);
    connect(m_delete, &QPushButton::clicked, this, &ProfilesDialog::deleteCurrent);
    connect(m_list, &QListWidget::currentTextChanged, this, &ProfilesDialog::loadProfile);

    reloadList();
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    else
        newProfile();
    resize(720, 360);
}

void ProfilesDialog::reloadList()
{
    const QSignalBlocker block(m_list);
    m_list->clear();
    for (const ServerProfile &p : m_profiles->profiles())
        m_list->addItem(p.name);
}

void ProfilesDialog::selectProfile(const QString &name)
{
    const auto found = m_list->findItems(name, Qt::MatchExactly);
    if (!found.isEmpty())
        m_list->setCurrentItem(found.first());
}

QString ProfilesDialog::currentProfileName() const
{
    return m_loadedName;
}

QString ProfilesDialog::statusText() const
{
    return m_status->text();
}

void ProfilesDialog::setStatus(const QString &text, bool problem)
{
    m_status->setText(text);
    QPalette p = m_status->palette();
    p.setColor(QPalette::WindowText,
               problem ? SemanticColors::error(palette()) : palette().color(QPalette::WindowText));
    m_status->setPalette(p);
}

void ProfilesDialog::loadProfile(const QString &name)
{
    if (name.isEmpty())
        return;
    const ServerProfile p = m_profiles->profile(name);
    m_loadedName = p.name;
    m_name->setText(p.name);
    m_url->setText(p.url.toString());
    m_user->setText(p.username);
    m_thumbprint->setText(ServerProfile::formatThumbprint(p.pinnedThumbprint));
    m_allowHttp->setChecked(p.allowPlainHttp);
    m_password->clear();
    m_delete->setEnabled(true);
    setStatus(QString(), false);
    if (m_sessionPasswords.contains(name)) {
        m_password->setText(m_sessionPasswords.value(name));
        m_remember->setChecked(false);
        return;
    }
    if (p.username.isEmpty() || p.host().isEmpty())
        return;
    m_credentials->readPassword(p.keychainKey(), this, [this, name](const CredentialResult &r) {
        if (m_loadedName != name)
            return; // the user moved on to another profile meanwhile
        if (r.ok()) {
            m_password->setText(r.password);
            m_remember->setChecked(true);
        } else if (r.status == CredentialResult::Status::NotFound) {
            m_remember->setChecked(false);
        } else {
            setStatus(r.message, true);
        }
    });
}

void ProfilesDialog::newProfile()
{
    const QSignalBlocker block(m_list);
    m_list->clearSelection();
    m_list->setCurrentItem(nullptr);
    m_loadedName.clear();
    m_name->clear();
    m_url->setText(QStringLiteral("https://"));
    m_user->clear();
    m_thumbprint->clear();
    m_allowHttp->setChecked(false);
    m_password->clear();
    m_remember->setChecked(true);
    m_delete->setEnabled(false);
    setStatus(QString(), false);
    m_name->setFocus();
}

ServerProfile ProfilesDialog::formProfile() const
{
    ServerProfile p;
    p.name = m_name->text().trimmed();
    p.url = QUrl(m_url->text().trimmed());
    p.username = m_user->text().trimmed();
    const QString thumb = m_thumbprint->text().trimmed();
    p.pinnedThumbprint = thumb.isEmpty() ? QString() : ServerProfile::normaliseThumbprint(thumb);
    p.allowPlainHttp = m_allowHttp->isChecked();
    return p;
}

bool ProfilesDialog::saveCurrent()
{
    const ServerProfile p = formProfile();
    const QString thumbText = m_thumbprint->text().trimmed();
    if (!thumbText.isEmpty() && p.pinnedThumbprint.isEmpty()) {
        setStatus(tr("The pinned thumbprint \"%1\" is neither a SHA-1 (40 hex digits) nor a "
                     "SHA-256 (64 hex digits) fingerprint.")
                      .arg(thumbText),
                  true);
        return false;
    }
    if (const QString why = p.validate(); !why.isEmpty()) {
        setStatus(why, true);
        return false;
    }
    if (const QString why = m_profiles->save(p); !why.isEmpty()) {
        setStatus(why, true);
        return false;
    }
    // A rename leaves the old entry behind otherwise.
    if (!m_loadedName.isEmpty() && m_loadedName != p.name)
        m_profiles->remove(m_loadedName);
    m_loadedName = p.name;

    const QString password = m_password->text();
    m_sessionPasswords.remove(p.name);
    if (m_remember->isChecked() && !password.isEmpty()) {
        setStatus(tr("Saving the password in the system keychain…"), false);
        m_credentials->writePassword(
            p.keychainKey(), password, this,
            [this, name = p.name, password](const CredentialResult &r) {
                if (r.status == CredentialResult::Status::Ok) {
                    setStatus(tr("Profile saved; the password is in the system keychain."), false);
                } else {
                    // Keychain unavailable or refused: keep it for this run only, and say so.
                    m_sessionPasswords.insert(name, password);
                    setStatus(r.message.isEmpty()
                                  ? tr("The system keychain is unavailable; the password is kept "
                                       "in memory until the application quits.")
                                  : r.message,
                              true);
                }
                emit keychainResult(r.status == CredentialResult::Status::Ok, m_status->text());
            });
    } else {
        if (!password.isEmpty())
            m_sessionPasswords.insert(p.name, password);
        m_credentials->removePassword(p.keychainKey(), this, [](const CredentialResult &) {});
        setStatus(password.isEmpty()
                      ? tr("Profile saved. You will be asked for the password when connecting.")
                      : tr("Profile saved. The password is kept in memory until the application "
                           "quits."),
                  false);
    }
    reloadList();
    selectProfile(p.name);
    emit profilesChanged();
    return true;
}

void ProfilesDialog::deleteCurrent()
{
    if (m_loadedName.isEmpty())
        return;
    const ServerProfile p = m_profiles->profile(m_loadedName);
    const auto answer =
        QMessageBox::question(this, tr("Delete profile"),
                              tr("Delete the profile \"%1\" and its saved password?").arg(p.name),
                              QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    m_profiles->remove(p.name);
    m_sessionPasswords.remove(p.name);
    if (!p.username.isEmpty() && !p.host().isEmpty())
        m_credentials->removePassword(p.keychainKey(), this, [](const CredentialResult &) {});
    reloadList();
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    else
        newProfile();
    emit profilesChanged();
}

} // namespace clu::gui
