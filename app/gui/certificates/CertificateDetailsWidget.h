#pragma once

#include <QList>
#include <QSslCertificate>
#include <QWidget>

class QGridLayout;
class QLabel;
class QVBoxLayout;
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
    // `colonHex` ("AB:CD:…") broken into lines of at most `groupsPerLine` groups, for display.
    static QString grouped(const QString &colonHex, int groupsPerLine = 16);
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
    QLabel *addRow(QGridLayout *form, const QString &label, const QString &objectName);
    QWidget *chainEntry(int index);

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
    QLabel *m_chainHeading = nullptr;
    QWidget *m_chainList = nullptr; // one "chainEntry" label per certificate
    QVBoxLayout *m_chainLayout = nullptr;
    QPushButton *m_viewPem = nullptr;
    QPushButton *m_trustSigner = nullptr;
};

} // namespace clu::gui
