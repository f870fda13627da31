#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonArray>
#include <QList>
#include <QString>

#include <optional>

namespace clu::sim::ovf {

struct TrustedCertificateEntry
{
    QString id; // opaque (a UUID without braces)
    QByteArray pem; // normalised PEM of exactly one certificate
};

// The simulator's /api/content/trusted-certificates store: trusted signer/CA certificates with
// ids. In memory; sim-a persists it with toJson()/fromJson(). A plain value type, not
// thread-safe: guard it with the server's state lock.
class TrustStore
{
    Q_DECLARE_TR_FUNCTIONS(TrustStore)
public:
    struct AddResult
    {
        QString id; // set on success, and on a duplicate (the existing entry's id)
        QString error; // empty on success; translated reason otherwise
        bool duplicate = false; // the certificate is already in the store (ALREADY_EXISTS)
        bool ok() const { return error.isEmpty(); }
    };

    // Validates `certText` (the request's cert_text): exactly one PEM certificate that decodes,
    // nothing else (no private keys, no second certificate). Adds it with a new id.
    AddResult add(const QByteArray &certText);
    QList<TrustedCertificateEntry> list() const { return m_entries; }
    std::optional<TrustedCertificateEntry> get(const QString &id) const;
    bool remove(const QString &id); // false when no such id
    void clear() { m_entries.clear(); }
    bool isEmpty() const { return m_entries.isEmpty(); }
    int size() const { return static_cast<int>(m_entries.size()); }
    QList<QByteArray> pems() const; // for CertificateAnalyzer / PackageVerifier

    // [{"id": "...", "cert_text": "<PEM>"}, ...]
    QJsonArray toJson() const;
    // nullopt + *error naming the bad entry (index and why) when the array is not what
    // toJson() writes or a certificate does not decode.
    static std::optional<TrustStore> fromJson(const QJsonArray &array, QString *error);

private:
    QList<TrustedCertificateEntry> m_entries;
};

} // namespace clu::sim::ovf
