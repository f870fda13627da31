#include "ChainVerifier.h"

#include <QDir>
#include <QHostAddress>
#include <QSslConfiguration>

#include <openssl/x509.h>
#include <openssl/x509_vfy.h>
#include <openssl/x509v3.h>

#include <memory>

namespace clu {

namespace {

struct X509Free
{
    void operator()(X509 *x) const { X509_free(x); }
};
using X509Ptr = std::unique_ptr<X509, X509Free>;

X509Ptr toX509(const QSslCertificate &cert)
{
    const QByteArray der = cert.toDer();
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    return X509Ptr(d2i_X509(nullptr, &p, long(der.size())));
}

// OpenSSL's verification result as Qt names it (the table of Qt's OpenSSL backend).
QSslError::SslError toQt(int code)
{
    switch (code) {
    case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT:
        return QSslError::UnableToGetIssuerCertificate;
    case X509_V_ERR_UNABLE_TO_DECRYPT_CERT_SIGNATURE:
        return QSslError::UnableToDecryptCertificateSignature;
    case X509_V_ERR_UNABLE_TO_DECODE_ISSUER_PUBLIC_KEY:
        return QSslError::UnableToDecodeIssuerPublicKey;
    case X509_V_ERR_CERT_SIGNATURE_FAILURE:
        return QSslError::CertificateSignatureFailed;
    case X509_V_ERR_CERT_NOT_YET_VALID:
        return QSslError::CertificateNotYetValid;
    case X509_V_ERR_CERT_HAS_EXPIRED:
        return QSslError::CertificateExpired;
    case X509_V_ERR_ERROR_IN_CERT_NOT_BEFORE_FIELD:
        return QSslError::InvalidNotBeforeField;
    case X509_V_ERR_ERROR_IN_CERT_NOT_AFTER_FIELD:
        return QSslError::InvalidNotAfterField;
    case X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT:
        return QSslError::SelfSignedCertificate;
    case X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN:
        return QSslError::SelfSignedCertificateInChain;
    case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY:
        return QSslError::UnableToGetLocalIssuerCertificate;
    case X509_V_ERR_UNABLE_TO_VERIFY_LEAF_SIGNATURE:
        return QSslError::UnableToVerifyFirstCertificate;
    case X509_V_ERR_CERT_REVOKED:
        return QSslError::CertificateRevoked;
    case X509_V_ERR_INVALID_CA:
        return QSslError::InvalidCaCertificate;
    case X509_V_ERR_PATH_LENGTH_EXCEEDED:
        return QSslError::PathLengthExceeded;
    case X509_V_ERR_INVALID_PURPOSE:
        return QSslError::InvalidPurpose;
    case X509_V_ERR_CERT_UNTRUSTED:
        return QSslError::CertificateUntrusted;
    case X509_V_ERR_CERT_REJECTED:
        return QSslError::CertificateRejected;
    case X509_V_ERR_HOSTNAME_MISMATCH:
    case X509_V_ERR_IP_ADDRESS_MISMATCH:
        return QSslError::HostNameMismatch;
    default:
        return QSslError::UnspecifiedError;
    }
}

struct Collected
{
    QList<QPair<int, QSslCertificate>> errors; // (OpenSSL code, the certificate it is about)
};

int collectIndex()
{
    static const int index = X509_STORE_CTX_get_ex_new_index(0, nullptr, nullptr, nullptr, nullptr);
    return index;
}

// Records every problem and lets verification go on, so the caller sees all of them (as Qt's
// handshake does) instead of the first.
int collect(int ok, X509_STORE_CTX *ctx)
{
    if (!ok) {
        auto *c = static_cast<Collected *>(X509_STORE_CTX_get_ex_data(ctx, collectIndex()));
        if (c)
            c->errors.append({ X509_STORE_CTX_get_error(ctx),
                               ChainVerifier::fromX509(X509_STORE_CTX_get_current_cert(ctx)) });
    }
    return 1;
}

void addTrusted(X509_STORE *store, const QList<QSslCertificate> &certs)
{
    for (const QSslCertificate &c : certs) {
        X509Ptr x = toX509(c);
        if (x)
            X509_STORE_add_cert(store, x.get()); // takes its own reference
    }
}

} // namespace

QSslCertificate ChainVerifier::fromX509(X509 *x509)
{
    const int len = x509 ? i2d_X509(x509, nullptr) : 0;
    if (len <= 0)
        return QSslCertificate();
    QByteArray der(len, Qt::Uninitialized);
    auto *p = reinterpret_cast<unsigned char *>(der.data());
    if (i2d_X509(x509, &p) != len)
        return QSslCertificate();
    return QSslCertificate(der, QSsl::Der);
}

QList<QSslError> ChainVerifier::verify(const QList<QSslCertificate> &chain, const QString &host)
{
    QList<QSslError> errors;
    if (chain.isEmpty() || chain.first().isNull()) {
        errors.append(QSslError(QSslError::UnableToVerifyFirstCertificate));
        return errors;
    }
    for (const QSslCertificate &c : chain) {
        if (c.isBlacklisted())
            errors.append(QSslError(QSslError::CertificateBlacklisted, c));
    }

    std::unique_ptr<X509_STORE, decltype(&X509_STORE_free)> store(X509_STORE_new(),
                                                                  &X509_STORE_free);
    const QString systemDir = QString::fromLocal8Bit(X509_get_default_cert_dir());
    if (QDir(systemDir).exists())
        X509_STORE_load_path(store.get(), X509_get_default_cert_dir()); // looked up by hash
    else
        addTrusted(store.get(), QSslConfiguration::systemCaCertificates());
    addTrusted(store.get(), QSslConfiguration::defaultConfiguration().caCertificates());

    X509Ptr leaf = toX509(chain.first());
    std::unique_ptr<STACK_OF(X509), void (*)(STACK_OF(X509) *)> untrusted(
        sk_X509_new_null(), [](STACK_OF(X509) * s) { sk_X509_pop_free(s, X509_free); });
    for (const QSslCertificate &c : chain.mid(1)) {
        if (X509 *x = toX509(c).release())
            sk_X509_push(untrusted.get(), x);
    }
    std::unique_ptr<X509_STORE_CTX, decltype(&X509_STORE_CTX_free)> ctx(X509_STORE_CTX_new(),
                                                                        &X509_STORE_CTX_free);
    if (!leaf || !ctx
        || !X509_STORE_CTX_init(ctx.get(), store.get(), leaf.get(), untrusted.get())) {
        errors.append(QSslError(QSslError::UnspecifiedError, chain.first()));
        return errors;
    }
    X509_STORE_CTX_set_purpose(ctx.get(), X509_PURPOSE_SSL_SERVER);
    X509_VERIFY_PARAM *param = X509_STORE_CTX_get0_param(ctx.get());
    if (!host.isEmpty()) {
        const QByteArray name = host.toUtf8();
        if (!QHostAddress(host).isNull())
            X509_VERIFY_PARAM_set1_ip_asc(param, name.constData());
        else
            X509_VERIFY_PARAM_set1_host(param, name.constData(), size_t(name.size()));
    }
    Collected collected;
    X509_STORE_CTX_set_ex_data(ctx.get(), collectIndex(), &collected);
    X509_STORE_CTX_set_verify_cb(ctx.get(), &collect);
    X509_verify_cert(ctx.get());

    for (const auto &[code, cert] : collected.errors) {
        const QSslError e(toQt(code), cert.isNull() ? chain.first() : cert);
        if (!errors.contains(e))
            errors.append(e);
    }
    return errors;
}

} // namespace clu
