#include "TrustedCertificate.h"

namespace clu {

QSslCertificate TrustedCertificate::certificate() const
{
    const QList<QSslCertificate> certs = QSslCertificate::fromData(certText.toLatin1(), QSsl::Pem);
    return certs.isEmpty() ? QSslCertificate() : certs.first();
}

TrustedCertificate TrustedCertificate::read(JsonReader &r)
{
    TrustedCertificate c;
    if (!r.expectObject())
        return c;
    c.id = r.string("certificate", JsonReader::Optional);
    // List summaries may carry only the id (servers differ); get results carry only the text.
    c.certText =
        r.string("cert_text", c.id.isEmpty() ? JsonReader::Required : JsonReader::Optional);
    return c;
}

QJsonObject TrustedCertificate::toJson() const
{
    QJsonObject o { { QStringLiteral("cert_text"), certText } };
    if (!id.isEmpty())
        o.insert(QStringLiteral("certificate"), id);
    return o;
}

} // namespace clu
