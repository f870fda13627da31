#pragma once

#include <QDialog>
#include <QList>
#include <QSslCertificate>
#include <QSslError>

class QPushButton;

namespace clu::gui {

class CertificateDetailsWidget;

// First contact with a server whose certificate the system does not trust: shows who the
// certificate claims to be and why it is not trusted, and lets the administrator decide.
class CertificateTrustDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Choice { Cancel, TrustOnce, TrustAndPin };

    CertificateTrustDialog(const QString &host, int port, const QList<QSslCertificate> &chain,
                           const QList<QSslError> &errors, QWidget *parent = nullptr);

    Choice choice() const { return m_choice; }
    CertificateDetailsWidget *details() const { return m_details; }
    QPushButton *trustOnceButton() const { return m_trustOnce; }
    QPushButton *trustAndPinButton() const { return m_trustAndPin; }
    QPushButton *cancelButton() const { return m_cancel; }

private:
    void finishWith(Choice choice);

    Choice m_choice = Choice::Cancel;
    CertificateDetailsWidget *m_details = nullptr;
    QPushButton *m_trustOnce = nullptr;
    QPushButton *m_trustAndPin = nullptr;
    QPushButton *m_cancel = nullptr;
};

} // namespace clu::gui
