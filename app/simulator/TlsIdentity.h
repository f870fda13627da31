#pragma once

#include <QCoreApplication>
#include <QString>

namespace clu::sim {

// The certificate/key pair the simulator serves. Generated once per data directory (so a client
// can pin it across restarts) or supplied by the user.
class TlsIdentity
{
    Q_DECLARE_TR_FUNCTIONS(TlsIdentity)
public:
    // Uses <dataDir>/tls/cert.pem + key.pem, generating a self-signed pair (SAN IP:127.0.0.1,
    // DNS:localhost) when they do not exist yet. False with *error on failure.
    bool ensureGenerated(const QString &dataDir, QString *error);
    // Uses given files (checked for readability).
    bool useFiles(const QString &certFile, const QString &keyFile, QString *error);

    QString certFile() const { return m_cert; }
    QString keyFile() const { return m_key; }

private:
    QString m_cert;
    QString m_key;
};

} // namespace clu::sim
