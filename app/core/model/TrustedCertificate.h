#pragma once

#include "JsonReader.h"

#include <QSslCertificate>

namespace clu {

// §1.6 content trusted-certificates store entry (API 7.0.3+): list summaries carry the id in
// `certificate`, get results only `cert_text`; the service fills the id in either way.
struct TrustedCertificate
{
    QString id;
    QString certText; // PEM

    QSslCertificate certificate() const;

    static TrustedCertificate read(JsonReader &r);
    static TrustedCertificate fromJson(const QJsonValue &v, QString *error)
    {
        return decodeJson<TrustedCertificate>(v, error);
    }
    QJsonObject toJson() const;
};

} // namespace clu
