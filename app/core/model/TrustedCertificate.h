#pragma once

#include "JsonReader.h"

#include <QSslCertificate>

namespace clu {

// §1.6 content trusted-certificates store entry (API 7.0.3+): list summaries carry the id in
// `certificate` (with or without `cert_text`), get results only `cert_text`; the service fills
// the id in for get. An entry needs at least one of the two.
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
