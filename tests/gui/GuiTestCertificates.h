#pragma once

#include <QByteArray>
#include <QSslCertificate>
#include <QString>

#include <memory>

namespace clu::test {

// Generates X.509 certificates with OpenSSL for GUI tests: any validity window (relative to
// now, in days), self-signed or issued by another generated certificate, RSA of a given size.
struct GeneratedCertificate
{
    QSslCertificate certificate;
    QByteArray keyPem;
};

struct CertificateSpec
{
    QString commonName = QStringLiteral("Test Signer");
    QString organization = QStringLiteral("Example Corp");
    QString country = QStringLiteral("DE");
    int notBeforeDays = -1; // relative to now
    int notAfterDays = 365;
    int rsaBits = 2048;
    bool isCa = false;
};

// Self-signed when `issuer` is null.
GeneratedCertificate generateCertificate(const CertificateSpec &spec,
                                         const GeneratedCertificate *issuer = nullptr);

} // namespace clu::test
