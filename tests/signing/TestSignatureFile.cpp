#include "SigningFixtures.h"
#include "ovf/SignatureFile.h"

#include <QtTest>

using namespace clu::sim::ovf;

class TestSignatureFile : public QObject
{
    Q_OBJECT
private slots:
    void parsesSignatureLineAndChain()
    {
        const QByteArray pem1 = signing_test::selfSigned().certificatePem;
        const QByteArray pem2 = signing_test::otherSelfSigned().certificatePem;
        QByteArray crlf = pem2;
        crlf.replace("\n", "\r\n");
        const QByteArray text = "\nSHA256(my pkg.mf) =  00ff10AB\n" + pem1 + "\n" + crlf;
        QString error;
        const auto sf = SignatureFile::parse(text, &error);
        QVERIFY2(sf, qPrintable(error));
        QCOMPARE(sf->algorithm(), DigestAlgorithm::Sha256);
        QCOMPARE(sf->manifestName(), QStringLiteral("my pkg.mf"));
        QCOMPARE(sf->signature(), QByteArray::fromHex("00ff10ab"));
        QCOMPARE(sf->certificatePems().size(), 2);
        QCOMPARE(sf->certificatePems().at(0), pem1); // file order kept: leaf first
        QCOMPARE(sf->certificatePems().at(1), pem2); // normalised to LF
    }

    void toleratesBom()
    {
        QString error;
        const auto sf = SignatureFile::parse(
            "\xEF\xBB\xBFSHA1(a.mf)= 0102\r\n" + signing_test::selfSigned().certificatePem, &error);
        QVERIFY2(sf, qPrintable(error));
        QCOMPARE(sf->algorithm(), DigestAlgorithm::Sha1);
        QCOMPARE(sf->signature(), QByteArray("\x01\x02"));
    }

    void otherAlgorithms()
    {
        QString error;
        const auto sf = SignatureFile::parse(
            "SHA512(a.mf)= abcd\n" + signing_test::selfSigned().certificatePem, &error);
        QVERIFY2(sf, qPrintable(error));
        QCOMPARE(sf->algorithm(), DigestAlgorithm::Sha512);
    }

    void refusesWithReason_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("reasonContains");
        const QByteArray pem = signing_test::selfSigned().certificatePem;
        QTest::newRow("empty") << QByteArray("\n \n") << "is empty";
        QTest::newRow("certificate first")
            << QByteArray(pem + "SHA256(a.mf)= 00\n") << "starts with a certificate on line 1";
        QTest::newRow("garbage line")
            << QByteArray("signature: 00\n" + pem) << "line 1 is not of the form";
        QTest::newRow("md5") << QByteArray("MD5(a.mf)= 00\n" + pem) << "\"MD5\"";
        QTest::newRow("odd hex") << QByteArray("SHA256(a.mf)= abc\n" + pem) << "even number of hex";
        QTest::newRow("not hex") << QByteArray("SHA256(a.mf)= zz\n" + pem) << "even number of hex";
        QTest::newRow("no manifest name")
            << QByteArray("SHA256()= 00\n" + pem) << "names no manifest";
        QTest::newRow("no certificate") << QByteArray("SHA256(a.mf)= 00\n") << "no certificate";
        QTest::newRow("private key")
            << QByteArray("SHA256(a.mf)= 00\n" + pem + signing_test::selfSigned().privateKeyPem)
            << "\"PRIVATE KEY\" PEM block";
        QByteArray broken = pem;
        broken[40] = '*';
        broken[41] = '*';
        QTest::newRow("damaged base64")
            << QByteArray("SHA256(a.mf)= 00\n" + broken) << "line 2 of the signature file";
        QTest::newRow("unterminated")
            << QByteArray("SHA256(a.mf)= 00\n" + pem.left(pem.indexOf("-----END")))
            << "has no END line";
    }

    void refusesWithReason()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, reasonContains);
        QString error;
        QVERIFY(!SignatureFile::parse(text, &error));
        QVERIFY2(error.contains(reasonContains), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestSignatureFile)
#include "TestSignatureFile.moc"
