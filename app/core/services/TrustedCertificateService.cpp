#include "TrustedCertificateService.h"

#include "ResultDecoding.h"
#include "net/RestClient.h"

#include <QSslCertificate>

namespace clu {

TrustedCertificateService::TrustedCertificateService(RestClient *client)
    : m_client(client)
{ }

void TrustedCertificateService::list(QObject *context,
                                     ResultCallback<QList<TrustedCertificate>> done)
{
    const QString op = tr("Listing trusted certificates");
    if (!m_client) {
        ResultDecoding::failLater<QList<TrustedCertificate>>(
            context, done, ApiError::invalidInput(op, tr("the connection is gone")));
        return;
    }
    const ApiRequest req = m_client->routes().listTrustedCertificates();
    m_client->call(req, context, [done, op](const ApiResult &r) {
        // The reference answers {"certificates":[{certificate, cert_text}]}; accept a bare
        // array as well, as both shapes occur in generated bindings.
        ApiResult inner = r;
        if (r.ok() && r.value.isObject())
            inner.value = r.value.toObject().value(QLatin1String("certificates"));
        done(ResultDecoding::toModelList<TrustedCertificate>(inner, op, "certificates"));
    });
}

void TrustedCertificateService::get(const QString &id, QObject *context,
                                    ResultCallback<TrustedCertificate> done)
{
    const QString op = tr("Reading trusted certificate %1").arg(id);
    if (!m_client || id.isEmpty()) {
        ResultDecoding::failLater<TrustedCertificate>(
            context, done,
            ApiError::invalidInput(
                op, m_client ? tr("no id was given") : tr("the connection is gone")));
        return;
    }
    m_client->call(
        m_client->routes().getTrustedCertificate(id), context, [done, id, op](const ApiResult &r) {
            Result<TrustedCertificate> out = ResultDecoding::toModel<TrustedCertificate>(r, op);
            if (out.ok() && out.value.id.isEmpty())
                out.value.id = id;
            done(out);
        });
}

void TrustedCertificateService::create(const QString &pem, QObject *context,
                                       ResultCallback<QString> done)
{
    const QString op = tr("Adding a trusted certificate");
    QString why;
    if (!m_client)
        why = tr("the connection is gone");
    else if (QSslCertificate::fromData(pem.toLatin1(), QSsl::Pem).isEmpty())
        why = tr("the text is not a PEM certificate (-----BEGIN CERTIFICATE-----)");
    if (!why.isEmpty()) {
        ResultDecoding::failLater<QString>(context, done, ApiError::invalidInput(op, why));
        return;
    }
    m_client->call(m_client->routes().createTrustedCertificate(pem), context,
                   [done, op](const ApiResult &r) {
                       ApiResult inner = r;
                       // Some builds answer the created entry instead of its bare id.
                       if (r.ok() && r.value.isObject())
                           inner.value = r.value.toObject().value(QLatin1String("certificate"));
                       done(ResultDecoding::toId(inner, op));
                   });
}

void TrustedCertificateService::remove(const QString &id, QObject *context,
                                       ResultCallback<void> done)
{
    const QString op = tr("Removing trusted certificate %1").arg(id);
    if (!m_client || id.isEmpty()) {
        ResultDecoding::failLater<void>(
            context, done,
            ApiError::invalidInput(
                op, m_client ? tr("no id was given") : tr("the connection is gone")));
        return;
    }
    m_client->call(m_client->routes().deleteTrustedCertificate(id), context,
                   [done](const ApiResult &r) { done(ResultDecoding::toVoid(r)); });
}

} // namespace clu
