#include "connection/ProfilesDialog.h"
#include "credentials/CredentialStore.h"
#include "credentials/ProfileStore.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace clu;
using clu::gui::ProfilesDialog;

class TestProfilesDialog : public QObject
{
    Q_OBJECT

    static QLineEdit *edit(QWidget &d, const char *name)
    {
        return d.findChild<QLineEdit *>(QString::fromLatin1(name));
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_ini = m_dir.filePath(QStringLiteral("profiles-%1.ini").arg(++m_n));
    }

    void savesAProfileWithoutThePassword()
    {
        ProfileStore store(m_ini);
        // A service name of our own keeps the test away from real entries.
        CredentialStore creds(QStringLiteral("cl-uploader-test-gui"));
        ProfilesDialog d(&store, &creds);
        QSignalSpy changed(&d, &ProfilesDialog::profilesChanged);
        edit(d, "nameEdit")->setText(QStringLiteral("lab"));
        edit(d, "urlEdit")->setText(QStringLiteral("https://vc.lab.example"));
        edit(d, "userEdit")->setText(QStringLiteral("administrator@vsphere.local"));
        edit(d, "thumbprintEdit")
            ->setText(
                QStringLiteral("ab:cd:ef:01:23:45:67:89:ab:cd:ef:01:23:45:67:89:ab:cd:ef:01"));
        edit(d, "passwordEdit")->setText(QStringLiteral("Secret!1"));
        d.findChild<QCheckBox *>(QStringLiteral("rememberCheck"))->setChecked(false);
        QVERIFY(d.saveCurrent());
        QCOMPARE(changed.count(), 1);

        const ServerProfile p = store.profile(QStringLiteral("lab"));
        QCOMPARE(p.url, QUrl(QStringLiteral("https://vc.lab.example")));
        QCOMPARE(p.username, QStringLiteral("administrator@vsphere.local"));
        QCOMPARE(p.pinnedThumbprint, QStringLiteral("abcdef0123456789abcdef0123456789abcdef01"));
        // Not remembered: in memory for this run only, and never in the settings file.
        QCOMPARE(d.passwordsForSession().value(QStringLiteral("lab")), QStringLiteral("Secret!1"));
        QFile ini(m_ini);
        QVERIFY(ini.open(QIODevice::ReadOnly));
        QVERIFY(!ini.readAll().contains("Secret!1"));
        QCOMPARE(d.findChild<QListWidget *>(QStringLiteral("profileList"))->count(), 1);
    }

    void refusesInvalidInputWithAReason()
    {
        ProfileStore store(m_ini);
        CredentialStore creds(QStringLiteral("cl-uploader-test-gui"));
        ProfilesDialog d(&store, &creds);
        edit(d, "nameEdit")->setText(QStringLiteral("bad"));
        edit(d, "urlEdit")->setText(QStringLiteral("ftp://vc.example"));
        edit(d, "userEdit")->setText(QStringLiteral("root"));
        QVERIFY(!d.saveCurrent());
        QVERIFY2(d.statusText().contains(QStringLiteral("https://")), qPrintable(d.statusText()));
        QVERIFY(store.profiles().isEmpty());

        edit(d, "urlEdit")->setText(QStringLiteral("https://vc.example"));
        edit(d, "thumbprintEdit")->setText(QStringLiteral("12:34"));
        QVERIFY(!d.saveCurrent());
        QVERIFY2(d.statusText().contains(QStringLiteral("12:34")), qPrintable(d.statusText()));
        QVERIFY(store.profiles().isEmpty());
    }

    void rememberedPasswordGoesToTheKeychainOrSaysWhyNot()
    {
        ProfileStore store(m_ini);
        CredentialStore creds(QStringLiteral("cl-uploader-test-gui"));
        ProfilesDialog d(&store, &creds);
        QSignalSpy result(&d, &ProfilesDialog::keychainResult);
        edit(d, "nameEdit")->setText(QStringLiteral("kc"));
        edit(d, "urlEdit")->setText(QStringLiteral("https://vc.kc.example"));
        edit(d, "userEdit")->setText(QStringLiteral("admin"));
        edit(d, "passwordEdit")->setText(QStringLiteral("pw-kc"));
        d.findChild<QCheckBox *>(QStringLiteral("rememberCheck"))->setChecked(true);
        QVERIFY(d.saveCurrent());
        QVERIFY(result.wait(20000));
        const bool ok = result.at(0).at(0).toBool();
        if (ok) {
            QVERIFY(!d.passwordsForSession().contains(QStringLiteral("kc")));
            // Clean up the real keychain entry.
            QSignalSpy done(&d, &QObject::destroyed);
            bool removed = false;
            creds.removePassword(store.profile("kc").keychainKey(), this,
                                 [&](const CredentialResult &) { removed = true; });
            QTRY_VERIFY_WITH_TIMEOUT(removed, 20000);
        } else {
            // No keychain here: the dialog says so and keeps the password in memory only.
            QVERIFY(!d.statusText().isEmpty());
            QCOMPARE(d.passwordsForSession().value(QStringLiteral("kc")), QStringLiteral("pw-kc"));
        }
    }

private:
    QTemporaryDir m_dir;
    QString m_ini;
    int m_n = 0;
};

QTEST_MAIN(TestProfilesDialog)
#include "TestProfilesDialog.moc"
