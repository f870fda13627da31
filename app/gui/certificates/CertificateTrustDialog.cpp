#include "certificates/CertificateTrustDialog.h"

#include "certificates/CertificateDetailsWidget.h"
#include "widgets/Icons.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace clu::gui {

CertificateTrustDialog::CertificateTrustDialog(const QString &host, int port,
                                               const QList<QSslCertificate> &chain,
                                               const QList<QSslError> &errors, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("certificateTrustDialog"));
    setWindowTitle(tr("Untrusted server certificate"));
    auto *layout = new QVBoxLayout(this);

    const QString where =
        port > 0 && port != 443 ? QStringLiteral("%1:%2").arg(host).arg(port) : host;
    auto *intro = new QLabel(
        tr("<p><b>The certificate of %1 is not trusted by this computer.</b></p>"
           "<p>Compare the SHA-256 fingerprint below with the one your vCenter administrator "
           "gave you before you trust it. If they differ, somebody may be intercepting the "
           "connection.</p>")
            .arg(where.toHtmlEscaped()),
        this);
    intro->setObjectName(QStringLiteral("trustIntro"));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    QStringList reasons;
    for (const QSslError &e : errors)
        if (!reasons.contains(e.errorString()))
            reasons << e.errorString();
    if (!reasons.isEmpty()) {
        auto *why = new QLabel(tr("Reason: %1").arg(reasons.join(QStringLiteral("; "))), this);
        why->setObjectName(QStringLiteral("trustReasons"));
        why->setWordWrap(true);
        layout->addWidget(why);
    }

    m_details = new CertificateDetailsWidget(this);
    m_details->setCertificate(chain.value(0), chain);
    layout->addWidget(m_details);

    auto *box = new QDialogButtonBox(this);
    m_cancel = box->addButton(tr("&Cancel"), QDialogButtonBox::RejectRole);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_cancel->setToolTip(tr("Do not connect"));
    m_trustOnce = box->addButton(tr("Trust &once"), QDialogButtonBox::AcceptRole);
    m_trustOnce->setObjectName(QStringLiteral("trustOnceButton"));
    m_trustOnce->setToolTip(tr("Accept this certificate until the application quits"));
    m_trustAndPin = box->addButton(tr("Trust and &pin"), QDialogButtonBox::AcceptRole);
    m_trustAndPin->setObjectName(QStringLiteral("trustAndPinButton"));
    m_trustAndPin->setIcon(Icons::icon(QStringLiteral("trust")));
    m_trustAndPin->setToolTip(
        tr("Remember this certificate's fingerprint in the server profile; any other "
           "certificate from this server will be refused"));
    m_cancel->setDefault(true);
    connect(m_cancel, &QPushButton::clicked, this, [this] { finishWith(Choice::Cancel); });
    connect(m_trustOnce, &QPushButton::clicked, this, [this] { finishWith(Choice::TrustOnce); });
    connect(m_trustAndPin, &QPushButton::clicked, this,
            [this] { finishWith(Choice::TrustAndPin); });
    layout->addWidget(box);
    resize(640, 560);
}

void CertificateTrustDialog::finishWith(Choice choice)
{
    m_choice = choice;
    if (choice == Choice::Cancel)
        reject();
    else
        accept();
}

} // namespace clu::gui
