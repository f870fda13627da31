#include "certificates/CertificateDetailsWidget.h"

#include "net/KeyStrength.h"
#include "widgets/Icons.h"
#include "widgets/SemanticColors.h"

#include <QCryptographicHash>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSslKey>
#include <QVBoxLayout>

namespace clu::gui {

CertificateDetailsWidget::CertificateDetailsWidget(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("certificateStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    // Labels in a column of their own that is never narrower than the longest label, values
    // beside them wrapping (DNs, dates) or in fixed lines (fingerprints), top-aligned. A
    // QGridLayout, because QFormLayout's height-for-width gave rows with wrapped values less
    // height than their text needs inside the tab's scroll area (fingerprints cut in half).
    auto *form = new QGridLayout;
    form->setColumnStretch(1, 1);
    m_subject = addRow(form, tr("Subject:"), QStringLiteral("subjectValue"));
    m_issuer = addRow(form, tr("Issuer:"), QStringLiteral("issuerValue"));
    m_selfSigned = addRow(form, tr("Self-signed:"), QStringLiteral("selfSignedValue"));
    m_validFrom = addRow(form, tr("Valid from:"), QStringLiteral("validFromValue"));
    m_validTo = addRow(form, tr("Valid to:"), QStringLiteral("validToValue"));
    m_sha256 = addRow(form, tr("SHA-256 fingerprint:"), QStringLiteral("sha256Value"));
    m_sha1 = addRow(form, tr("SHA-1 fingerprint:"), QStringLiteral("sha1Value"));
    m_key = addRow(form, tr("Public key:"), QStringLiteral("keyValue"));
    m_serial = addRow(form, tr("Serial number:"), QStringLiteral("serialValue"));
    // Hex in lines of whole groups (see grouped()), monospace so the columns line up when two
    // fingerprints are compared; these do not word-wrap, their lines are their width.
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (QLabel *hex : { m_sha256, m_sha1, m_serial }) {
        hex->setWordWrap(false);
        hex->setFont(fixed);
    }
    layout->addLayout(form);

    m_chainHeading = new QLabel(tr("Certificate &chain (signer first):"), this);
    layout->addWidget(m_chainHeading);
    // Labels, not a list view: a list has a fixed height and scrolls long names sideways.
    m_chainList = new QWidget(this);
    m_chainList->setObjectName(QStringLiteral("chainList"));
    m_chainList->setAccessibleName(tr("Certificate chain"));
    m_chainLayout = new QVBoxLayout(m_chainList);
    m_chainLayout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_chainList);

    auto *buttons = new QHBoxLayout;
    m_viewPem = new QPushButton(tr("View &PEM…"), this);
    m_viewPem->setObjectName(QStringLiteral("viewPemButton"));
    m_viewPem->setToolTip(tr("Show the certificate chain as PEM text you can copy"));
    connect(m_viewPem, &QPushButton::clicked, this, &CertificateDetailsWidget::showPem);
    m_trustSigner =
        new QPushButton(Icons::icon(QStringLiteral("trust")), tr("&Trust this signer…"), this);
    m_trustSigner->setObjectName(QStringLiteral("trustSignerButton"));
    m_trustSigner->setToolTip(
        tr("Add this certificate to the server's trusted certificates, so packages it signs are "
           "no longer reported as untrusted"));
    m_trustSigner->setVisible(false);
    connect(m_trustSigner, &QPushButton::clicked, this,
            [this] { emit trustSignerRequested(m_certificate); });
    buttons->addWidget(m_viewPem);
    buttons->addWidget(m_trustSigner);
    buttons->addStretch();
    layout->addLayout(buttons);
    layout->addStretch();

    clear();
}

QLabel *CertificateDetailsWidget::addRow(QGridLayout *form, const QString &label,
                                         const QString &objectName)
{
    auto *value = new QLabel(this);
    value->setObjectName(objectName);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    // Long DNs and localized dates wrap (at '/', ',' and spaces) instead of widening the form.
    value->setWordWrap(true);
    value->setTextFormat(Qt::PlainText);
    auto *l = new QLabel(label, this);
    l->setBuddy(value);
    value->setAccessibleName(QString(label).remove(QLatin1Char(':')));
    const int row = form->rowCount();
    form->addWidget(l, row, 0, Qt::AlignTop | Qt::AlignLeft);
    form->addWidget(value, row, 1);
    return value;
}

void CertificateDetailsWidget::setTrustSignerVisible(bool visible)
{
    m_trustSigner->setVisible(visible);
}

void CertificateDetailsWidget::clear()
{
    setCertificate(QSslCertificate());
}

QString CertificateDetailsWidget::distinguishedName(const QSslCertificate &cert, bool issuer)
{
    // Slash-separated, most general first, the way vCenter reports DNs (§5.3).
    static const QList<QByteArray> order = { "C", "ST", "L", "O", "OU", "CN", "emailAddress" };
    const QList<QByteArray> attrs =
        issuer ? cert.issuerInfoAttributes() : cert.subjectInfoAttributes();
    QString dn;
    auto append = [&](const QByteArray &attr) {
        const QStringList values = issuer ? cert.issuerInfo(attr) : cert.subjectInfo(attr);
        for (const QString &v : values)
            dn += QLatin1Char('/') + QString::fromLatin1(attr) + QLatin1Char('=') + v;
    };
    for (const QByteArray &a : order)
        if (attrs.contains(a))
            append(a);
    for (const QByteArray &a : attrs)
        if (!order.contains(a))
            append(a);
    return dn;
}

QString CertificateDetailsWidget::colonHex(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toHex(':').toUpper());
}

QString CertificateDetailsWidget::grouped(const QString &colonHex, int groupsPerLine)
{
    // Whole "AB:" groups per line and lines of equal length (SHA-1: 10 + 10 rather than
    // 16 + 4), so that the same position in two fingerprints is in the same place.
    const QStringList groups = colonHex.split(QLatin1Char(':'));
    if (groupsPerLine <= 0 || groups.size() <= groupsPerLine)
        return colonHex;
    const qsizetype lines = (groups.size() + groupsPerLine - 1) / groupsPerLine;
    const qsizetype perLine = (groups.size() + lines - 1) / lines;
    QStringList out;
    for (qsizetype i = 0; i < groups.size(); i += perLine)
        out << groups.mid(i, perLine).join(QLatin1Char(':'));
    return out.join(QStringLiteral(":\n"));
}

QString CertificateDetailsWidget::sha256(const QSslCertificate &cert)
{
    return colonHex(cert.digest(QCryptographicHash::Sha256));
}

QString CertificateDetailsWidget::sha1(const QSslCertificate &cert)
{
    return colonHex(cert.digest(QCryptographicHash::Sha1));
}

QString CertificateDetailsWidget::keyDescription(const QSslCertificate &cert)
{
    const QSslKey key = cert.publicKey();
    if (key.isNull())
        return tr("unknown");
    return tr("%1, %2 bits").arg(KeyStrength::algorithmName(key.algorithm())).arg(key.length());
}

bool CertificateDetailsWidget::isSelfSigned(const QSslCertificate &cert)
{
    // QSslCertificate::isSelfSigned() asks OpenSSL whether the certificate issued itself, which
    // also checks key usage: a signing-only leaf that signed itself reports false there. What
    // an administrator needs to know is that nobody else vouches for it: subject == issuer.
    if (cert.isNull())
        return false;
    return cert.isSelfSigned() || distinguishedName(cert, false) == distinguishedName(cert, true);
}

CertificateDetailsWidget::Validity CertificateDetailsWidget::validity(const QSslCertificate &cert,
                                                                      const QDateTime &now)
{
    if (cert.isNull())
        return Validity::Null;
    if (cert.expiryDate().isValid() && now > cert.expiryDate())
        return Validity::Expired;
    if (cert.effectiveDate().isValid() && now < cert.effectiveDate())
        return Validity::NotYetValid;
    return Validity::Valid;
}

QString CertificateDetailsWidget::validityText(Validity v)
{
    switch (v) {
    case Validity::Valid:
        return tr("Within its validity period.");
    case Validity::Expired:
        return tr("Expired: the validity period has ended.");
    case Validity::NotYetValid:
        return tr("Not yet valid: the validity period has not started.");
    case Validity::Null:
        break;
    }
    return tr("No certificate.");
}

void CertificateDetailsWidget::setCertificate(const QSslCertificate &certificate,
                                              const QList<QSslCertificate> &chain)
{
    m_certificate = certificate;
    m_chain =
        chain.isEmpty() && !certificate.isNull() ? QList<QSslCertificate> { certificate } : chain;
    const bool has = !certificate.isNull();
    const QPalette pal = palette();
    const Validity v = validity(certificate, QDateTime::currentDateTimeUtc());

    auto colour = [](QLabel *label, const QColor &c) {
        QPalette p = label->palette();
        p.setColor(QPalette::WindowText, c);
        label->setPalette(p);
    };
    const QColor normal = pal.color(QPalette::WindowText);

    m_status->setText(has ? validityText(v) : tr("No certificate to show."));
    colour(m_status,
           v == Validity::Valid      ? SemanticColors::ok(pal)
               : v == Validity::Null ? normal
                                     : SemanticColors::error(pal));

    const QString dash = QStringLiteral("—");
    m_subject->setText(has ? distinguishedName(certificate, false) : dash);
    m_issuer->setText(has ? distinguishedName(certificate, true) : dash);
    const bool self = isSelfSigned(certificate);
    m_selfSigned->setText(!has ? dash : self ? tr("Yes (nobody else vouches for it)") : tr("No"));
    colour(m_selfSigned, self ? SemanticColors::warning(pal) : normal);

    const QLocale loc;
    auto when = [&](const QDateTime &dt) {
        return dt.isValid() ? loc.toString(dt.toLocalTime(), QLocale::LongFormat) : dash;
    };
    m_validFrom->setText(has ? when(certificate.effectiveDate()) : dash);
    m_validTo->setText(has ? when(certificate.expiryDate()) : dash);
    if (v == Validity::NotYetValid)
        m_validFrom->setText(m_validFrom->text() + QLatin1Char(' ') + tr("(not yet valid)"));
    if (v == Validity::Expired)
        m_validTo->setText(m_validTo->text() + QLatin1Char(' ') + tr("(expired)"));
    colour(m_validFrom, v == Validity::NotYetValid ? SemanticColors::error(pal) : normal);
    colour(m_validTo, v == Validity::Expired ? SemanticColors::error(pal) : normal);

    m_sha256->setText(has ? grouped(sha256(certificate)) : dash);
    m_sha1->setText(has ? grouped(sha1(certificate)) : dash);
    m_key->setText(has ? keyDescription(certificate) : dash);
    m_serial->setText(has ? grouped(QString::fromLatin1(certificate.serialNumber())) : dash);

    qDeleteAll(m_chainList->findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly));
    for (int i = 0; i < m_chain.size(); ++i)
        m_chainLayout->addWidget(chainEntry(i));
    m_chainHeading->setVisible(!m_chain.isEmpty());
    m_viewPem->setEnabled(has);
    m_trustSigner->setEnabled(has);
}

QWidget *CertificateDetailsWidget::chainEntry(int index)
{
    const QSslCertificate &c = m_chain.at(index);
    QString cn = c.subjectDisplayName();
    if (cn.isEmpty())
        cn = distinguishedName(c, false);
    auto *entry = new QWidget(m_chainList);
    auto *row = new QHBoxLayout(entry);
    row->setContentsMargins(0, 0, 0, 0);
    auto *icon = new QLabel(entry);
    icon->setPixmap(Icons::icon(QStringLiteral("certificate")).pixmap(16, 16));
    auto *text = new QLabel(
        tr("%1. %2 (issued by %3)").arg(index + 1).arg(cn, c.issuerDisplayName()), entry);
    text->setObjectName(QStringLiteral("chainEntry"));
    text->setTextFormat(Qt::PlainText);
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    if (index == 0) // Alt+C goes to the signer
        m_chainHeading->setBuddy(text);
    text->setToolTip(tr("SHA-256: %1").arg(sha256(c)));
    row->addWidget(icon, 0, Qt::AlignTop);
    row->addWidget(text, 1);
    return entry;
}

void CertificateDetailsWidget::showPem()
{
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("pemDialog"));
    dialog.setWindowTitle(tr("Certificate (PEM)"));
    auto *layout = new QVBoxLayout(&dialog);
    auto *text = new QPlainTextEdit(&dialog);
    text->setObjectName(QStringLiteral("pemText"));
    text->setAccessibleName(tr("PEM text"));
    text->setReadOnly(true);
    text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    QString pem;
    for (const QSslCertificate &c : m_chain)
        pem += QString::fromLatin1(c.toPem());
    text->setPlainText(pem);
    layout->addWidget(text);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(box, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(box);
    dialog.resize(620, 480);
    dialog.exec();
}

} // namespace clu::gui
