#include "TransferEndpoint.h"

namespace clu {

TransferEndpoint TransferEndpoint::read(JsonReader &r)
{
    TransferEndpoint e;
    if (!r.expectObject())
        return e;
    const QString uri = r.string("uri");
    if (r.ok()) {
        e.uri = QUrl(uri, QUrl::StrictMode);
        if (!e.uri.isValid() || e.uri.scheme().isEmpty())
            r.fail("uri", JsonReader::tr("\"%1\" is not an absolute URI").arg(uri));
    }
    e.sslCertificateThumbprint = r.string("ssl_certificate_thumbprint", JsonReader::Optional);
    e.sslCertificate = r.string("ssl_certificate", JsonReader::Optional);
    return e;
}

QJsonObject TransferEndpoint::toJson() const
{
    QJsonObject o { { QStringLiteral("uri"), uri.toString(QUrl::FullyEncoded) } };
    if (!sslCertificateThumbprint.isEmpty())
        o.insert(QStringLiteral("ssl_certificate_thumbprint"), sslCertificateThumbprint);
    if (!sslCertificate.isEmpty())
        o.insert(QStringLiteral("ssl_certificate"), sslCertificate);
    return o;
}

} // namespace clu
