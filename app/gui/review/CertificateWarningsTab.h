#pragma once

#include "model/UpdateSession.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QFrame;

namespace clu::gui {

class CertificateDetailsWidget;
class ServerConnection;
class WarningListWidget;

// "Certificate & warnings" tab: the OVF preview of the selected session — state (busy
// indicator while PREPARING), the signer's certificate, one row per warning with an Ignore
// checkbox, Apply (PATCH warning_behavior, then re-read and show what the server reports),
// a banner counting the warnings that still block Complete, and Trust this signer.
// While an upload of this client waits for the user's decision, Continue/Cancel upload
// buttons answer the upload engine.
class CertificateWarningsTab : public QWidget
{
    Q_OBJECT
public:
    CertificateWarningsTab(ServerConnection *connection, QWidget *parent = nullptr);

    void setSession(const UpdateSession &session);
    void clearSession();
    QString sessionId() const { return m_session.id; }
    const UpdateSession &session() const { return m_session; }

    void setDecisionPending(bool pending);
    bool isDecisionPending() const { return m_decisionPending; }

    WarningListWidget *warningList() const { return m_warnings; }
    CertificateDetailsWidget *certificateDetails() const { return m_details; }
    QPushButton *applyButton() const { return m_apply; }
    QPushButton *continueButton() const { return m_continue; }
    QPushButton *rejectButton() const { return m_reject; }
    QString bannerText() const;
    QString applyResultText() const;

    // Sends the ticked boxes as warning_behavior and re-reads the session.
    void apply();

signals:
    void sessionUpdated(const clu::UpdateSession &session);
    void logged(const QString &sessionId, const QString &text);
    // The user's answer while an upload waits (see setDecisionPending).
    void decisionMade(bool proceed, const QList<clu::OpenEnum<clu::WarningType>> &ignore);

private:
    void updateBanner();
    void showWarnings(const QList<PreviewWarning> &warnings);
    void trustSigner(const QSslCertificate &certificate);

    ServerConnection *m_connection;
    UpdateSession m_session;
    bool m_decisionPending = false;
    QLabel *m_previewState = nullptr;
    QProgressBar *m_busy = nullptr;
    QFrame *m_bannerFrame = nullptr;
    QLabel *m_banner = nullptr;
    CertificateDetailsWidget *m_details = nullptr;
    WarningListWidget *m_warnings = nullptr;
    QPushButton *m_apply = nullptr;
    QLabel *m_applyResult = nullptr;
    QLabel *m_warningsHeading = nullptr;
    QWidget *m_decisionBar = nullptr;
    QPushButton *m_continue = nullptr;
    QPushButton *m_reject = nullptr;
};

} // namespace clu::gui
