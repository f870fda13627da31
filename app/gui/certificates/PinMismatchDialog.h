#pragma once

#include <QDialog>
#include <QList>
#include <QSslCertificate>

namespace clu::gui {

// Refusal of a pinned server that presented another certificate. Names both fingerprints so
// the administrator can check which one vCenter really has now; offers no way to connect
// anyway (changing the pin is done deliberately in the profiles dialog).
class PinMismatchDialog : public QDialog
{
    Q_OBJECT
public:
    PinMismatchDialog(const QString &host, const QString &expectedFingerprint,
                      const QString &presentedFingerprint, const QList<QSslCertificate> &chain,
                      QWidget *parent = nullptr);

    // The explanation shown (tests read it).
    QString message() const { return m_message; }

    // Formats a normalised hex fingerprint (40 or 64 digits) as "AB:CD:..".
    static QString formatFingerprint(const QString &hex);

private:
    QString m_message;
};

} // namespace clu::gui
