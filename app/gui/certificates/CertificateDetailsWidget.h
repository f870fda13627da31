#pragma once

#include <QList>
#include <QSslCertificate>
#include <QWidget>

class QFormLayout;
class QLabel;
class QListWidget;
class QPushButton;

namespace clu::gui {

// Everything an administrator needs to judge a certificate: subject, issuer, self-signed,
// validity (expired / not yet valid highlighted), SHA-256 and SHA-1 fingerprints, key type and
// size, the chain, and the PEM text. Used for OVF signers and for TLS server certificates.
class CertificateDetailsWidget : public QWidget
{
    Q_OBJECT
public:
    enum class Validity { Valid, Expired, NotYetValid, Null };

    explicit CertificateDetailsWidget(QWidget *parent = nullptr);

    // `chain` is leaf first; when empty, the certificate alone is the chain.
    void setCertificate(const QSslCertificate &certificate,
                        const QList<QSslCertificate> &chain = {});
    void clear();
    QSslCertificate certificate() const { return m_certificate; }
    QList<QSslCertificate> chain() const { return m_chain; }

    // "Trust this signer" is offered only where trusting makes sense (OVF signers).
    void setTrustSignerVisible(bool visible);

    // Helpers shared with the dialogs and tests.
    static QString distinguishedName(const QSslCertificate &cert, bool issuer);
    static QString colonHex(const QByteArray &bytes);
    static QString sha256(const QSslCertificate &cert);
    static QString sha1(const QSslCertificate &cert);
    static QString keyDescription(const QSslCertificate &cert);
    static Validity validity(const QSslCertificate &cert, const QDateTime &now);
    static QString validityText(Validity v);
    static bool isSelfSigned(const QSslCertificate &cert);

signals:
    void trustSignerRequested(const QSslCertificate &certificate);

private:
    void showPem();
    QLabel *addRow(QFormLayout *form, const QString &label, const QString &objectName);

    QSslCertificate m_certificate;
    QList<QSslCertificate> m_chain;
    QLabel *m_status = nullptr;
    QLabel *m_subject = nullptr;
    QLabel *m_issuer = nullptr;
    QLabel *m_selfSigned = nullptr;
    QLabel *m_validFrom = nullptr;
    QLabel *m_validTo = nullptr;
    QLabel *m_sha256 = nullptr;
    QLabel *m_sha1 = nullptr;
    QLabel *m_key = nullptr;
    QLabel *m_serial = nullptr;
    QListWidget *m_chainList = nullptr;
    QPushButton *m_viewPem = nullptr;
    QPushButton *m_trustSigner = nullptr;
};

} // namespace clu::gui
