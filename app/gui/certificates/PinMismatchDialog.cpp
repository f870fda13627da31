#include "certificates/PinMismatchDialog.h"

#include "certificates/CertificateDetailsWidget.h"
#include "widgets/Icons.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace clu::gui {

QString PinMismatchDialog::formatFingerprint(const QString &hex)
{
    QString plain = hex;
    plain.remove(QLatin1Char(':'));
    plain = plain.toUpper();
    QString out;
    for (int i = 0; i < plain.size(); i += 2) {
        if (!out.isEmpty())
            out += QLatin1Char(':');
        out += plain.mid(i, 2);
    }
    return out;
}

PinMismatchDialog::PinMismatchDialog(const QString &host, const QString &expectedFingerprint,
                                     const QString &presentedFingerprint,
                                     const QList<QSslCertificate> &chain, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("pinMismatchDialog"));
    setWindowTitle(tr("Server certificate changed — connection refused"));
    auto *layout = new QVBoxLayout(this);

    auto *top = new QHBoxLayout;
    auto *icon = new QLabel(this);
    icon->setPixmap(Icons::icon(QStringLiteral("lock-warning")).pixmap(48, 48));
    top->addWidget(icon, 0, Qt::AlignTop);
    m_message = tr("%1 presented a different certificate than the one pinned in this profile. "
                   "The connection was refused.\n\n"
                   "Pinned fingerprint:\n%2\n\n"
                   "Presented fingerprint:\n%3\n\n"
                   "If the vCenter certificate was renewed on purpose, verify the new "
                   "fingerprint with its administrator and update the pin in Server profiles. "
                   "Otherwise somebody may be intercepting the connection.")
                    .arg(host, formatFingerprint(expectedFingerprint),
                         formatFingerprint(presentedFingerprint));
    auto *text = new QLabel(m_message, this);
    text->setObjectName(QStringLiteral("pinMismatchMessage"));
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    top->addWidget(text, 1);
    layout->addLayout(top);

    if (!chain.isEmpty()) {
        auto *details = new CertificateDetailsWidget(this);
        details->setCertificate(chain.first(), chain);
        layout->addWidget(details);
    }

    auto *box = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(box);
    resize(640, chain.isEmpty() ? 300 : 600);
}

} // namespace clu::gui
