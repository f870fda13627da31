#include "TlsIdentity.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUuid>

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace clu::sim {

namespace {

template<typename T, void (*F)(T *)> struct Deleter
{
    void operator()(T *p) const { F(p); }
};
using PKeyPtr = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY, EVP_PKEY_free>>;
using X509Ptr = std::unique_ptr<X509, Deleter<X509, X509_free>>;
using BioPtr = std::unique_ptr<BIO, Deleter<BIO, BIO_free_all>>;

QByteArray bioToBytes(BIO *bio)
{
    char *data = nullptr;
    const long n = BIO_get_mem_data(bio, &data);
    return QByteArray(data, int(n));
}

bool addExtension(X509 *cert, int nid, const char *value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, cert, cert, nullptr, nullptr, 0);
    X509_EXTENSION *ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value);
    if (!ext)
        return false;
    const bool ok = X509_add_ext(cert, ext, -1) == 1;
    X509_EXTENSION_free(ext);
    return ok;
}

bool writeFile(const QString &path, const QByteArray &data, QFileDevice::Permissions perms)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(data) != data.size())
        return false;
    f.setPermissions(perms);
    return true;
}

} // namespace

bool TlsIdentity::ensureGenerated(const QString &dataDir, QString *error)
{
    const QString dir = dataDir + QStringLiteral("/tls");
    m_cert = dir + QStringLiteral("/cert.pem");
    m_key = dir + QStringLiteral("/key.pem");
    if (QFileInfo::exists(m_cert) && QFileInfo::exists(m_key))
        return true; // reused, so pins made by clients stay valid
    if (!QDir().mkpath(dir)) {
        *error = tr("cannot create %1").arg(dir);
        return false;
    }
    // P-256 keeps generation instant; every TLS stack the client uses speaks ECDSA.
    PKeyPtr key(EVP_EC_gen("P-256"));
    X509Ptr cert(X509_new());
    if (!key || !cert) {
        *error = tr("OpenSSL could not create a key pair");
        return false;
    }
    X509_set_version(cert.get(), 2);
    unsigned char serial[16];
    QByteArray rnd = QUuid::createUuid().toRfc4122();
    memcpy(serial, rnd.constData(), sizeof serial);
    serial[0] &= 0x7f;
    BIGNUM *bn = BN_bin2bn(serial, sizeof serial, nullptr);
    BN_to_ASN1_INTEGER(bn, X509_get_serialNumber(cert.get()));
    BN_free(bn);
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), -86400);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), 10L * 365 * 86400);
    X509_set_pubkey(cert.get(), key.get());
    X509_NAME *name = X509_get_subject_name(cert.get());
    X509_NAME_add_entry_by_txt(name, "O", MBSTRING_ASC,
                               reinterpret_cast<const unsigned char *>("cl-simulator"), -1, -1, 0);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC,
                               reinterpret_cast<const unsigned char *>("localhost"), -1, -1, 0);
    X509_set_issuer_name(cert.get(), name);
    if (!addExtension(cert.get(), NID_subject_alt_name, "IP:127.0.0.1,IP:::1,DNS:localhost")
        || !addExtension(cert.get(), NID_basic_constraints, "critical,CA:FALSE")
        || !addExtension(cert.get(), NID_ext_key_usage, "serverAuth")
        || X509_sign(cert.get(), key.get(), EVP_sha256()) == 0) {
        *error = tr("OpenSSL could not build the self-signed certificate");
        return false;
    }
    BioPtr certBio(BIO_new(BIO_s_mem()));
    BioPtr keyBio(BIO_new(BIO_s_mem()));
    PEM_write_bio_X509(certBio.get(), cert.get());
    PEM_write_bio_PrivateKey(keyBio.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr);
    if (!writeFile(m_key, bioToBytes(keyBio.get()),
                   QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || !writeFile(m_cert, bioToBytes(certBio.get()),
                      QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                          | QFileDevice::ReadOther)) {
        *error = tr("cannot write the TLS files into %1").arg(dir);
        return false;
    }
    return true;
}

bool TlsIdentity::useFiles(const QString &certFile, const QString &keyFile, QString *error)
{
    for (const QString &f : { certFile, keyFile }) {
        if (!QFileInfo(f).isReadable()) {
            *error = tr("cannot read TLS file %1").arg(f);
            return false;
        }
    }
    m_cert = certFile;
    m_key = keyFile;
    return true;
}

} // namespace clu::sim
