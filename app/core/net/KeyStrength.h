#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSslCertificate>
#include <QString>

namespace clu {

// Whether a server's certificate keys are strong enough for this computer's OpenSSL. OpenSSL
// refuses keys below its security level (Debian: level 2, RSA below 2048 bits) in every
// handshake, also when the certificate's trust is overridden; Qt then reports only "Unknown
// error". This names the key, its size and the local minimum instead.
class KeyStrength
{
    Q_DECLARE_TR_FUNCTIONS(KeyStrength)
public:
    // OpenSSL's default security level for a client here (0-5), read from a fresh context so
    // the system configuration (openssl.cnf's SECLEVEL) counts, as it does for Qt's handshake.
    static int localSecurityLevel();
    // "RSA", "DSA", "DH", "EC", or translated "opaque": how the certificate views and the
    // messages here name a key's algorithm.
    static QString algorithmName(QSsl::KeyAlgorithm algorithm);
    // Smallest key size in bits the security level accepts for the key's algorithm; 0 when the
    // level sets no minimum.
    static int minimumBits(QSsl::KeyAlgorithm algorithm, int securityLevel);
    // Translated explanation for the first certificate in `chain` whose key is below the
    // minimum, with what to do; empty when every key is strong enough.
    static QString tooSmall(const QList<QSslCertificate> &chain, const QString &host,
                            int securityLevel = localSecurityLevel());
};

} // namespace clu
