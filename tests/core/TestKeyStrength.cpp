// KeyStrength: which certificate keys this computer's OpenSSL refuses, and how that is said.
// (The end-to-end case, vcsim's 1024-bit certificate through the CLI, is in tests/vcsim.)
#include "net/KeyStrength.h"

#include <QtTest>

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

using namespace clu;

namespace {

QSslCertificate selfSigned(EVP_PKEY *key)
{
    X509 *x = X509_new();
    X509_set_version(x, 2);
    ASN1_INTEGER_set(X509_get_serialNumber(x), 42);
    X509_gmtime_adj(X509_getm_notBefore(x), -3600);
    X509_gmtime_adj(X509_getm_notAfter(x), 86400);
    X509_set_pubkey(x, key);
    X509_NAME *name = X509_get_subject_name(x);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC,
                               reinterpret_cast<const unsigned char *>("weak.example"), -1, -1, 0);
    X509_set_issuer_name(x, name);
    X509_sign(x, key, EVP_sha256());
    BIO *bio = BIO_new(BIO_s_mem());
    PEM_write_bio_X509(bio, x);
    char *data = nullptr;
    const long len = BIO_get_mem_data(bio, &data);
    const QSslCertificate cert(QByteArray(data, int(len)), QSsl::Pem);
    BIO_free(bio);
    X509_free(x);
    EVP_PKEY_free(key);
    return cert;
}

} // namespace

class TestKeyStrength : public QObject
{
    Q_OBJECT
private slots:
    void minimumsFollowOpenSslLevels()
    {
        QCOMPARE(KeyStrength::minimumBits(QSsl::Rsa, 0), 0);
        QCOMPARE(KeyStrength::minimumBits(QSsl::Rsa, 1), 1024);
        QCOMPARE(KeyStrength::minimumBits(QSsl::Rsa, 2), 2048);
        QCOMPARE(KeyStrength::minimumBits(QSsl::Rsa, 3), 3072);
        QCOMPARE(KeyStrength::minimumBits(QSsl::Ec, 2), 224);
        QCOMPARE(KeyStrength::minimumBits(QSsl::Ec, 3), 256);
        QVERIFY(KeyStrength::localSecurityLevel() >= 0);
    }

    void algorithmsAreNamedOnce()
    {
        // The one name the certificate views and the weak-key message both use.
        QCOMPARE(KeyStrength::algorithmName(QSsl::Rsa), QStringLiteral("RSA"));
        QCOMPARE(KeyStrength::algorithmName(QSsl::Dsa), QStringLiteral("DSA"));
        QCOMPARE(KeyStrength::algorithmName(QSsl::Dh), QStringLiteral("DH"));
        QCOMPARE(KeyStrength::algorithmName(QSsl::Ec), QStringLiteral("EC"));
        QCOMPARE(KeyStrength::algorithmName(QSsl::Opaque), QStringLiteral("opaque"));
        const QSslCertificate ec = selfSigned(EVP_EC_gen("P-256"));
        QVERIFY(!ec.isNull());
        QVERIFY(
            KeyStrength::tooSmall({ ec }, QStringLiteral("h"), 5).contains(QLatin1String(" EC ")));
    }

    void rsa1024IsNamedWithSizeAndMinimum()
    {
        const QSslCertificate weak = selfSigned(EVP_RSA_gen(1024));
        QVERIFY(!weak.isNull());
        const QString why = KeyStrength::tooSmall({ weak }, QStringLiteral("vc.example"), 2);
        QVERIFY2(
            why.contains(QLatin1String("the certificate of vc.example has a 1024-bit RSA key")),
            qPrintable(why));
        QVERIFY2(why.contains(QLatin1String("security level 2")), qPrintable(why));
        QVERIFY2(why.contains(QLatin1String("shorter than 2048 bits")), qPrintable(why));
        // Level 1 accepts it, as an administrator's relaxed openssl.cnf would.
        QVERIFY(KeyStrength::tooSmall({ weak }, QStringLiteral("vc.example"), 1).isEmpty());
    }

    void strongKeysPass()
    {
        const QSslCertificate rsa = selfSigned(EVP_RSA_gen(2048));
        const QSslCertificate ec = selfSigned(EVP_EC_gen("P-256"));
        QVERIFY(KeyStrength::tooSmall({ rsa }, QStringLiteral("h"), 2).isEmpty());
        QVERIFY(KeyStrength::tooSmall({ ec }, QStringLiteral("h"), 3).isEmpty());
        // Level 3 wants 3072-bit RSA.
        QVERIFY(
            KeyStrength::tooSmall({ rsa }, QStringLiteral("h"), 3).contains(QLatin1String("3072")));
    }

    void weakCaInChainIsNamed()
    {
        const QSslCertificate leaf = selfSigned(EVP_RSA_gen(2048));
        const QSslCertificate ca = selfSigned(EVP_RSA_gen(1024));
        const QString why = KeyStrength::tooSmall({ leaf, ca }, QStringLiteral("vc.example"), 2);
        QVERIFY2(why.contains(QLatin1String("a CA certificate in the chain of vc.example")),
                 qPrintable(why));
    }
};

QTEST_GUILESS_MAIN(TestKeyStrength)
#include "TestKeyStrength.moc"
