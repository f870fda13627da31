// The connect flow's password handling against a real Secret Service (gnome-keyring, provided
// by scripts/test.sh) and the real cl-simulator: no saved password → asked with "remember";
// a refused password is asked for again, never replayed and never stored; an accepted one goes
// to the keychain, and the next window connects from there without asking.
#include "CredentialWait.h"
#include "GuiTestHelpers.h"
#include "MainWindow.h"
#include "SimulatorProcess.h"
#include "connection/PasswordDialog.h"
#include "credentials/CredentialStore.h"
#include "credentials/ProfileStore.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QUuid>
#include <QtTest>

using namespace clu;
using namespace clu::gui;
using clu::test::SimulatorProcess;

namespace {
const int kLong = 60000;
}

class TestConnectKeychain : public QObject
{
    Q_OBJECT

    // A user of its own, so the keychain entry (user@host) cannot meet another test's.
    const QString m_user = QStringLiteral("kc-%1@vsphere.local")
                               .arg(QUuid::createUuid().toString(QUuid::Id128).left(12));
    const QString m_password = QStringLiteral("Keych41n!");
    std::unique_ptr<SimulatorProcess> m_sim;
    QTemporaryDir m_home;
    ServerProfile m_profile;

    CredentialResult readKeychain()
    {
        CredentialStore store;
        return clu::test::waitForCredential(
            [&](auto done) { store.readPassword(m_profile.keychainKey(), this, done); });
    }

    // Selects the profile and presses Connect; `typed` answers a password dialog if one opens
    // (empty = there must be none). Returns whether the window ended up connected.
    bool connectWith(MainWindow &w, const QString &typed, bool remember, bool *asked)
    {
        auto *combo = w.findChild<QComboBox *>(QStringLiteral("profileCombo"));
        const int i = combo->findData(m_profile.name);
        if (i < 0)
            return false;
        combo->setCurrentIndex(i);
        *asked = false;
        // The watcher lives only as long as this call, so it cannot answer a later test's dialog.
        QObject scope;
        clu::test::whenModalOpens<PasswordDialog>(
            &scope,
            [=](PasswordDialog *d) {
                *asked = true;
                d->findChild<QLineEdit *>(QStringLiteral("passwordEdit"))->setText(typed);
                d->findChild<QCheckBox *>(QStringLiteral("rememberPasswordCheck"))
                    ->setChecked(remember);
                if (typed.isEmpty())
                    d->reject();
                else
                    d->accept();
            },
            5000);
        QSignalSpy connected(&w, &MainWindow::connectedChanged);
        w.connectAction()->trigger();
        if (!connected.wait(kLong))
            return false;
        return connected.at(0).at(0).toBool();
    }

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
            if (qEnvironmentVariableIntValue("CLU_REQUIRE_KEYCHAIN"))
                QFAIL("CLU_REQUIRE_KEYCHAIN is set but there is no D-Bus session bus");
            QSKIP("No D-Bus session bus: run through scripts/test.sh for a real Secret Service");
        }
        QVERIFY(m_home.isValid());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_home.path());
        QCoreApplication::setOrganizationName(QStringLiteral("cl-uploader-test"));
        QCoreApplication::setApplicationName(QStringLiteral("TestConnectKeychain"));
        m_sim = std::make_unique<SimulatorProcess>(
            QStringList { QStringLiteral("--users"), m_user + QLatin1Char(':') + m_password });
        QVERIFY2(m_sim->start(), qPrintable(m_sim->errorString()));

        m_profile.name = QStringLiteral("keychain-lab");
        m_profile.url = m_sim->baseUrl();
        m_profile.username = m_user;
        m_profile.pinnedThumbprint =
            QString::fromLatin1(m_sim->certificate().digest(QCryptographicHash::Sha256).toHex());
        ProfileStore store;
        QCOMPARE(store.save(m_profile), QString());
        QCOMPARE(readKeychain().status, CredentialResult::Status::NotFound);
    }

    void askedPasswordIsRememberedOnlyOnceAccepted()
    {
        MainWindow w;
        w.show();
        bool asked = false;
        // Wrong, with "remember" ticked: refused, and nothing reaches the keychain.
        QVERIFY(!connectWith(w, QStringLiteral("wrong"), true, &asked));
        QVERIFY(asked);
        QTRY_VERIFY_WITH_TIMEOUT(QApplication::activeModalWidget() != nullptr, kLong);
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
            box->accept();
        QCOMPARE(readKeychain().status, CredentialResult::Status::NotFound);

        // The refused password is not replayed: the next Connect asks again.
        QVERIFY(connectWith(w, m_password, true, &asked));
        QVERIFY(asked);
        QTRY_VERIFY_WITH_TIMEOUT(w.lastMessage().contains(QStringLiteral("system keychain")),
                                 kLong);
        const CredentialResult stored = readKeychain();
        QVERIFY2(stored.ok(), qPrintable(stored.message));
        QCOMPARE(stored.password, m_password);
    }

    void nextWindowConnectsFromTheKeychain()
    {
        MainWindow w;
        w.show();
        bool asked = false;
        QVERIFY(connectWith(w, QString(), false, &asked));
        QVERIFY2(!asked, "the password was in the keychain, yet the window asked for it");
    }

    // The password was changed on the server: the saved one is refused once, then the window
    // asks (saying why) and replaces the keychain entry with the password that works.
    void refusedSavedPasswordIsAskedForAndReplaced()
    {
        CredentialStore store;
        const CredentialResult w = clu::test::waitForCredential([&](auto done) {
            store.writePassword(m_profile.keychainKey(), QStringLiteral("old-password"), this,
                                done);
        });
        QVERIFY2(w.ok(), qPrintable(w.message));

        MainWindow window;
        window.show();
        auto *combo = window.findChild<QComboBox *>(QStringLiteral("profileCombo"));
        combo->setCurrentIndex(combo->findData(m_profile.name));
        {
            // No watcher here: the saved password must be tried without asking.
            QSignalSpy failed(&window, &MainWindow::connectedChanged);
            window.connectAction()->trigger();
            QVERIFY(failed.wait(kLong));
            QVERIFY(!failed.at(0).at(0).toBool());
            QVERIFY(!qobject_cast<PasswordDialog *>(QApplication::activeModalWidget()));
        }
        QTRY_VERIFY_WITH_TIMEOUT(
            qobject_cast<QMessageBox *>(QApplication::activeModalWidget()) != nullptr, kLong);
        qobject_cast<QMessageBox *>(QApplication::activeModalWidget())->accept();

        QString note;
        clu::test::whenModalOpens<PasswordDialog>(this, [&](PasswordDialog *d) {
            if (auto *label = d->findChild<QLabel *>(QStringLiteral("passwordNote")))
                note = label->text();
            d->findChild<QLineEdit *>(QStringLiteral("passwordEdit"))->setText(m_password);
            d->accept();
        });
        QSignalSpy connected(&window, &MainWindow::connectedChanged);
        window.connectAction()->trigger();
        QVERIFY(connected.wait(kLong));
        QVERIFY(connected.at(0).at(0).toBool());
        QVERIFY2(note.contains(QStringLiteral("refused")), qPrintable(note));
        QTRY_COMPARE_WITH_TIMEOUT(readKeychain().password, m_password, kLong);
    }

    void cleanupTestCase()
    {
        if (!m_profile.username.isEmpty()) {
            CredentialStore store;
            bool done = false;
            store.removePassword(m_profile.keychainKey(), this,
                                 [&](const CredentialResult &) { done = true; });
            QVERIFY(QTest::qWaitFor([&] { return done; }, kLong));
        }
    }
};

QTEST_MAIN(TestConnectKeychain)
#include "TestConnectKeychain.moc"
