#pragma once

#include "Manifest.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace clu::sim::ovf {

// An OVF signature file (.cert): the line `ALG(name.mf)= <hex signature>` followed by one or
// more PEM certificates, the signer's (leaf) first, then intermediates (§10.1).
class SignatureFile
{
    Q_DECLARE_TR_FUNCTIONS(SignatureFile)
public:
    // nullopt + *error when the signature line is missing or malformed (line number named),
    // the hex is not hex, there is no certificate, or a PEM block does not decode.
    static std::optional<SignatureFile> parse(const QByteArray &text, QString *error);
    static std::optional<SignatureFile> parseFile(const QString &path, QString *error);

    DigestAlgorithm algorithm() const { return m_algorithm; }
    QString manifestName() const { return m_manifestName; } // the name inside ALG(...)
    QByteArray signature() const { return m_signature; } // raw bytes (decoded from hex)
    // PEM text of each certificate in file order, normalised (one "-----BEGIN CERTIFICATE-----"
    // block each, LF line ends, trailing newline).
    const QList<QByteArray> &certificatePems() const { return m_certificatePems; }

private:
    DigestAlgorithm m_algorithm = DigestAlgorithm::Sha256;
    QString m_manifestName;
    QByteArray m_signature;
    QList<QByteArray> m_certificatePems;
};

} // namespace clu::sim::ovf
