#include "CertificateFactory.h"

#include "OpenSslUtil.h"

#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509v3.h>

namespace clu::sim::ovf {

namespace {
ssl::PkeyPtr readPrivateKey(const QByteArray &pem)
{
    ssl::BioPtr bio(BIO_new_mem_buf(pem.constData(), static_cast<int>(pem.size())));
    return ssl::PkeyPtr(PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr));
}

QByteArray privateKeyPem(EVP_PKEY *key)
{
    ssl::BioPtr bio(BIO_new(BIO_s_mem()));
    if (PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return {};
    char *data = nullptr;
    const long len = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, static_cast<int>(len));
}

bool addName(X509_NAME *name, const char *field, const QString &value)
{
    if (value.isEmpty())
        return true;
    const QByteArray utf8 = value.toUtf8();
    return X509_NAME_add_entry_by_txt(name, field, MBSTRING_UTF8,
                                      reinterpret_cast<const unsigned char *>(utf8.constData()),
                                      static_cast<int>(utf8.size()), -1, 0)
        == 1;
}

bool addExtension(X509 *cert, X509 *issuer, int nid, const char *value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, issuer, cert, nullptr, nullptr, 0);
    X509_EXTENSION *ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value);
    if (!ext)
        return false;
    const bool ok = X509_add_ext(cert, ext, -1) == 1;
    X509_EXTENSION_free(ext);
    return ok;
}

bool setTime(ASN1_TIME *field, const QDateTime &when)
{
    return ASN1_TIME_set(field, static_cast<time_t>(when.toSecsSinceEpoch())) != nullptr;
}
} // namespace

std::optional<SigningIdentity> CertificateFactory::create(const CertificateRequest &request,
                                                          const SigningIdentity *issuer,
                                                          QString *error)
{
    auto fail = [&](const QString &what) {
        *error = tr("Generating the certificate for \"%1\" failed: %2 (%3)")
                     .arg(request.commonName, what, ssl::takeErrors());
        return std::nullopt;
    };

    ssl::PkeyPtr key(EVP_RSA_gen(2048));
    if (!key)
        return fail(tr("RSA key generation"));

    ssl::X509Ptr issuerCert;
    ssl::PkeyPtr issuerKey;
    if (issuer) {
        QString why;
        issuerCert = ssl::readCertificate(issuer->certificatePem, &why);
        issuerKey = readPrivateKey(issuer->privateKeyPem);
        if (!issuerCert || !issuerKey)
            return fail(tr("the issuer's certificate or key does not decode"));
    }

    ssl::X509Ptr cert(X509_new());
    X509_set_version(cert.get(), 2); // v3: extensions
    unsigned char serial[16];
    RAND_bytes(serial, sizeof serial);
    serial[0] &= 0x7f; // positive
    BIGNUM *bn = BN_bin2bn(serial, sizeof serial, nullptr);
    BN_to_ASN1_INTEGER(bn, X509_get_serialNumber(cert.get()));
    BN_free(bn);

    QDateTime notBefore = request.notBefore.isValid() ? request.notBefore.toUTC()
                                                      : QDateTime::currentDateTimeUtc().addDays(-1);
    QDateTime notAfter =
        request.notAfter.isValid() ? request.notAfter.toUTC() : notBefore.addYears(2);
    if (!setTime(X509_getm_notBefore(cert.get()), notBefore)
        || !setTime(X509_getm_notAfter(cert.get()), notAfter))
        return fail(tr("setting the validity period"));

    X509_NAME *subject = X509_get_subject_name(cert.get());
    if (!addName(subject, "C", request.country) || !addName(subject, "O", request.organization)
        || !addName(subject, "CN", request.commonName))
        return fail(tr("building the subject name"));
    X509_set_issuer_name(cert.get(),
                         issuerCert ? X509_get_subject_name(issuerCert.get()) : subject);
    X509_set_pubkey(cert.get(), key.get());

    X509 *issuerForExt = issuerCert ? issuerCert.get() : cert.get();
    const bool extOk = request.isCa
        ? addExtension(cert.get(), issuerForExt, NID_basic_constraints, "critical,CA:TRUE")
            && addExtension(cert.get(), issuerForExt, NID_key_usage,
                            "critical,keyCertSign,cRLSign,digitalSignature")
        : addExtension(cert.get(), issuerForExt, NID_basic_constraints, "CA:FALSE")
            && addExtension(cert.get(), issuerForExt, NID_key_usage, "critical,digitalSignature")
            && addExtension(cert.get(), issuerForExt, NID_ext_key_usage, "codeSigning");
    if (!extOk || !addExtension(cert.get(), issuerForExt, NID_subject_key_identifier, "hash")
        || !addExtension(cert.get(), issuerForExt, NID_authority_key_identifier, "keyid:always"))
        return fail(tr("adding X.509 v3 extensions"));

    if (X509_sign(cert.get(), issuerKey ? issuerKey.get() : key.get(), EVP_sha256()) <= 0)
        return fail(tr("signing the certificate"));

    SigningIdentity id;
    id.certificatePem = ssl::toPem(cert.get());
    id.privateKeyPem = privateKeyPem(key.get());
    if (id.certificatePem.isEmpty() || id.privateKeyPem.isEmpty())
        return fail(tr("writing PEM"));
    return id;
}

QByteArray CertificateFactory::sign(const QByteArray &data, const SigningIdentity &identity,
                                    const QString &algorithmName, QString *error)
{
    const EVP_MD *md = ssl::digestByName(algorithmName);
    if (!md) {
        *error = tr("Unsupported signature digest \"%1\"; use SHA1, SHA256 or SHA512")
                     .arg(algorithmName);
        return {};
    }
    ssl::PkeyPtr key = readPrivateKey(identity.privateKeyPem);
    ssl::MdCtxPtr ctx(EVP_MD_CTX_new());
    if (!key || !ctx || EVP_DigestSignInit(ctx.get(), nullptr, md, nullptr, key.get()) != 1) {
        *error = tr("Signing failed: %1").arg(ssl::takeErrors());
        return {};
    }
    size_t len = static_cast<size_t>(EVP_PKEY_get_size(key.get()));
    QByteArray sig(static_cast<int>(len), Qt::Uninitialized);
    if (EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char *>(sig.data()), &len,
                       reinterpret_cast<const unsigned char *>(data.constData()),
                       static_cast<size_t>(data.size()))
        != 1) {
        *error = tr("Signing failed: %1").arg(ssl::takeErrors());
        return {};
    }
    sig.resize(static_cast<int>(len));
    return sig;
}

} // namespace clu::sim::ovf
