#include "SigningFixtures.h"
#include "ovf/TrustStore.h"

#include <QtTest>

using namespace clu::sim::ovf;

class TestTrustStore : public QObject
{
    Q_OBJECT
private slots:
    void addListGetRemove()
    {
        TrustStore store;
        QVERIFY(store.isEmpty());
        const TrustStore::AddResult a = store.add(signing_test::selfSigned().certificatePem);
        QVERIFY2(a.ok(), qPrintable(a.error));
        QVERIFY(!a.id.isEmpty());
        // PEM with CRLF and surrounding blank lines is the same certificate.
        QByteArray crlf = "\r\n" + signing_test::otherSelfSigned().certificatePem + "\r\n";
        crlf.replace("\n", "\r\n");
        const TrustStore::AddResult b = store.add(crlf);
        QVERIFY2(b.ok(), qPrintable(b.error));
        QVERIFY(a.id != b.id);

        QCOMPARE(store.size(), 2);
        QCOMPARE(store.list().at(0).id, a.id);
        QCOMPARE(store.list().at(1).id, b.id);
        QCOMPARE(store.get(a.id)->pem, signing_test::selfSigned().certificatePem);
        QCOMPARE(store.get(b.id)->pem, signing_test::otherSelfSigned().certificatePem);
        QCOMPARE(store.pems(),
                 QList<QByteArray>({ signing_test::selfSigned().certificatePem,
                                     signing_test::otherSelfSigned().certificatePem }));
        QVERIFY(!store.get(QStringLiteral("nope")));

        QVERIFY(store.remove(a.id));
        QVERIFY(!store.remove(a.id));
        QCOMPARE(store.size(), 1);
        QVERIFY(!store.get(a.id));
        store.clear();
        QVERIFY(store.isEmpty());
    }

    void duplicateReportsExistingId()
    {
        TrustStore store;
        const auto a = store.add(signing_test::selfSigned().certificatePem);
        QVERIFY(a.ok());
        const auto again = store.add(signing_test::selfSigned().certificatePem);
        QVERIFY(!again.ok());
        QVERIFY(again.duplicate);
        QCOMPARE(again.id, a.id);
        QVERIFY2(again.error.contains(a.id), qPrintable(again.error));
        QCOMPARE(store.size(), 1);
    }

    void invalidCertTextIsRefused_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("reasonContains");
        const QByteArray pem = signing_test::selfSigned().certificatePem;
        QTest::newRow("empty") << QByteArray("  \n") << "empty";
        QTest::newRow("no pem") << QByteArray("hello") << "no PEM block";
        QTest::newRow("private key")
            << signing_test::selfSigned().privateKeyPem << "\"PRIVATE KEY\" PEM block (line 1)";
        QTest::newRow("cert plus key")
            << QByteArray(pem + signing_test::selfSigned().privateKeyPem) << "only a certificate";
        QTest::newRow("two certs")
            << QByteArray(pem + signing_test::otherSelfSigned().certificatePem) << "2 certificates";
        QByteArray broken = pem;
        broken.replace(30, 20, QByteArray(20, '!'));
        QTest::newRow("broken base64") << broken << "does not decode";
        QTest::newRow("truncated") << pem.left(pem.size() / 2) << "no END line";
    }

    void invalidCertTextIsRefused()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, reasonContains);
        TrustStore store;
        const auto r = store.add(text);
        QVERIFY(!r.ok());
        QVERIFY(!r.duplicate);
        QVERIFY(r.id.isEmpty());
        QVERIFY2(r.error.contains(reasonContains), qPrintable(r.error));
        QVERIFY2(!r.error.contains(QLatin1String("MII")), "the error must not echo key material");
        QVERIFY(store.isEmpty());
    }

    void jsonRoundTrip()
    {
        TrustStore store;
        const auto a = store.add(signing_test::selfSigned().certificatePem);
        const auto b = store.add(signing_test::otherSelfSigned().certificatePem);
        const QJsonArray json = store.toJson();
        QCOMPARE(json.size(), 2);
        QCOMPARE(json.at(0).toObject().value("id").toString(), a.id);
        QCOMPARE(json.at(1).toObject().value("cert_text").toString().toLatin1(),
                 signing_test::otherSelfSigned().certificatePem);
        QString error;
        const auto back = TrustStore::fromJson(json, &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->size(), 2);
        QCOMPARE(back->get(b.id)->pem, signing_test::otherSelfSigned().certificatePem);
        QCOMPARE(back->list().at(0).id, a.id);
    }

    void fromJsonRefusesBadEntries_data()
    {
        QTest::addColumn<QJsonArray>("json");
        QTest::addColumn<QString>("reasonContains");
        const QString pem = QString::fromLatin1(signing_test::selfSigned().certificatePem);
        QTest::newRow("not an object") << QJsonArray { 5 } << "entry 0 needs";
        QTest::newRow("no id") << QJsonArray { QJsonObject { { "cert_text", pem } } }
                               << "entry 0 needs";
        QTest::newRow("bad pem") << QJsonArray {
            QJsonObject { { "id", "x" }, { "cert_text", pem } },
            QJsonObject { { "id", "y" }, { "cert_text", "junk" } }
        } << "entry 1 (id y)";
        QTest::newRow("repeated id")
            << QJsonArray { QJsonObject { { "id", "x" }, { "cert_text", pem } },
                            QJsonObject { { "id", "x" }, { "cert_text", pem } } }
            << "repeats the id x";
    }

    void fromJsonRefusesBadEntries()
    {
        QFETCH(QJsonArray, json);
        QFETCH(QString, reasonContains);
        QString error;
        QVERIFY(!TrustStore::fromJson(json, &error));
        QVERIFY2(error.contains(reasonContains), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestTrustStore)
#include "TestTrustStore.moc"
