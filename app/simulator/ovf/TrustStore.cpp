#include "TrustStore.h"

#include "OpenSslUtil.h"

#include <QJsonObject>
#include <QUuid>

namespace clu::sim::ovf {

namespace {
// Exactly one decodable certificate and nothing else; returns its normalised PEM.
QByteArray validateCertText(const QByteArray &certText, QString *error)
{
    if (certText.trimmed().isEmpty()) {
        *error = TrustStore::tr("cert_text is empty; it must hold one PEM certificate");
        return {};
    }
    QString pemError;
    const QList<ssl::PemBlock> blocks = ssl::splitPem(certText, 1, &pemError);
    if (!pemError.isEmpty()) {
        *error = TrustStore::tr("cert_text is not valid PEM: %1").arg(pemError);
        return {};
    }
    if (blocks.isEmpty()) {
        *error = TrustStore::tr("cert_text holds no PEM block; expected one "
                                "\"-----BEGIN CERTIFICATE-----\" block");
        return {};
    }
    for (const ssl::PemBlock &b : blocks) {
        if (b.label != "CERTIFICATE") {
            // Never echo the block: it may be a private key.
            *error = TrustStore::tr("cert_text holds a \"%1\" PEM block (line %2); only a "
                                    "certificate is accepted")
                         .arg(QString::fromLatin1(b.label))
                         .arg(b.line);
            return {};
        }
    }
    if (blocks.size() > 1) {
        *error = TrustStore::tr("cert_text holds %1 certificates; add them one at a time")
                     .arg(blocks.size());
        return {};
    }
    QString why;
    ssl::X509Ptr cert = ssl::readCertificate(blocks.first().text, &why);
    if (!cert) {
        *error = TrustStore::tr("cert_text: %1").arg(why);
        return {};
    }
    return ssl::toPem(cert.get());
}
} // namespace

TrustStore::AddResult TrustStore::add(const QByteArray &certText)
{
    AddResult r;
    const QByteArray pem = validateCertText(certText, &r.error);
    if (pem.isEmpty())
        return r;
    for (const TrustedCertificateEntry &e : qAsConst(m_entries)) {
        if (e.pem == pem) {
            r.duplicate = true;
            r.id = e.id;
            r.error = tr("This certificate is already trusted (id %1)").arg(e.id);
            return r;
        }
    }
    r.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_entries.append({ r.id, pem });
    return r;
}

std::optional<TrustedCertificateEntry> TrustStore::get(const QString &id) const
{
    for (const TrustedCertificateEntry &e : m_entries) {
        if (e.id == id)
            return e;
    }
    return std::nullopt;
}

bool TrustStore::remove(const QString &id)
{
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).id == id) {
            m_entries.removeAt(i);
            return true;
        }
    }
    return false;
}

QList<QByteArray> TrustStore::pems() const
{
    QList<QByteArray> out;
    for (const TrustedCertificateEntry &e : m_entries)
        out << e.pem;
    return out;
}

QJsonArray TrustStore::toJson() const
{
    QJsonArray a;
    for (const TrustedCertificateEntry &e : m_entries)
        a.append(QJsonObject { { QStringLiteral("id"), e.id },
                               { QStringLiteral("cert_text"), QString::fromLatin1(e.pem) } });
    return a;
}

std::optional<TrustStore> TrustStore::fromJson(const QJsonArray &array, QString *error)
{
    TrustStore store;
    for (int i = 0; i < array.size(); ++i) {
        const QJsonObject o = array.at(i).toObject();
        const QString id = o.value(QStringLiteral("id")).toString();
        const QString text = o.value(QStringLiteral("cert_text")).toString();
        if (!array.at(i).isObject() || id.isEmpty() || text.isEmpty()) {
            *error = tr("Trusted certificate entry %1 needs the string fields \"id\" and "
                        "\"cert_text\"")
                         .arg(i);
            return std::nullopt;
        }
        if (store.get(id)) {
            *error = tr("Trusted certificate entry %1 repeats the id %2").arg(i).arg(id);
            return std::nullopt;
        }
        QString why;
        const QByteArray pem = validateCertText(text.toUtf8(), &why);
        if (pem.isEmpty()) {
            *error = tr("Trusted certificate entry %1 (id %2): %3").arg(i).arg(id, why);
            return std::nullopt;
        }
        store.m_entries.append({ id, pem });
    }
    return store;
}

} // namespace clu::sim::ovf
