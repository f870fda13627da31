#include "CertificateInfo.h"

namespace clu {

QSslCertificate CertificateInfo::certificate() const
{
    const QByteArray data = x509.toLatin1();
    const QList<QSslCertificate> pem = QSslCertificate::fromData(data, QSsl::Pem);
    if (!pem.isEmpty())
        return pem.first();
    // Some servers send the bare base64 DER body without PEM armour.
    const QList<QSslCertificate> der =
        QSslCertificate::fromData(QByteArray::fromBase64(data), QSsl::Der);
    return der.isEmpty() ? QSslCertificate() : der.first();
}

CertificateInfo CertificateInfo::read(JsonReader &r)
{
    CertificateInfo c;
    if (!r.expectObject())
        return c;
    c.issuer = r.string("issuer");
    c.subject = r.string("subject");
    c.selfSigned = r.boolean("self_signed");
    c.x509 = r.string("x509");
    return c;
}

QJsonObject CertificateInfo::toJson() const
{
    return { { QStringLiteral("issuer"), issuer },
             { QStringLiteral("subject"), subject },
             { QStringLiteral("self_signed"), selfSigned },
             { QStringLiteral("x509"), x509 } };
}

} // namespace clu
