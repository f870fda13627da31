#pragma once

#include "net/CertificateProbe.h"
#include "upload/UploadTypes.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace clu::gui {

class CertificateDetailsWidget;

// "Add from URL…": the administrator names an http(s) URL vCenter should fetch a file from
// (PULL, §8.6). For https the dialog fetches the source's certificate itself, shows it in full
// with its SHA-1 thumbprint (what vCenter checks) and whether this computer trusts it, and
// enables Add only once the administrator has confirmed that thumbprint. The confirmed
// thumbprint goes into the request, so vCenter fetches from exactly that server.
class UrlSourceDialog : public QDialog
{
    Q_OBJECT
public:
    explicit UrlSourceDialog(QWidget *parent = nullptr);
    ~UrlSourceDialog() override;

    // Prefill and fetch the certificate at once (tests, drag and drop of a link).
    void setUrl(const QString &url);
    // The confirmed source; valid after accept().
    PullSource source() const;
    // Why Add is disabled (empty when enabled).
    QString problem() const { return m_problem; }
    bool isProbing() const { return m_probe.isRunning(); }

signals:
    // The certificate fetch ended (shown in the dialog, successful or not).
    void certificateChecked();

private:
    void urlEdited();
    void fetchCertificate();
    void onProbed(const ProbedCertificate &result);
    void revalidate();
    QUrl currentUrl() const;

    CertificateProbe m_probe;
    ProbedCertificate m_probed;
    QString m_probedFor; // the URL text m_probed belongs to
    QString m_problem;
    bool m_nameTouched = false;
    QLineEdit *m_url = nullptr;
    QLineEdit *m_name = nullptr;
    QPushButton *m_fetch = nullptr;
    QLabel *m_status = nullptr;
    CertificateDetailsWidget *m_details = nullptr;
    QLabel *m_thumbprint = nullptr;
    QCheckBox *m_confirm = nullptr;
    QPushButton *m_add = nullptr;
};

} // namespace clu::gui
