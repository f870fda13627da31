#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

namespace clu::sim::ovf {

// A generated key pair and its certificate, both PEM.
struct SigningIdentity
{
    QByteArray certificatePem;
    QByteArray privateKeyPem; // unencrypted PKCS#8; test material only
};

struct CertificateRequest
{
    QString commonName = QStringLiteral("Demo Signer");
    QString organization = QStringLiteral("Content Library Uploader Demo");
    QString country = QStringLiteral("US");
    QDateTime notBefore; // UTC; invalid = now - 1 day
    QDateTime notAfter; // UTC; invalid = notBefore + 2 years
    bool isCa = false; // basicConstraints CA:TRUE + keyCertSign (for issuers)
};

// Generates RSA 2048 / SHA-256 certificates with OpenSSL 3 for the simulator's seed packages
// and for tests: self-signed, or issued by another SigningIdentity (a generated CA).
class CertificateFactory
{
    Q_DECLARE_TR_FUNCTIONS(CertificateFactory)
public:
    // issuer == nullptr: self-signed. nullopt + *error when OpenSSL fails or the issuer's PEMs
    // do not decode.
    static std::optional<SigningIdentity> create(const CertificateRequest &request,
                                                 const SigningIdentity *issuer, QString *error);

    // Signs `data` with the identity's private key (PKCS#1 v1.5, digest per `algorithmName`:
    // "SHA1", "SHA256" or "SHA512"), as `openssl dgst -sign` / ovftool do. Empty + *error on
    // failure.
    static QByteArray sign(const QByteArray &data, const SigningIdentity &identity,
                           const QString &algorithmName, QString *error);
};

} // namespace clu::sim::ovf
