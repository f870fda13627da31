#include "TrustedCertificateOperations.h"

#include "OvfAdapter.h"

#include <QCryptographicHash>
#include <QSslCertificate>

namespace clu::sim {

TrustedCertificateOperations::TrustedCertificateOperations(SimState &state, OvfAdapter &ovf)
    : m_state(state)
    , m_ovf(ovf)
{ }

void TrustedCertificateOperations::registerOperations(OperationTable &t)
{
    t.insert(QStringLiteral("trusted.list"), [this](const Call &c) { return listTrusted(c); });
    t.insert(QStringLiteral("trusted.get"), [this](const Call &c) { return getTrusted(c); });
    t.insert(QStringLiteral("trusted.create"), [this](const Call &c) { return createTrusted(c); });
    t.insert(QStringLiteral("trusted.delete"), [this](const Call &c) { return deleteTrusted(c); });
}

Outcome TrustedCertificateOperations::listTrusted(const Call &)
{
    std::lock_guard lock(m_state.mutex);
    QJsonArray a;
    for (const TrustedCert &t : m_state.trusted)
        a.append(QJsonObject { { QStringLiteral("certificate"), t.id } });
    return Outcome::ok(a);
}

Outcome TrustedCertificateOperations::getTrusted(const Call &c)
{
    const QString id = c.str("certificate");
    std::lock_guard lock(m_state.mutex);
    auto it = m_state.trusted.constFind(id);
    if (it == m_state.trusted.constEnd())
        return Outcome::fail(VapiError::notFound(QStringLiteral("trusted certificate"), id));
    return Outcome::ok(QJsonObject { { QStringLiteral("cert_text"), it->pem } });
}

Outcome TrustedCertificateOperations::createTrusted(const Call &c)
{
    const QString pem = c.obj("spec").value(QLatin1String("cert_text")).toString();
    const auto certs = QSslCertificate::fromData(pem.toUtf8(), QSsl::Pem);
    if (certs.isEmpty() || certs.first().isNull())
        return Outcome::fail(VapiError::invalidArgument(
            QStringLiteral("cert_text is not a PEM X.509 certificate.")));
    // Id = SHA-1 of the DER form: adding the same certificate twice gives the same id.
    const QString id = QString::fromLatin1(certs.first().digest(QCryptographicHash::Sha1).toHex());
    std::lock_guard lock(m_state.mutex);
    if (m_state.trusted.contains(id))
        return Outcome::fail(VapiError::make(
            QStringLiteral("ALREADY_EXISTS"),
            QStringLiteral("com.vmware.content.trusted_certificate.exists"),
            QStringLiteral("The certificate is already trusted (%1).").arg(id), { id }));
    m_state.trusted.insert(id, { id, QString::fromUtf8(certs.first().toPem()) });
    m_ovf.trustChanged();
    m_state.save();
    return Outcome::created(id);
}

Outcome TrustedCertificateOperations::deleteTrusted(const Call &c)
{
    const QString id = c.str("certificate");
    std::lock_guard lock(m_state.mutex);
    if (!m_state.trusted.remove(id))
        return Outcome::fail(VapiError::notFound(QStringLiteral("trusted certificate"), id));
    m_ovf.trustChanged();
    m_state.save();
    return Outcome::empty();
}

} // namespace clu::sim
