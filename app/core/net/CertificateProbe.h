#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QSslError>
#include <QTimer>
#include <QUrl>

#include <chrono>

class QSslSocket;

namespace clu {

// What a TLS server presented, as seen from this computer.
struct ProbedCertificate
{
    QString error; // translated; empty when the handshake went through and `chain` is filled
    QList<QSslCertificate> chain; // leaf first
    // Why this computer's trust store would refuse the chain for the host (empty = trusted).
    // vCenter has its own trust store, so this is advice for the administrator, not a verdict.
    QList<QSslError> trustErrors;
    QString host;
    quint16 port = 0;

    bool ok() const { return error.isEmpty() && !chain.isEmpty(); }
};

// Fetches the certificate of an https:// URL's server so an administrator can confirm its
// thumbprint before vCenter is told to fetch a file from there (PULL, §8.6): vCenter accepts
// a self-signed source only with the thumbprint given in the request.
//
// It completes one TLS handshake and sends nothing: the peer is queried, not verified
// (QSslSocket::QueryPeer), and the chain is then checked against the system CAs separately, so
// an untrusted certificate is shown rather than hidden behind a refusal.
class CertificateProbe : public QObject
{
    Q_OBJECT
public:
    explicit CertificateProbe(QObject *parent = nullptr);
    ~CertificateProbe() override;

    // Starts a probe, aborting a running one. finished() always follows, also for a URL that is
    // not https (at once, with an error).
    void probe(const QUrl &url, std::chrono::milliseconds timeout = std::chrono::seconds(15));
    void abort();
    bool isRunning() const { return m_socket != nullptr; }

signals:
    void finished(const clu::ProbedCertificate &result);

private:
    void finish(const QString &error);
    void finishLater(const QString &error);

    QPointer<QSslSocket> m_socket;
    QTimer m_timeout;
    ProbedCertificate m_result;
    quint64 m_generation = 0; // bumped by abort(): a queued end of an older probe is dropped
};

} // namespace clu

Q_DECLARE_METATYPE(clu::ProbedCertificate)
