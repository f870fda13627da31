#include "credentials/ProfileStore.h"

#include <QTemporaryDir>
#include <QtTest>

using clu::ProfileStore;
using clu::ServerProfile;

class TestProfileStore : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_ini = m_dir.filePath(QStringLiteral("t.ini"));
        QFile::remove(m_ini);
    }

    void saveAndReloadRoundTrips()
    {
        ServerProfile p;
        p.name = QStringLiteral("lab/vc01");
        p.url = QUrl(QStringLiteral("https://vc01.lab.example:443"));
        p.username = QStringLiteral("administrator@vsphere.local");
        p.pinnedThumbprint =
            QStringLiteral("AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01");
        {
            ProfileStore store(m_ini);
            QCOMPARE(store.save(p), QString());
            store.setLastUsed(p.name);
        }
        ProfileStore reopened(m_ini);
        QVERIFY(reopened.contains(p.name));
        const ServerProfile back = reopened.profile(p.name);
        QCOMPARE(back.name, p.name);
        QCOMPARE(back.url, p.url);
        QCOMPARE(back.username, p.username);
        QCOMPARE(back.pinnedThumbprint, QStringLiteral("abcdef0123456789abcdef0123456789abcdef01"));
        QCOMPARE(reopened.lastUsed(), p.name);
        QCOMPARE(reopened.profiles().size(), 1);
        QCOMPARE(back.keychainKey(),
                 QStringLiteral("administrator@vsphere.local@vc01.lab.example"));
    }

    void passwordNeverReachesSettings()
    {
        // The profile type has no password field; make sure nothing password-like is written.
        ServerProfile p {
            QStringLiteral("x"), QUrl(QStringLiteral("https://h")), QStringLiteral("u"), {}
        };
        ProfileStore store(m_ini);
        QCOMPARE(store.save(p), QString());
        QFile f(m_ini);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(!f.readAll().toLower().contains("password"));
    }

    void invalidProfilesAreRefusedWithReason_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("thumb");
        QTest::addColumn<QString>("reasonContains");
        QTest::newRow("no name") << ""
                                 << "https://h"
                                 << "u"
                                 << ""
                                 << "name";
        QTest::newRow("no host") << "n"
                                 << "https://"
                                 << "u"
                                 << ""
                                 << "URL";
        QTest::newRow("ftp") << "n"
                             << "ftp://h"
                             << "u"
                             << ""
                             << "https://";
        QTest::newRow("no user") << "n"
                                 << "https://h"
                                 << " "
                                 << ""
                                 << "user name";
        QTest::newRow("bad thumb") << "n"
                                   << "https://h"
                                   << "u"
                                   << "12:34"
                                   << "SHA-1";
    }
    void invalidProfilesAreRefusedWithReason()
    {
        QFETCH(QString, name);
        QFETCH(QString, url);
        QFETCH(QString, user);
        QFETCH(QString, thumb);
        QFETCH(QString, reasonContains);
        ProfileStore store(m_ini);
        const QString reason = store.save({ name, QUrl(url), user, thumb });
        QVERIFY2(reason.contains(reasonContains), qPrintable(reason));
        QVERIFY(store.profiles().isEmpty());
    }

    void removeForgetsProfileAndLastUsed()
    {
        ProfileStore store(m_ini);
        QCOMPARE(store.save({ QStringLiteral("a"),
                              QUrl(QStringLiteral("https://a")),
                              QStringLiteral("u"),
                              {} }),
                 QString());
        store.setLastUsed(QStringLiteral("a"));
        store.remove(QStringLiteral("a"));
        QVERIFY(!store.contains(QStringLiteral("a")));
        QCOMPARE(store.lastUsed(), QString());
    }

    void thumbprintFormats()
    {
        const QString sha256 =
            QStringLiteral("00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff");
        QCOMPARE(ServerProfile::normaliseThumbprint(ServerProfile::formatThumbprint(sha256)),
                 sha256);
        QCOMPARE(ServerProfile::formatThumbprint(QStringLiteral("0aff")), QStringLiteral("0A:FF"));
        QCOMPARE(ServerProfile::normaliseThumbprint(QStringLiteral("zz")), QString());
    }

private:
    QTemporaryDir m_dir;
    QString m_ini;
};

QTEST_GUILESS_MAIN(TestProfileStore)
#include "TestProfileStore.moc"
