// Round-trips passwords through the real Secret Service (gnome-keyring under dbus-run-session,
// as scripts/test.sh starts it). Without a session bus the test skips, unless
// CLU_REQUIRE_KEYCHAIN=1 (set by the test script and CI) turns that into a failure.
#include "CredentialWait.h"
#include "credentials/CredentialStore.h"

#include <QUuid>
#include <QtTest>

#include <optional>

using clu::CredentialResult;
using clu::CredentialStore;

class TestCredentialStore : public QObject
{
    Q_OBJECT
private:
    CredentialStore m_store { QStringLiteral("cl-uploader-test") };
    const QString m_key = QStringLiteral("tester-%1@keychain.test")
                              .arg(QUuid::createUuid().toString(QUuid::WithoutBraces));

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
            if (qEnvironmentVariableIntValue("CLU_REQUIRE_KEYCHAIN"))
                QFAIL("CLU_REQUIRE_KEYCHAIN is set but there is no D-Bus session bus");
            QSKIP("No D-Bus session bus: run through scripts/test.sh for a real Secret Service");
        }
    }

    void writeReadOverwriteDelete()
    {
        const QString secret = QStringLiteral("VMware1! ünïcödé \"quoted\"");
        CredentialResult w = clu::test::waitForCredential([&](auto cb) { m_store.writePassword(m_key, secret, this, cb); });
        QVERIFY2(w.status == CredentialResult::Status::Ok, qPrintable(w.message));

        CredentialResult r = clu::test::waitForCredential([&](auto cb) { m_store.readPassword(m_key, this, cb); });
        QVERIFY2(r.status == CredentialResult::Status::Ok, qPrintable(r.message));
        QCOMPARE(r.password, secret);
        QVERIFY(!r.fromMemory); // it came from the keychain, not the fallback

        w = clu::test::waitForCredential([&](auto cb) { m_store.writePassword(m_key, QStringLiteral("second"), this, cb); });
        QVERIFY(w.ok());
        r = clu::test::waitForCredential([&](auto cb) { m_store.readPassword(m_key, this, cb); });
        QCOMPARE(r.password, QStringLiteral("second"));

        // A fresh store (a new program run) still finds it: it really is in the keychain.
        CredentialStore other(QStringLiteral("cl-uploader-test"));
        r = clu::test::waitForCredential([&](auto cb) { other.readPassword(m_key, this, cb); });
        QCOMPARE(r.password, QStringLiteral("second"));

        CredentialResult d = clu::test::waitForCredential([&](auto cb) { m_store.removePassword(m_key, this, cb); });
        QVERIFY2(d.ok(), qPrintable(d.message));
        r = clu::test::waitForCredential([&](auto cb) { m_store.readPassword(m_key, this, cb); });
        QCOMPARE(r.status, CredentialResult::Status::NotFound);
        QVERIFY(r.message.contains(m_key));
        QVERIFY(m_store.keychainUsable());
    }

    void removingAMissingEntryIsNotAnError()
    {
        CredentialResult d = clu::test::waitForCredential([&](auto cb) {
            m_store.removePassword(QStringLiteral("never-stored@nowhere"), this, cb);
        });
        QVERIFY2(d.ok(), qPrintable(d.message));
    }

    void keyIsUserAtLowercaseHost()
    {
        QCOMPARE(CredentialStore::keyFor(QStringLiteral("Admin@vsphere.local"),
                                         QStringLiteral("VC.Example.COM")),
                 QStringLiteral("Admin@vsphere.local@vc.example.com"));
    }
};

QTEST_GUILESS_MAIN(TestCredentialStore)
#include "TestCredentialStore.moc"
