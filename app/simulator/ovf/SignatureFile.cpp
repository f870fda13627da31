#include "SignatureFile.h"

#include "OpenSslUtil.h"

#include <QFile>
#include <QRegularExpression>

namespace clu::sim::ovf {

namespace {
constexpr qint64 maxCertFileBytes = 1024 * 1024;
}

std::optional<SignatureFile> SignatureFile::parse(const QByteArray &text, QString *error)
{
    const QRegularExpression lineRe(
        QStringLiteral("^\\s*([A-Za-z0-9-]+)\\s*\\((.*)\\)\\s*=\\s*(\\S*)\\s*$"));
    SignatureFile sf;
    // A UTF-8 byte order mark (Windows editors) is not part of the first line.
    const QByteArray body = text.startsWith("\xEF\xBB\xBF") ? text.mid(3) : text;
    const QList<QByteArray> lines = body.split('\n');
    int signatureLine = 0;
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = QString::fromUtf8(lines.at(i)).trimmed();
        if (line.isEmpty())
            continue;
        if (line.startsWith(QLatin1String("-----BEGIN"))) {
            *error = tr("The signature file starts with a certificate on line %1; the line "
                        "ALGORITHM(manifest name)= hex signature must come first")
                         .arg(i + 1);
            return std::nullopt;
        }
        const QRegularExpressionMatch match = lineRe.match(line);
        if (!match.hasMatch()) {
            *error = tr("Signature file line %1 is not of the form ALGORITHM(manifest name)= hex "
                        "signature: \"%2\"")
                         .arg(i + 1)
                         .arg(line.left(120));
            return std::nullopt;
        }
        const std::optional<DigestAlgorithm> alg = digestAlgorithmFromName(match.captured(1));
        if (!alg) {
            *error = tr("Signature file line %1 uses the digest algorithm \"%2\"; only SHA1, "
                        "SHA256 and SHA512 are supported")
                         .arg(i + 1)
                         .arg(match.captured(1));
            return std::nullopt;
        }
        const QByteArray hex = match.captured(3).toLatin1();
        const QRegularExpression hexRe(QStringLiteral("^([0-9A-Fa-f]{2})+$"));
        if (!hexRe.match(match.captured(3)).hasMatch()) {
            *error = tr("Signature file line %1: the signature of \"%2\" is not an even number "
                        "of hex digits")
                         .arg(i + 1)
                         .arg(match.captured(2));
            return std::nullopt;
        }
        if (match.captured(2).isEmpty()) {
            *error = tr("Signature file line %1 names no manifest").arg(i + 1);
            return std::nullopt;
        }
        sf.m_algorithm = *alg;
        sf.m_manifestName = match.captured(2);
        sf.m_signature = QByteArray::fromHex(hex);
        signatureLine = i + 1;
        break;
    }
    if (signatureLine == 0) {
        *error = tr("The signature file is empty: it needs the line ALGORITHM(manifest name)= hex "
                    "signature followed by the signer's PEM certificate");
        return std::nullopt;
    }

    // Everything after the signature line: the PEM certificates.
    QByteArray rest;
    for (int i = signatureLine; i < lines.size(); ++i)
        rest += lines.at(i) + '\n';
    QString pemError;
    const QList<ssl::PemBlock> blocks = ssl::splitPem(rest, signatureLine + 1, &pemError);
    if (!pemError.isEmpty()) {
        *error = tr("The signature file's certificates are damaged: %1").arg(pemError);
        return std::nullopt;
    }
    for (const ssl::PemBlock &b : blocks) {
        if (b.label != "CERTIFICATE") {
            *error = tr("The signature file holds a \"%1\" PEM block on line %2; only "
                        "certificates belong there")
                         .arg(QString::fromLatin1(b.label))
                         .arg(b.line);
            return std::nullopt;
        }
        QString why;
        ssl::X509Ptr cert = ssl::readCertificate(b.text, &why);
        if (!cert) {
            *error =
                tr("The certificate on line %1 of the signature file: %2").arg(b.line).arg(why);
            return std::nullopt;
        }
        sf.m_certificatePems.append(ssl::toPem(cert.get()));
    }
    if (sf.m_certificatePems.isEmpty()) {
        *error = tr("The signature file has no certificate after the signature line; the "
                    "signer's PEM certificate is required");
        return std::nullopt;
    }
    return sf;
}

std::optional<SignatureFile> SignatureFile::parseFile(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read the signature file %1: %2").arg(path, f.errorString());
        return std::nullopt;
    }
    if (f.size() > maxCertFileBytes) {
        *error = tr("The signature file %1 is %2 bytes; more than %3 bytes is not a signature "
                    "file")
                     .arg(path)
                     .arg(f.size())
                     .arg(maxCertFileBytes);
        return std::nullopt;
    }
    return parse(f.readAll(), error);
}

} // namespace clu::sim::ovf
