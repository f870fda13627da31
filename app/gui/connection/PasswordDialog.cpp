#include "connection/PasswordDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace clu::gui {

PasswordDialog::PasswordDialog(const QString &user, const QString &host, const QString &note,
                               bool keychainUsable, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("passwordDialog"));
    setWindowTitle(tr("Password"));
    auto *layout = new QVBoxLayout(this);
    if (!note.isEmpty()) {
        auto *why = new QLabel(note, this);
        why->setObjectName(QStringLiteral("passwordNote"));
        why->setWordWrap(true);
        layout->addWidget(why);
    }
    auto *form = new QFormLayout;
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));
    form->addRow(tr("&Password for %1 on %2:").arg(user, host), m_password);
    layout->addLayout(form);

    m_remember = new QCheckBox(tr("&Remember password in the system keychain"), this);
    m_remember->setObjectName(QStringLiteral("rememberPasswordCheck"));
    m_remember->setEnabled(keychainUsable);
    m_remember->setChecked(keychainUsable);
    m_remember->setToolTip(keychainUsable
                               ? tr("Saved once the server has accepted it; never in the settings")
                               : tr("No system keychain is available: the password is kept in "
                                    "memory until the program ends"));
    layout->addWidget(m_remember);

    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    box->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    box->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("passwordConnectButton"));
    connect(box, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(box);
}

QString PasswordDialog::password() const
{
    return m_password->text();
}

bool PasswordDialog::remember() const
{
    return m_remember->isEnabled() && m_remember->isChecked();
}

} // namespace clu::gui
