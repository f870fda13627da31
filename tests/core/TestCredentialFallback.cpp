// With no reachable keychain the store must say so clearly and keep the password in memory
// only. The D-Bus address is pointed at a socket that does not exist before anything starts.
#include "CredentialWait.h"
#include "credentials/CredentialStore.h"

#include <QtTest>

#include <optional>

using clu::CredentialResult;
using clu::CredentialStore;

class TestCredentialFallback : public QObject
{
    Q_OBJECT
private slots:
    void unreachableKeychainFallsBackToMemory()
    {
        CredentialStore store(QStringLiteral("cl-uploader-test"));
        const QString key = QStringLiteral("fallback@host.test");
        CredentialResult w =
            clu::test::waitForCredential([&](auto cb) { store.writePassword(key, QStringLiteral("s3cret"), this, cb); });
        QCOMPARE(w.status, CredentialResult::Status::MemoryOnly);
        QVERIFY2(w.message.contains(QStringLiteral("keychain is unavailable")),
                 qPrintable(w.message));
        QVERIFY(w.message.contains(key));
        QVERIFY(!w.message.contains(QStringLiteral("s3cret")));
        QVERIFY(!store.keychainUsable());

        CredentialResult r = clu::test::waitForCredential([&](auto cb) { store.readPassword(key, this, cb); });
        QVERIFY(r.ok());
        QVERIFY(r.fromMemory);
        QCOMPARE(r.password, QStringLiteral("s3cret"));

        CredentialResult d = clu::test::waitForCredential([&](auto cb) { store.removePassword(key, this, cb); });
        QVERIFY2(d.ok(), qPrintable(d.message));
        r = clu::test::waitForCredential([&](auto cb) { store.readPassword(key, this, cb); });
        QVERIFY(!r.ok());
        QVERIFY(!r.message.isEmpty());
    }
};

int main(int argc, char *argv[])
{
    // Must happen before libsecret/QtDBus open their connection.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/cl-uploader-test-bus");
    qunsetenv("DISPLAY");
    QCoreApplication app(argc, argv);
    TestCredentialFallback tc;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&tc, argc, argv);
}
#include "TestCredentialFallback.moc"
