#pragma once

#include "Result.h"
#include "model/TrustedCertificate.h"

#include <QCoreApplication>
#include <QPointer>

namespace clu {

class RestClient;

// The content library's trusted-certificates store (§1.6, API 7.0.3+): "Trust this signer".
// It exists only under /api; the login token works there whichever flavor the client detected.
class TrustedCertificateService
{
    Q_DECLARE_TR_FUNCTIONS(TrustedCertificateService)
public:
    explicit TrustedCertificateService(RestClient *client);

    void list(QObject *context, ResultCallback<QList<TrustedCertificate>> done);
    void get(const QString &certificateId, QObject *context,
             ResultCallback<TrustedCertificate> done);
    // Adds a PEM certificate; returns the new entry's id.
    void create(const QString &pem, QObject *context, ResultCallback<QString> done);
    void remove(const QString &certificateId, QObject *context, ResultCallback<void> done);

private:
    QPointer<RestClient> m_client;
};

} // namespace clu
