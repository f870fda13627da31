#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace clu::gui {

// Asks for a profile's password when the keychain has none (or cannot be reached), with the
// choice to remember it there. The password is stored only after the server accepted it, so a
// mistyped one never ends up in the keychain (MainWindow does that on connect).
class PasswordDialog : public QDialog
{
    Q_OBJECT
public:
    // `note`: why we ask (e.g. the keychain's error), shown above the field; may be empty.
    // `keychainUsable` false disables "remember" and says the password stays in memory.
    PasswordDialog(const QString &user, const QString &host, const QString &note,
                   bool keychainUsable, QWidget *parent = nullptr);

    QString password() const;
    bool remember() const;

private:
    QLineEdit *m_password = nullptr;
    QCheckBox *m_remember = nullptr;
};

} // namespace clu::gui
