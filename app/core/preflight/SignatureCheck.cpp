#include "SignatureCheck.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSslCertificate>

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <memory>

namespace clu {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SignatureCheck)
};

const EVP_MD *digestFor(const QString &algorithm)
{
    if (algorithm == QLatin1String("SHA1"))
        return EVP_sha1();
    if (algorithm == QLatin1String("SHA256"))
        return EVP_sha256();
    if (algorithm == QLatin1String("SHA512"))
        return EVP_sha512();
    return nullptr;
}

// True when `signature` verifies over `data` with the key of the PEM certificate.
bool verify(const QByteArray &pem, const EVP_MD *md, const QByteArray &signature,
            const QByteArray &data)
{
    std::unique_ptr<BIO, decltype(&BIO_free)> bio(BIO_new_mem_buf(pem.constData(), pem.size()),
                                                  &BIO_free);
    std::unique_ptr<X509, decltype(&X509_free)> cert(
        PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr), &X509_free);
    if (!cert)
        return false;
    EVP_PKEY *key = X509_get0_pubkey(cert.get());
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    if (!key || !ctx || EVP_DigestVerifyInit(ctx.get(), nullptr, md, nullptr, key) != 1)
        return false;
    return EVP_DigestVerify(
               ctx.get(), reinterpret_cast<const unsigned char *>(signature.constData()),
               size_t(signature.size()), reinterpret_cast<const unsigned char *>(data.constData()),
               size_t(data.size()))
        == 1;
}
} // namespace

PreflightReport SignatureCheck::check(const QByteArray &certFile, const QString &certName,
                                      const QByteArray &manifest, const QString &manifestName,
                                      const QDateTime &now)
{
    PreflightReport r;
    const QString sig = QStringLiteral("signature");
    const QRegularExpression line(
        QStringLiteral("^\\s*(SHA1|SHA256|SHA512)\\s*\\((.+)\\)\\s*=\\s*([0-9a-fA-F]+)\\s*$"),
        QRegularExpression::MultilineOption);
    const QRegularExpressionMatch m = line.match(QString::fromLatin1(certFile));
    if (!m.hasMatch()) {
        r.fail(sig, certName,
               Tr::tr("has no signature line of the form \"SHA256(%1)= <hex signature>\"")
                   .arg(manifestName));
        return r;
    }
    if (m.captured(2).trimmed() != manifestName) {
        r.fail(sig, certName,
               Tr::tr("signs %1, but the package's manifest is %2")
                   .arg(m.captured(2).trimmed(), manifestName));
        return r;
    }
    const int begin = certFile.indexOf("-----BEGIN CERTIFICATE-----");
    const QList<QSslCertificate> chain =
        begin < 0 ? QList<QSslCertificate>() : QSslCertificate::fromData(certFile.mid(begin));
    if (chain.isEmpty()) {
        r.fail(sig, certName, Tr::tr("holds no PEM certificate after the signature line"));
        return r;
    }
    const QByteArray signature = QByteArray::fromHex(m.captured(3).toLatin1());
    if (!verify(chain.first().toPem(), digestFor(m.captured(1)), signature, manifest)) {
        r.fail(sig, certName,
               Tr::tr("the %1 signature does not verify over %2 with the certificate's key: the "
                      "manifest was changed after signing, or signed with another key")
                   .arg(m.captured(1), manifestName));
        return r;
    }
    const QSslCertificate &leaf = chain.first();
    const QString subject = leaf.subjectDisplayName();
    r.pass(sig, certName,
           Tr::tr("%1 signature over %2 verifies (signer: %3)")
               .arg(m.captured(1), manifestName, subject));

    const QString cert = QStringLiteral("certificate");
    if (now > leaf.expiryDate())
        r.add(cert, certName, PreflightCheck::Status::Warn,
              Tr::tr("the signer's certificate expired on %1; vCenter will raise "
                     "EXPIRED_CERTIFICATE")
                  .arg(leaf.expiryDate().toUTC().toString(Qt::ISODate)),
              QStringLiteral("EXPIRED_CERTIFICATE"));
    else if (now < leaf.effectiveDate())
        r.add(cert, certName, PreflightCheck::Status::Warn,
              Tr::tr("the signer's certificate is valid only from %1; vCenter will raise "
                     "NOT_YET_VALID_CERTIFICATE")
                  .arg(leaf.effectiveDate().toUTC().toString(Qt::ISODate)),
              QStringLiteral("NOT_YET_VALID_CERTIFICATE"));
    else if (leaf.isSelfSigned())
        r.add(cert, certName, PreflightCheck::Status::Warn,
              Tr::tr("the signer's certificate is self-signed (valid until %1); vCenter will "
                     "raise SELF_SIGNED_CERTIFICATE")
                  .arg(leaf.expiryDate().toUTC().toString(Qt::ISODate)),
              QStringLiteral("SELF_SIGNED_CERTIFICATE"));
    else
        r.pass(cert, certName,
               Tr::tr("the signer's certificate is valid until %1 (issuer: %2)")
                   .arg(leaf.expiryDate().toUTC().toString(Qt::ISODate), leaf.issuerDisplayName()));
    return r;
}

} // namespace clu
