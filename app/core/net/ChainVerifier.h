#pragma once

#include <QList>
#include <QSslCertificate>
#include <QSslError>
#include <QString>

typedef struct x509_st X509; // OpenSSL's certificate type

namespace clu {

// Verifies a presented certificate chain for a host the way QSslCertificate::verify() does, and
// reports the same QSslError values, but with OpenSSL's own store looking system CAs up by hash
// in the system's certificate directory. QSslCertificate::verify() reads and parses every system
// CA file on every call (~110 ms on the test machine), which the upload PUT paid once per file;
// here a lookup touches only the issuers it needs.
//
// Trusted: the system store (the directory OpenSSL was built with; where there is none, Qt's
// QSslConfiguration::systemCaCertificates()) plus the CAs of Qt's default configuration, which
// is where an application adds its own. Blacklisted certificates (QSslCertificate) are errors.
class ChainVerifier
{
public:
    // `chain` leaf first, as presented; `host` a DNS name or an IP address.
    static QList<QSslError> verify(const QList<QSslCertificate> &chain, const QString &host);
    // An OpenSSL certificate as Qt's (DER round trip); null when it cannot be encoded.
    static QSslCertificate fromX509(X509 *x509);
};

} // namespace clu
