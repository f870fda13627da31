#include "KeyStrength.h"

#include <QSslKey>

#include <openssl/ssl.h>

namespace clu {

int KeyStrength::localSecurityLevel()
{
    // OpenSSL is the TLS backend Qt uses on every platform we build for; its level comes from
    // the system configuration, which a fresh client context reads like Qt's does.
    SSL_CTX *ctx = SSL_CTX_new(TLS_client_method());
    if (!ctx)
        return 1; // OpenSSL's compiled-in default
    const int level = SSL_CTX_get_security_level(ctx);
    SSL_CTX_free(ctx);
    return level;
}

QString KeyStrength::algorithmName(QSsl::KeyAlgorithm algorithm)
{
    switch (algorithm) {
    case QSsl::Rsa:
        return QStringLiteral("RSA");
    case QSsl::Dsa:
        return QStringLiteral("DSA");
    case QSsl::Dh:
        return QStringLiteral("DH");
    case QSsl::Ec:
        return QStringLiteral("EC");
    case QSsl::Opaque:
        break;
    }
    return tr("opaque");
}

int KeyStrength::minimumBits(QSsl::KeyAlgorithm algorithm, int securityLevel)
{
    // SSL_CTX_set_security_level(3): 80, 112, 128, 192, 256 bits of security for levels 1-5,
    // i.e. these RSA/DSA/DH and elliptic-curve key sizes.
    static const int finiteField[] = { 0, 1024, 2048, 3072, 7680, 15360 };
    static const int ellipticCurve[] = { 0, 160, 224, 256, 384, 512 };
    const int level = qBound(0, securityLevel, 5);
    switch (algorithm) {
    case QSsl::Rsa:
    case QSsl::Dsa:
    case QSsl::Dh:
        return finiteField[level];
    case QSsl::Ec:
        return ellipticCurve[level];
    case QSsl::Opaque:
        break;
    }
    return 0;
}

QString KeyStrength::tooSmall(const QList<QSslCertificate> &chain, const QString &host,
                              int securityLevel)
{
    for (qsizetype i = 0; i < chain.size(); ++i) {
        const QSslKey key = chain.at(i).publicKey();
        if (key.isNull())
            continue;
        const int minimum = minimumBits(key.algorithm(), securityLevel);
        if (minimum <= 0 || key.length() >= minimum)
            continue;
        const QString type = algorithmName(key.algorithm());
        const QString which = i == 0 ? tr("the certificate of %1").arg(host)
                                     : tr("a CA certificate in the chain of %1 (%2)")
                                           .arg(host, chain.at(i).subjectDisplayName());
        return tr("%1 has a %2-bit %3 key, but this computer's OpenSSL (security level %4) "
                  "refuses %3 keys shorter than %5 bits in any TLS connection, trusted or not. "
                  "Give the server a certificate with a key of at least %5 bits (e.g. RSA 2048 "
                  "or an EC P-256 key).")
            .arg(which)
            .arg(key.length())
            .arg(type)
            .arg(securityLevel)
            .arg(minimum);
    }
    return {};
}

} // namespace clu
