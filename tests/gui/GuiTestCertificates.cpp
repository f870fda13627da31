#include "GuiTestCertificates.h"

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace clu::test {

namespace {
QByteArray bioToBytes(BIO *bio)
{
    char *data = nullptr;
    const long n = BIO_get_mem_data(bio, &data);
    return QByteArray(data, int(n));
}

void addName(X509_NAME *name, const char *field, const QString &value)
{
    if (value.isEmpty())
        return;
    const QByteArray v = value.toUtf8();
    X509_NAME_add_entry_by_txt(name, field, MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char *>(v.constData()), -1, -1, 0);
}
} // namespace

GeneratedCertificate generateCertificate(const CertificateSpec &spec,
                                         const GeneratedCertificate *issuer)
{
    GeneratedCertificate out;
    EVP_PKEY *key = EVP_RSA_gen(static_cast<unsigned int>(spec.rsaBits));
    if (!key)
        return out;
    X509 *x = X509_new();
    X509_set_version(x, 2);
    static long serial = 1000;
    ASN1_INTEGER_set(X509_get_serialNumber(x), ++serial);
    X509_gmtime_adj(X509_getm_notBefore(x), long(spec.notBeforeDays) * 86400);
    X509_gmtime_adj(X509_getm_notAfter(x), long(spec.notAfterDays) * 86400);
    X509_set_pubkey(x, key);
    X509_NAME *name = X509_get_subject_name(x);
    addName(name, "C", spec.country);
    addName(name, "O", spec.organization);
    addName(name, "CN", spec.commonName);

    EVP_PKEY *signKey = key;
    X509 *issuerX = nullptr;
    if (issuer) {
        const QByteArray certPem = issuer->certificate.toPem();
        BIO *cb = BIO_new_mem_buf(certPem.constData(), int(certPem.size()));
        issuerX = PEM_read_bio_X509(cb, nullptr, nullptr, nullptr);
        BIO_free(cb);
        BIO *kb = BIO_new_mem_buf(issuer->keyPem.constData(), int(issuer->keyPem.size()));
        signKey = PEM_read_bio_PrivateKey(kb, nullptr, nullptr, nullptr);
        BIO_free(kb);
        X509_set_issuer_name(x, X509_get_subject_name(issuerX));
    } else {
        X509_set_issuer_name(x, name);
    }
    if (spec.isCa) {
        X509V3_CTX ctx;
        X509V3_set_ctx(&ctx, issuerX ? issuerX : x, x, nullptr, nullptr, 0);
        X509_EXTENSION *ext =
            X509V3_EXT_conf_nid(nullptr, &ctx, NID_basic_constraints, "critical,CA:TRUE");
        X509_add_ext(x, ext, -1);
        X509_EXTENSION_free(ext);
    }
    X509_sign(x, signKey, EVP_sha256());

    BIO *pem = BIO_new(BIO_s_mem());
    PEM_write_bio_X509(pem, x);
    out.certificate = QSslCertificate(bioToBytes(pem), QSsl::Pem);
    BIO_free(pem);
    BIO *kpem = BIO_new(BIO_s_mem());
    PEM_write_bio_PrivateKey(kpem, key, nullptr, nullptr, 0, nullptr, nullptr);
    out.keyPem = bioToBytes(kpem);
    BIO_free(kpem);

    if (issuer) {
        EVP_PKEY_free(signKey);
        X509_free(issuerX);
    }
    X509_free(x);
    EVP_PKEY_free(key);
    return out;
}

} // namespace clu::test
