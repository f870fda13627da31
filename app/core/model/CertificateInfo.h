#pragma once

#include "JsonReader.h"

#include <QSslCertificate>

namespace clu {

// §5.3: the OVF signer as the server reports it in the preview.
struct CertificateInfo
{
    QString issuer; // slash-separated DN
    QString subject;
    bool selfSigned = false;
    QString x509; // PEM

    // The certificate decoded from `x509`; null when the text is not a PEM/DER certificate.
    QSslCertificate certificate() const;

    static CertificateInfo read(JsonReader &r);
    static CertificateInfo fromJson(const QJsonValue &v, QString *error)
    {
        return decodeJson<CertificateInfo>(v, error);
    }
    QJsonObject toJson() const;
};

} // namespace clu
