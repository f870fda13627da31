#pragma once

#include <QCryptographicHash>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QSslCertificate>
#include <QSslError>

#include <functional>
#include <optional>

class QNetworkReply;

namespace clu {

// Decides whether a TLS peer is trusted, for every reply of the client's network access
// manager (JSON calls and the upload PUTs to whatever host the upload URL names).
//
// - Default: the system CA store decides (Qt's own verification).
// - A host with a pin (SHA-256, or vCenter-style SHA-1) must present exactly that leaf
//   certificate; then only the errors Qt reported *for that certificate* are ignored. Another
//   certificate is refused, also when the system would trust it, naming both fingerprints.
// - An untrusted certificate without a pin goes to the decision handler (a front end asks the
//   user: reject / trust once for this run / trust and pin). Without a handler, or on reject,
//   the call fails with ApiError::Kind::Tls carrying the chain, so a front end can ask later
//   and retry after trustOnce()/setPin().
// There is no blanket "ignore all errors"; even insecure mode ignores only the listed,
// trust-related errors of the presented chain.
//
// Threads: the policy lives in the front end's thread, but a handshake may happen in another one
// (the upload PUTs run libcurl in transfer threads, CurlPut). Its state is guarded by a mutex
// and a foreign thread's handshake is judged right there, inside the handshake, by pins,
// trust-once and insecure mode. The decision handler (a dialog) only ever
// runs in the policy's thread: a foreign-thread handshake it would have to judge fails with a
// Failure whose needsDecision is set; the owner then calls decide() in the policy's thread and
// starts the request again.
class TlsPolicy : public QObject
{
    Q_OBJECT
public:
    enum class Decision { Reject, TrustOnce, TrustAndPin };

    struct Problem
    {
        QString host;
        int port = 0;
        QList<QSslCertificate> chain; // leaf first
        QList<QSslError> errors;
    };
    // Runs synchronously inside the TLS handshake (a GUI may show a modal dialog here).
    using DecisionHandler = std::function<Decision(const Problem &)>;

    // Why a reply was refused, for RestClient::errorFromReply().
    struct Failure
    {
        bool pinMismatch = false;
        QString host;
        QString expectedFingerprint; // normalised hex of the pin
        QString presentedFingerprint; // same algorithm as the pin
        QList<QSslCertificate> chain;
        QList<QSslError> errors;
        // Translated: a key in the chain is below OpenSSL's security level (KeyStrength), which
        // no trust decision can override; empty otherwise.
        QString weakKey;
        // Refused in a foreign thread only because the handler was not asked (see above).
        bool needsDecision = false;
        int port = 0;
    };

    explicit TlsPolicy(QObject *parent = nullptr);

    void setDecisionHandler(DecisionHandler handler) { m_handler = std::move(handler); }

    // Pins `thumbprint` (SHA-256 or SHA-1, "AB:CD:.." or plain hex) for `host`. Returns an
    // empty string, or a translated reason when the thumbprint is not one.
    QString setPin(const QString &host, const QString &thumbprint);
    void clearPin(const QString &host);
    QString pin(const QString &host) const; // normalised hex or empty
    // Accepts this exact certificate for `host` until the process ends.
    void trustOnce(const QString &host, const QSslCertificate &certificate);
    // CLU_INSECURE=1: accept any certificate's trust errors (still not revocation/blacklist).
    void setInsecure(bool insecure);
    bool isInsecure() const;

    // Asks the decision handler (policy thread only) about a handshake refused with
    // needsDecision and records the answer (trust once, or trust and pin). True when the request
    // may be tried again.
    bool decide(const Failure &failure);

    // The policy's answer about one handshake.
    struct Verdict
    {
        bool accepted = false;
        // Why not (a refused certificate, a pin mismatch, a weak key, or needsDecision). Empty
        // when refused for an error no trust decision may override (revoked, malformed...).
        std::optional<Failure> failure;
    };
    // Judges a handshake with `host`: `chain` is the peer's chain (leaf first) and `errors` what
    // Qt's verification found for it (QSslCertificate::verify(chain, host) or the handshake's
    // sslErrors). Any thread; the decision handler is asked only in the policy's thread. This is
    // the one place trust is decided, for Qt's replies (attach) and for the upload PUT's
    // libcurl handshake (CurlPut) alike.
    Verdict judge(const QString &host, int port, const QList<QSslCertificate> &chain,
                  const QList<QSslError> &errors);

    // Wires the policy to one reply (of any thread). The RestClient's network access manager
    // calls it for every reply it creates, a TlsNetworkAccessManager for its own; call it
    // yourself only for replies from another manager.
    void attach(QNetworkReply *reply);
    std::optional<Failure> failureFor(const QNetworkReply *reply) const;

    static QString fingerprint(const QSslCertificate &cert,
                               QCryptographicHash::Algorithm algorithm);
    static QString sha256(const QSslCertificate &cert)
    {
        return fingerprint(cert, QCryptographicHash::Sha256);
    }
    static QString sha1(const QSslCertificate &cert)
    {
        return fingerprint(cert, QCryptographicHash::Sha1);
    }
    // True when `pinHex` (normalised, 40 or 64 hex digits) is the fingerprint of `cert`.
    static bool matchesPin(const QSslCertificate &cert, const QString &pinHex);

signals:
    // Trust decisions changed: cached connections must not be reused (the RestClient clears
    // its connection cache).
    void trustChanged();
    // The handler chose "trust and pin": a front end stores this in the server profile.
    void pinned(const QString &host, const QString &sha256Hex);
    // A certificate was refused (untrusted without a decision, or a pin mismatch).
    void refused(const QString &host, const QString &message);

private:
    void onSslErrors(QNetworkReply *reply, const QList<QSslError> &errors);
    void onEncrypted(QNetworkReply *reply);
    void record(const QNetworkReply *reply, const Failure &failure);
    // Reports (log, refused()) and returns the failure for a leaf that is not the pinned one.
    Failure pinMismatch(const QString &host, const QString &pinHex,
                        const QList<QSslCertificate> &chain);
    // True when every error is one a trust decision may override (logs the first that is not).
    static bool overridable(const QString &host, const QList<QSslError> &errors);
    static bool isTrustError(const QSslError &e);
    bool inPolicyThread() const;
    // Records the handler's answer; false on Reject.
    bool applyDecision(Decision decision, const QString &host, const QSslCertificate &leaf);

    mutable QMutex m_mutex; // guards the pins, trust-once set, insecure flag and failures
    DecisionHandler m_handler;
    QHash<QString, QString> m_pins; // host -> normalised hex
    QHash<QString, QSet<QString>> m_trustedOnce; // host -> sha256 of accepted leaves
    QHash<const QNetworkReply *, Failure> m_failures;
    bool m_insecure = false;
};

} // namespace clu
