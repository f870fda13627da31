#pragma once

#include "JsonReader.h"

#include <QUrl>

namespace clu {

// §5.5: where the client PUTs a file (upload_endpoint) or where the server pulls from
// (source_endpoint).
struct TransferEndpoint
{
    QUrl uri; // kept verbatim; it is opaque and used as the server gave it
    QString sslCertificateThumbprint; // SHA-1, "AB:CD:..." as vCenter expects it
    QString sslCertificate; // PEM, vSphere 9.0+

    static TransferEndpoint read(JsonReader &r);
    static TransferEndpoint fromJson(const QJsonValue &v, QString *error)
    {
        return decodeJson<TransferEndpoint>(v, error);
    }
    QJsonObject toJson() const;
};

} // namespace clu
