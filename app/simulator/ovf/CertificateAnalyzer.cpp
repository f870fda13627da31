#include "CertificateAnalyzer.h"

#include "OpenSslUtil.h"
#include "OvfLogging.h"

#include <openssl/x509_vfy.h>

#include <ctime>
#include <vector>

namespace clu::sim::ovf {

namespace {
QDateTime toDateTime(const ASN1_TIME *t)
{
    std::tm tm = {};
    if (ASN1_TIME_to_tm(t, &tm) != 1)
        return {};
    return QDateTime(QDate(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday),
                     QTime(tm.tm_hour, tm.tm_min, tm.tm_sec), Qt::UTC);
}

// subject == issuer is not enough (a CA may issue a certificate with its own name); the
// certificate must also verify with its own public key.
bool isSelfSigned(X509 *cert)
{
    if (X509_NAME_cmp(X509_get_subject_name(cert), X509_get_issuer_name(cert)) != 0)
        return false;
    EVP_PKEY *key = X509_get0_pubkey(cert);
    const bool ok = key && X509_verify(cert, key) == 1;
    ssl::takeErrors();
    return ok;
}

// True when the leaf (chain[0]) chains to one of `trusted` through the .cert's other
// certificates. Validity periods are not checked here (EXPIRED/NOT_YET_VALID are separate
// warnings), and any trusted certificate is an anchor, not only self-signed roots.
bool chainsToTrustStore(const std::vector<ssl::X509Ptr> &chain,
                        const std::vector<ssl::X509Ptr> &trusted, QString *reason)
{
    if (trusted.empty()) {
        *reason = CertificateAnalyzer::tr("the trust store is empty");
        return false;
    }
    ssl::StorePtr store(X509_STORE_new());
    for (const ssl::X509Ptr &c : trusted)
        X509_STORE_add_cert(store.get(), c.get()); // duplicates are harmless
    ssl::takeErrors();
    X509_STORE_set_flags(store.get(), X509_V_FLAG_NO_CHECK_TIME | X509_V_FLAG_PARTIAL_CHAIN);
    ssl::StackX509Ptr untrusted(sk_X509_new_null());
    for (size_t i = 1; i < chain.size(); ++i)
        sk_X509_push(untrusted.get(), chain[i].get()); // borrowed; sk_X509_free keeps them
    ssl::StoreCtxPtr ctx(X509_STORE_CTX_new());
    if (!ctx
        || X509_STORE_CTX_init(ctx.get(), store.get(), chain.front().get(), untrusted.get()) != 1) {
        *reason = CertificateAnalyzer::tr("OpenSSL could not set up the verification: %1")
                      .arg(ssl::takeErrors());
        return false;
    }
    const bool ok = X509_verify_cert(ctx.get()) == 1;
    if (!ok)
        *reason =
            QString::fromLatin1(X509_verify_cert_error_string(X509_STORE_CTX_get_error(ctx.get())));
    ssl::takeErrors();
    return ok;
}
} // namespace

QString warningTypeName(WarningType type)
{
    switch (type) {
    case WarningType::SelfSigned:
        return QStringLiteral("SELF_SIGNED_CERTIFICATE");
    case WarningType::Expired:
        return QStringLiteral("EXPIRED_CERTIFICATE");
    case WarningType::NotYetValid:
        return QStringLiteral("NOT_YET_VALID_CERTIFICATE");
    case WarningType::Untrusted:
        return QStringLiteral("UNTRUSTED_CERTIFICATE");
    }
    return {};
}

std::optional<WarningType> warningTypeFromName(const QString &name)
{
    for (WarningType t : allWarningTypes()) {
        if (warningTypeName(t) == name)
            return t;
    }
    return std::nullopt;
}

QList<WarningType> allWarningTypes()
{
    return { WarningType::SelfSigned, WarningType::Expired, WarningType::NotYetValid,
             WarningType::Untrusted };
}

WarningMessage CertificateAnalysis::warningMessage(WarningType type) const
{
    // Message ids: vCenter's are not public; these follow its com.vmware.<service> naming.
    // The simulator loads no translator, so default_message goes out in English.
    const QString prefix = QStringLiteral("com.vmware.vdcs.cls-main.ovf_preview_");
    const QString validFrom = notBefore.toString(Qt::ISODate);
    const QString validTo = notAfter.toString(Qt::ISODate);
    switch (type) {
    case WarningType::SelfSigned:
        return { prefix + QStringLiteral("self_signed_certificate"),
                 CertificateAnalyzer::tr(
                     "The package is signed with the self-signed certificate %1.")
                     .arg(subject),
                 { subject } };
    case WarningType::Expired:
        return { prefix + QStringLiteral("expired_certificate"),
                 CertificateAnalyzer::tr("The signing certificate %1 expired on %2.")
                     .arg(subject, validTo),
                 { subject, validTo } };
    case WarningType::NotYetValid:
        return { prefix + QStringLiteral("not_yet_valid_certificate"),
                 CertificateAnalyzer::tr("The signing certificate %1 is not valid before %2.")
                     .arg(subject, validFrom),
                 { subject, validFrom } };
    case WarningType::Untrusted:
        return { prefix + QStringLiteral("untrusted_certificate"),
                 CertificateAnalyzer::tr("The signing certificate %1 (issued by %2) does not chain "
                                         "to a trusted certificate: %3.")
                     .arg(subject, issuer, untrustedReason),
                 { subject, issuer, untrustedReason } };
    }
    return {};
}

QJsonObject WarningMessage::toJson() const
{
    return { { QStringLiteral("id"), id },
             { QStringLiteral("default_message"), defaultMessage },
             { QStringLiteral("args"), QJsonArray::fromStringList(args) } };
}

QJsonObject CertificateAnalysis::certificateInfoJson() const
{
    return { { QStringLiteral("issuer"), issuer },
             { QStringLiteral("subject"), subject },
             { QStringLiteral("self_signed"), selfSigned },
             { QStringLiteral("x509"), x509 } };
}

QJsonArray CertificateAnalysis::certChainJson() const
{
    return QJsonArray::fromStringList(certChain);
}

std::optional<CertificateAnalysis>
CertificateAnalyzer::analyse(const QList<QByteArray> &chainPems,
                             const QList<QByteArray> &trustedPems, const QDateTime &now,
                             QString *error)
{
    if (chainPems.isEmpty()) {
        *error = tr("There is no signing certificate to analyse");
        return std::nullopt;
    }
    std::vector<ssl::X509Ptr> chain;
    for (int i = 0; i < chainPems.size(); ++i) {
        QString why;
        ssl::X509Ptr c = ssl::readCertificate(chainPems.at(i), &why);
        if (!c) {
            *error = tr("Certificate %1 of the signer's chain: %2").arg(i + 1).arg(why);
            return std::nullopt;
        }
        chain.push_back(std::move(c));
    }
    std::vector<ssl::X509Ptr> trusted;
    for (int i = 0; i < trustedPems.size(); ++i) {
        QString why;
        ssl::X509Ptr c = ssl::readCertificate(trustedPems.at(i), &why);
        // A broken trust-store entry must not fail somebody's package: it just anchors nothing.
        if (!c) {
            qCWarning(lcSimOvf) << "ignoring trusted certificate" << i + 1 << "-" << why;
            continue;
        }
        trusted.push_back(std::move(c));
    }

    X509 *leaf = chain.front().get();
    CertificateAnalysis a;
    a.subject = ssl::slashDn(X509_get_subject_name(leaf));
    a.issuer = ssl::slashDn(X509_get_issuer_name(leaf));
    a.selfSigned = isSelfSigned(leaf);
    a.x509 = QString::fromLatin1(ssl::toPem(leaf));
    for (const ssl::X509Ptr &c : chain)
        a.certChain << QString::fromLatin1(ssl::toPem(c.get()));
    a.notBefore = toDateTime(X509_get0_notBefore(leaf));
    a.notAfter = toDateTime(X509_get0_notAfter(leaf));

    const time_t nowT = static_cast<time_t>(now.toSecsSinceEpoch());
    time_t t = nowT;
    // X509_cmp_time: -1 = the certificate time is before `t`, 1 = after, 0 = error.
    const bool expired = X509_cmp_time(X509_get0_notAfter(leaf), &t) < 0;
    t = nowT;
    const bool notYetValid = X509_cmp_time(X509_get0_notBefore(leaf), &t) > 0;

    const bool trustedChain = chainsToTrustStore(chain, trusted, &a.untrustedReason);

    if (a.selfSigned)
        a.warnings << WarningType::SelfSigned;
    if (expired)
        a.warnings << WarningType::Expired;
    if (notYetValid)
        a.warnings << WarningType::NotYetValid;
    if (!trustedChain)
        a.warnings << WarningType::Untrusted;
    else
        a.untrustedReason.clear();
    return a;
}

} // namespace clu::sim::ovf
