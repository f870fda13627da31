#include "TlsPolicy.h"

#include "KeyStrength.h"
#include "Logging.h"
#include "credentials/ServerProfile.h"

#include <QNetworkReply>
#include <QSslConfiguration>
#include <QThread>

namespace clu {

TlsPolicy::TlsPolicy(QObject *parent)
    : QObject(parent)
{ }

QString TlsPolicy::fingerprint(const QSslCertificate &cert, QCryptographicHash::Algorithm alg)
{
    if (cert.isNull())
        return {};
    return QString::fromLatin1(cert.digest(alg).toHex());
}

bool TlsPolicy::matchesPin(const QSslCertificate &cert, const QString &pinHex)
{
    if (cert.isNull())
        return false;
    if (pinHex.size() == 64)
        return sha256(cert) == pinHex;
    if (pinHex.size() == 40)
        return sha1(cert) == pinHex;
    return false;
}

QString TlsPolicy::setPin(const QString &host, const QString &thumbprint)
{
    const QString hex = ServerProfile::normaliseThumbprint(thumbprint);
    if (hex.isEmpty())
        return tr("\"%1\" is neither a SHA-256 nor a SHA-1 certificate fingerprint (expected 64 "
                  "or 40 hex digits, colons allowed).")
            .arg(thumbprint);
    {
        QMutexLocker lock(&m_mutex);
        m_pins.insert(host.toLower(), hex);
    }
    emit trustChanged();
    return {};
}

void TlsPolicy::clearPin(const QString &host)
{
    bool removed = false;
    {
        QMutexLocker lock(&m_mutex);
        removed = m_pins.remove(host.toLower()) > 0;
    }
    if (removed)
        emit trustChanged();
}

QString TlsPolicy::pin(const QString &host) const
{
    QMutexLocker lock(&m_mutex);
    return m_pins.value(host.toLower());
}

void TlsPolicy::trustOnce(const QString &host, const QSslCertificate &certificate)
{
    {
        QMutexLocker lock(&m_mutex);
        m_trustedOnce[host.toLower()].insert(sha256(certificate));
    }
    emit trustChanged();
}

void TlsPolicy::setInsecure(bool insecure)
{
    {
        QMutexLocker lock(&m_mutex);
        m_insecure = insecure;
    }
    emit trustChanged();
}

bool TlsPolicy::isInsecure() const
{
    QMutexLocker lock(&m_mutex);
    return m_insecure;
}

bool TlsPolicy::inPolicyThread() const
{
    return QThread::currentThread() == thread();
}

void TlsPolicy::attach(QNetworkReply *reply)
{
    if (!reply)
        return;
    // The handshake signals must be answered while they are being emitted (ignoreSslErrors
    // afterwards is too late), so they run in the reply's thread: the reply is the context.
    // The reply dies before the policy: its owner (RestClient, a transfer thread) is torn down
    // first; the QPointer guards the other order.
    QPointer<TlsPolicy> self(this);
    connect(reply, &QNetworkReply::sslErrors, reply, [self, reply](const QList<QSslError> &errors) {
        if (self)
            self->onSslErrors(reply, errors);
    });
    connect(reply, &QNetworkReply::encrypted, reply, [self, reply]() {
        if (self)
            self->onEncrypted(reply);
    });
    const QNetworkReply *key = reply;
    connect(reply, &QObject::destroyed, this, [this, key]() {
        QMutexLocker lock(&m_mutex);
        m_failures.remove(key);
    });
}

std::optional<TlsPolicy::Failure> TlsPolicy::failureFor(const QNetworkReply *reply) const
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_failures.constFind(reply);
    if (it == m_failures.constEnd())
        return std::nullopt;
    return *it;
}

bool TlsPolicy::isTrustError(const QSslError &e)
{
    // Errors a deliberate trust decision about this certificate can override. Revocation,
    // blacklisting and malformed certificates are never overridden.
    switch (e.error()) {
    case QSslError::SelfSignedCertificate:
    case QSslError::SelfSignedCertificateInChain:
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
    case QSslError::CertificateUntrusted:
    case QSslError::HostNameMismatch:
    case QSslError::CertificateExpired:
    case QSslError::CertificateNotYetValid:
    case QSslError::InvalidCaCertificate:
    case QSslError::PathLengthExceeded:
    case QSslError::InvalidPurpose:
    case QSslError::CertificateRejected:
        return true;
    default:
        return false;
    }
}

bool TlsPolicy::overridable(const QString &host, const QList<QSslError> &errors)
{
    // Only trust-related errors are overridden; if anything else is wrong (revoked, malformed)
    // the handshake still fails, whatever pin or decision exists.
    for (const QSslError &e : errors) {
        if (!isTrustError(e)) {
            qCWarning(lcTls) << "not overriding TLS error for" << host << ":" << e.errorString();
            return false;
        }
    }
    return true;
}

void TlsPolicy::record(const QNetworkReply *reply, const Failure &failure)
{
    QMutexLocker lock(&m_mutex);
    m_failures.insert(reply, failure);
}

TlsPolicy::Failure TlsPolicy::pinMismatch(const QString &host, const QString &pinHex,
                                          const QList<QSslCertificate> &chain)
{
    Failure f;
    f.pinMismatch = true;
    f.host = host;
    f.expectedFingerprint = ServerProfile::formatThumbprint(pinHex);
    const QSslCertificate leaf = chain.isEmpty() ? QSslCertificate() : chain.first();
    f.presentedFingerprint =
        ServerProfile::formatThumbprint(pinHex.size() == 40 ? sha1(leaf) : sha256(leaf));
    f.chain = chain;
    const QString message =
        tr("%1 presented a certificate with fingerprint %2, but the pinned fingerprint is %3")
            .arg(host, f.presentedFingerprint, f.expectedFingerprint);
    qCWarning(lcTls).noquote() << message;
    emit refused(host, message);
    return f;
}

void TlsPolicy::onEncrypted(QNetworkReply *reply)
{
    // Reached when the handshake succeeded, with or without ignored errors. A pinned host must
    // present the pinned certificate even when the system CA store trusts another one.
    const QString host = reply->url().host().toLower();
    const QString pinHex = pin(host);
    if (pinHex.isEmpty())
        return;
    const QList<QSslCertificate> chain = reply->sslConfiguration().peerCertificateChain();
    const QSslCertificate leaf = reply->sslConfiguration().peerCertificate();
    if (matchesPin(leaf, pinHex))
        return;
    record(reply, pinMismatch(host, pinHex, chain));
    reply->abort();
}

void TlsPolicy::onSslErrors(QNetworkReply *reply, const QList<QSslError> &errors)
{
    QList<QSslCertificate> chain = reply->sslConfiguration().peerCertificateChain();
    if (chain.isEmpty())
        chain.append(reply->sslConfiguration().peerCertificate());
    const Verdict v = judge(reply->url().host(), reply->url().port(443), chain, errors);
    if (v.accepted)
        reply->ignoreSslErrors(errors); // exactly the errors Qt reported for this handshake
    else if (v.failure)
        record(reply, *v.failure);
}

TlsPolicy::Verdict TlsPolicy::judge(const QString &hostName, int port,
                                    const QList<QSslCertificate> &chain,
                                    const QList<QSslError> &errors)
{
    const QString host = hostName.toLower();
    const QSslCertificate leaf = chain.value(0);
    Verdict v;
    Failure f;
    f.host = host;
    f.port = port;
    f.chain = chain;
    f.errors = errors;

    // OpenSSL ends a Qt handshake whatever we ignore (Qt's errors then say only "Unknown
    // error"), so neither a pin, nor insecure mode, nor the user is asked: say why instead.
    const QString weak = KeyStrength::tooSmall(chain, host);
    if (!weak.isEmpty()) {
        f.weakKey = weak;
        qCWarning(lcTls).noquote() << weak;
        emit refused(host, weak);
        v.failure = f;
        return v;
    }

    QString pinHex;
    bool trustedOnce = false;
    bool insecure = false;
    {
        QMutexLocker lock(&m_mutex);
        pinHex = m_pins.value(host);
        trustedOnce = m_trustedOnce.value(host).contains(sha256(leaf));
        insecure = m_insecure;
    }
    if (!pinHex.isEmpty()) {
        if (!matchesPin(leaf, pinHex)) {
            v.failure = pinMismatch(host, pinHex, chain);
            return v;
        }
        qCDebug(lcTls) << "pinned certificate of" << host << "accepted";
        v.accepted = overridable(host, errors);
        return v;
    }
    if (errors.isEmpty()) {
        v.accepted = true; // the system CA store trusts it, and no pin says otherwise
        return v;
    }
    if (trustedOnce) {
        v.accepted = overridable(host, errors);
        return v;
    }
    if (insecure) {
        qCWarning(lcTls) << "insecure mode: accepting the untrusted certificate of" << host
                         << "SHA-256" << sha256(leaf);
        v.accepted = overridable(host, errors);
        return v;
    }
    if (m_handler && !inPolicyThread()) {
        // The handler may show a dialog: it runs in the policy's thread only, when the owner
        // of this handshake calls decide(). Until then the handshake is refused.
        f.needsDecision = true;
        v.failure = f;
        return v;
    }
    const Decision decision =
        m_handler ? m_handler(Problem { host, port, chain, errors }) : Decision::Reject;
    if (applyDecision(decision, host, leaf)) {
        v.accepted = overridable(host, errors);
        return v;
    }
    QStringList reasons;
    for (const QSslError &e : errors)
        reasons.append(e.errorString());
    emit refused(host, reasons.join(QLatin1String("; ")));
    v.failure = f;
    return v;
}

bool TlsPolicy::applyDecision(Decision decision, const QString &host, const QSslCertificate &leaf)
{
    switch (decision) {
    case Decision::TrustOnce: {
        QMutexLocker lock(&m_mutex);
        m_trustedOnce[host].insert(sha256(leaf));
        return true;
    }
    case Decision::TrustAndPin: {
        QMutexLocker lock(&m_mutex);
        m_pins.insert(host, sha256(leaf));
    }
        emit pinned(host, sha256(leaf));
        return true;
    case Decision::Reject:
        break;
    }
    return false;
}

bool TlsPolicy::decide(const Failure &failure)
{
    Q_ASSERT(inPolicyThread());
    if (!failure.needsDecision || !m_handler || failure.chain.isEmpty())
        return false;
    const Decision decision =
        m_handler(Problem { failure.host, failure.port, failure.chain, failure.errors });
    if (applyDecision(decision, failure.host, failure.chain.first()))
        return true;
    QStringList reasons;
    for (const QSslError &e : failure.errors)
        reasons.append(e.errorString());
    emit refused(failure.host, reasons.join(QLatin1String("; ")));
    return false;
}

} // namespace clu
