#include "uploads/UrlSourceDialog.h"

#include "certificates/CertificateDetailsWidget.h"
#include "widgets/Icons.h"
#include "widgets/SemanticColors.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace clu::gui {

UrlSourceDialog::UrlSourceDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("urlSourceDialog"));
    setWindowTitle(tr("Add from URL"));
    auto *layout = new QVBoxLayout(this);

    auto *form = new QFormLayout;
    auto *urlRow = new QHBoxLayout;
    m_url = new QLineEdit(this);
    m_url->setObjectName(QStringLiteral("sourceUrlEdit"));
    m_url->setPlaceholderText(QStringLiteral("https://repo.example.com/images/disk.iso"));
    m_url->setAccessibleName(tr("Source URL"));
    m_url->setToolTip(tr("vCenter fetches the file from this http:// or https:// URL itself"));
    m_fetch =
        new QPushButton(Icons::icon(QStringLiteral("certificate")), tr("&Fetch certificate"), this);
    m_fetch->setObjectName(QStringLiteral("fetchCertificateButton"));
    m_fetch->setToolTip(tr("Connect to the source and show the certificate it presents"));
    urlRow->addWidget(m_url, 1);
    urlRow->addWidget(m_fetch);
    // addRow(text, layout) would leave the mnemonic without a buddy, so make the label here.
    auto *urlLabel = new QLabel(tr("&URL:"), this);
    urlLabel->setBuddy(m_url);
    form->addRow(urlLabel, urlRow);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("sourceNameEdit"));
    m_name->setAccessibleName(tr("File name in the item"));
    form->addRow(tr("File &name:"), m_name);
    layout->addLayout(form);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("sourceStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);

    m_details = new CertificateDetailsWidget(this);
    m_details->setObjectName(QStringLiteral("sourceCertificate"));
    m_details->setTrustSignerVisible(false);
    m_details->hide();
    layout->addWidget(m_details, 1);

    m_thumbprint = new QLabel(this);
    m_thumbprint->setObjectName(QStringLiteral("sourceThumbprint"));
    m_thumbprint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_thumbprint->setWordWrap(true);
    layout->addWidget(m_thumbprint);
    m_confirm = new QCheckBox(this);
    m_confirm->setObjectName(QStringLiteral("confirmThumbprintCheck"));
    m_confirm->setText(tr("I have &compared this thumbprint with the one the source's owner "
                          "published; vCenter may fetch from this server."));
    layout->addWidget(m_confirm);

    auto *box = new QDialogButtonBox(this);
    m_add = box->addButton(tr("&Add"), QDialogButtonBox::AcceptRole);
    m_add->setObjectName(QStringLiteral("addSourceButton"));
    box->addButton(QDialogButtonBox::Cancel);
    connect(box, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(box);

    connect(m_url, &QLineEdit::textEdited, this, &UrlSourceDialog::urlEdited);
    connect(m_url, &QLineEdit::editingFinished, this, [this] {
        if (currentUrl().scheme() == QLatin1String("https") && m_probedFor != m_url->text())
            fetchCertificate();
    });
    connect(m_name, &QLineEdit::textEdited, this, [this] {
        m_nameTouched = true;
        revalidate();
    });
    connect(m_fetch, &QPushButton::clicked, this, &UrlSourceDialog::fetchCertificate);
    connect(m_confirm, &QCheckBox::toggled, this, &UrlSourceDialog::revalidate);
    connect(&m_probe, &CertificateProbe::finished, this, &UrlSourceDialog::onProbed);
    revalidate();
    resize(640, 560);
}

UrlSourceDialog::~UrlSourceDialog()
{
    // ~QDialog hides the window, which takes the focus from the URL field and would emit
    // editingFinished into this half-destroyed object (and start a probe on a dead member).
    m_url->disconnect(this);
    m_probe.abort();
}

void UrlSourceDialog::setUrl(const QString &url)
{
    m_url->setText(url);
    urlEdited();
    if (currentUrl().scheme() == QLatin1String("https"))
        fetchCertificate();
}

QUrl UrlSourceDialog::currentUrl() const
{
    return QUrl(m_url->text().trimmed(), QUrl::StrictMode);
}

void UrlSourceDialog::urlEdited()
{
    // Whatever was fetched belongs to the old text: never let it confirm a different server.
    m_probe.abort();
    m_probed = ProbedCertificate();
    m_probedFor.clear();
    m_details->clear();
    m_details->hide();
    m_confirm->setChecked(false);
    if (!m_nameTouched)
        m_name->setText(QFileInfo(currentUrl().path()).fileName());
    revalidate();
}

void UrlSourceDialog::fetchCertificate()
{
    const QUrl url = currentUrl();
    if (url.scheme() != QLatin1String("https") || url.host().isEmpty())
        return revalidate();
    m_probed = ProbedCertificate();
    m_probedFor = m_url->text();
    m_confirm->setChecked(false);
    m_status->setText(tr("Fetching the certificate of %1…").arg(url.authority()));
    m_probe.probe(url);
    revalidate();
}

void UrlSourceDialog::onProbed(const ProbedCertificate &result)
{
    m_probed = result;
    if (result.ok()) {
        m_details->setCertificate(result.chain.first(), result.chain);
        m_details->show();
    } else {
        m_details->clear();
        m_details->hide();
    }
    revalidate();
    emit certificateChecked();
}

void UrlSourceDialog::revalidate()
{
    const QUrl url = currentUrl();
    const bool https = url.scheme() == QLatin1String("https");
    const bool http = url.scheme() == QLatin1String("http");
    QString problem;
    QString status;
    bool error = false;
    m_fetch->setEnabled(https && !url.host().isEmpty());
    m_thumbprint->clear();
    m_confirm->setVisible(https && m_probed.ok());

    if (m_url->text().trimmed().isEmpty()) {
        problem = tr("Enter the URL vCenter should fetch the file from.");
    } else if (!url.isValid() || url.host().isEmpty() || (!https && !http)) {
        problem = tr("\"%1\" is not an http:// or https:// URL with a host name.")
                      .arg(m_url->text().trimmed());
        error = true;
    } else if (http) {
        status = tr("Plain http: the file travels unencrypted and the source is not "
                    "authenticated; the checksum vCenter computes is the only check. No "
                    "thumbprint is needed.");
    } else if (m_probe.isRunning()) {
        problem = tr("Fetching the certificate of %1…").arg(url.authority());
    } else if (m_probedFor.isEmpty() || m_probedFor != m_url->text()) {
        problem = tr("Fetch the source's certificate to confirm its thumbprint.");
    } else if (!m_probed.ok()) {
        problem = m_probed.error;
        error = true;
    } else {
        const QString sha1 = CertificateDetailsWidget::sha1(m_probed.chain.first());
        m_thumbprint->setText(tr("SHA-1 thumbprint vCenter will require: <b>%1</b>").arg(sha1));
        QStringList trust;
        for (const QSslError &e : m_probed.trustErrors)
            trust << e.errorString();
        status = m_probed.trustErrors.isEmpty()
            ? tr("This computer trusts the certificate of %1.").arg(url.authority())
            : tr("This computer does not trust the certificate of %1: %2")
                  .arg(url.authority(), trust.join(QStringLiteral("; ")));
        if (!m_confirm->isChecked())
            problem = tr("Confirm the thumbprint to add the file.");
    }
    const QString name = m_name->text().trimmed();
    if (problem.isEmpty() && name.isEmpty())
        problem = tr("Name the file (the URL's path does not end in a file name).");
    else if (problem.isEmpty()
             && (name.contains(QLatin1Char('/')) || name.contains(QLatin1Char('\\'))))
        problem = tr("A file name cannot contain / or \\.");

    m_problem = problem;
    m_add->setEnabled(problem.isEmpty());
    const QString shown = status.isEmpty()
        ? problem
        : (problem.isEmpty() ? status : status + QLatin1Char(' ') + problem);
    m_status->setText(shown);
    QPalette p = m_status->palette();
    p.setColor(QPalette::WindowText,
               error ? SemanticColors::error(palette()) : palette().color(QPalette::WindowText));
    m_status->setPalette(p);
}

PullSource UrlSourceDialog::source() const
{
    PullSource s;
    s.url = currentUrl();
    s.name = m_name->text().trimmed();
    if (s.url.scheme() == QLatin1String("https") && m_probed.ok())
        s.sslThumbprint = CertificateDetailsWidget::sha1(m_probed.chain.first());
    return s;
}

} // namespace clu::gui
