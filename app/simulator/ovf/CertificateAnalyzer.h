#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace clu::sim::ovf {

// The preview warning types of §5.4, in the order the simulator reports them.
enum class WarningType { SelfSigned, Expired, NotYetValid, Untrusted };

// "SELF_SIGNED_CERTIFICATE", "EXPIRED_CERTIFICATE", "NOT_YET_VALID_CERTIFICATE",
// "UNTRUSTED_CERTIFICATE".
QString warningTypeName(WarningType type);
std::optional<WarningType> warningTypeFromName(const QString &name);
// All four, in reporting order.
QList<WarningType> allWarningTypes();

// A LocalizableMessage's parts for a PreviewWarningInfo.message (§4.1): the simulator picks the
// ids (vCenter's are not public), see README.md.
struct WarningMessage
{
    QString id;
    QString defaultMessage; // English, with the args already substituted
    QStringList args;

    // LocalizableMessage JSON: {"id", "default_message", "args"}.
    QJsonObject toJson() const;
};

// What the preview shows about the signer (CertificateInfo of §5.3 + cert_chain + warnings).
struct CertificateAnalysis
{
    QString subject; // "/C=US/O=VMware, Inc./CN=..." (entries in certificate order)
    QString issuer; // same style
    bool selfSigned = false; // subject == issuer AND the certificate verifies with its own key
    QString x509; // the leaf certificate, PEM
    QStringList certChain; // PEM of every certificate of the .cert, leaf first
    QDateTime notBefore; // UTC
    QDateTime notAfter; // UTC
    QList<WarningType> warnings; // in WarningType order, each at most once
    QString untrustedReason; // OpenSSL's verdict when UNTRUSTED is raised (for logs/messages)

    bool hasWarning(WarningType t) const { return warnings.contains(t); }
    WarningMessage warningMessage(WarningType type) const;

    // §5.3 CertificateInfo JSON: {"issuer", "subject", "self_signed", "x509"}.
    QJsonObject certificateInfoJson() const;
    // §5.2 cert_chain JSON: the PEMs, leaf first.
    QJsonArray certChainJson() const;
};

// Evaluates a signing certificate chain the way §14 item 10 describes. Pure function of its
// inputs: no global trust store, no clock (pass `now`), so tests can pin every case.
class CertificateAnalyzer
{
    Q_DECLARE_TR_FUNCTIONS(CertificateAnalyzer)
public:
    // chainPems: leaf first, then intermediates (as in the .cert). trustedPems: the trust
    // store's certificates. Warnings:
    //  - SELF_SIGNED_CERTIFICATE: the leaf is self-signed;
    //  - EXPIRED_CERTIFICATE / NOT_YET_VALID_CERTIFICATE: `now` after notAfter / before notBefore
    //    (of the leaf);
    //  - UNTRUSTED_CERTIFICATE: the leaf does not chain (through the .cert's other certificates)
    //    to a certificate of `trustedPems`. Time validity is ignored for this check so EXPIRED
    //    and UNTRUSTED stay independent, and any trusted certificate is an anchor (also a leaf or
    //    intermediate: "Trust this signer" on the leaf works). A self-signed leaf that is not
    //    trusted therefore gets SELF_SIGNED and UNTRUSTED; a trusted self-signed leaf only
    //    SELF_SIGNED.
    // nullopt + *error when there is no certificate or a PEM of the chain does not decode.
    // Trusted PEMs that do not decode are skipped (logged): they anchor nothing.
    static std::optional<CertificateAnalysis> analyse(const QList<QByteArray> &chainPems,
                                                      const QList<QByteArray> &trustedPems,
                                                      const QDateTime &now, QString *error);
};

} // namespace clu::sim::ovf
