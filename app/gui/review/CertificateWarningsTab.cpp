#include "review/CertificateWarningsTab.h"

#include "certificates/CertificateDetailsWidget.h"
#include "connection/ServerConnection.h"
#include "review/WarningListWidget.h"
#include "widgets/Icons.h"
#include "widgets/SemanticColors.h"

#include <QCheckBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace clu::gui {

CertificateWarningsTab::CertificateWarningsTab(ServerConnection *connection, QWidget *parent)
    : QWidget(parent)
    , m_connection(connection)
{
    setObjectName(QStringLiteral("certificateTab"));
    auto *layout = new QVBoxLayout(this);

    m_bannerFrame = new QFrame(this);
    m_bannerFrame->setObjectName(QStringLiteral("warningBanner"));
    m_bannerFrame->setAutoFillBackground(true);
    m_bannerFrame->setFrameShape(QFrame::StyledPanel);
    auto *bannerLayout = new QHBoxLayout(m_bannerFrame);
    auto *bannerIcon = new QLabel(m_bannerFrame);
    bannerIcon->setPixmap(Icons::icon(QStringLiteral("warning")).pixmap(20, 20));
    m_banner = new QLabel(m_bannerFrame);
    m_banner->setObjectName(QStringLiteral("bannerText"));
    m_banner->setWordWrap(true);
    bannerLayout->addWidget(bannerIcon, 0);
    bannerLayout->addWidget(m_banner, 1);
    layout->addWidget(m_bannerFrame);

    // One column that scrolls only vertically: the preview state and the decision (warnings,
    // Ignore toggles, Apply) first, the certificate it is about below; only the blocking count
    // above stays put, since the details pane may be short (the sessions table comes first).
    // Side-by-side halves were too narrow for the messages and fingerprints at 1200 px, in German
    // most of all.
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("certificateScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *content = new QWidget(scroll);
    auto *column = new QVBoxLayout(content);
    column->setContentsMargins(0, 0, 0, 0);
    auto *stateRow = new QHBoxLayout;
    m_previewState = new QLabel(content);
    m_previewState->setObjectName(QStringLiteral("previewState"));
    m_previewState->setWordWrap(true);
    m_busy = new QProgressBar(content);
    m_busy->setObjectName(QStringLiteral("previewBusy"));
    m_busy->setAccessibleName(tr("Preview is being prepared"));
    m_busy->setRange(0, 0); // indeterminate: the server gives no progress for PREPARING
    m_busy->setMaximumWidth(140);
    m_busy->setTextVisible(false);
    m_busy->hide();
    stateRow->addWidget(m_previewState, 1);
    stateRow->addWidget(m_busy);
    column->addLayout(stateRow);

    m_warningsHeading = new QLabel(tr("&Warnings:"), content);
    m_warningsHeading->setObjectName(QStringLiteral("warningsHeading"));
    m_warnings = new WarningListWidget(content);
    column->addWidget(m_warningsHeading);
    column->addWidget(m_warnings);
    auto *applyRow = new QHBoxLayout;
    m_apply = new QPushButton(tr("&Apply"), content);
    m_apply->setObjectName(QStringLiteral("applyWarningsButton"));
    m_apply->setToolTip(tr("Send the Ignore choices to the server (PATCH warning_behavior) and "
                           "read back what it now reports"));
    connect(m_apply, &QPushButton::clicked, this, &CertificateWarningsTab::apply);
    m_applyResult = new QLabel(content);
    m_applyResult->setObjectName(QStringLiteral("applyResult"));
    m_applyResult->setWordWrap(true);
    applyRow->addWidget(m_apply, 0, Qt::AlignTop);
    applyRow->addWidget(m_applyResult, 1);
    column->addLayout(applyRow);

    auto *line = new QFrame(content);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    column->addWidget(line);
    m_details = new CertificateDetailsWidget(content);
    m_details->setTrustSignerVisible(true);
    connect(m_details, &CertificateDetailsWidget::trustSignerRequested, this,
            &CertificateWarningsTab::trustSigner);
    column->addWidget(m_details);
    column->addStretch(1);
    scroll->setWidget(content);
    layout->addWidget(scroll, 1);

    // Continue/Reject stay in sight below the scrolling part while an upload waits.
    m_decisionBar = new QFrame(this);
    m_decisionBar->setObjectName(QStringLiteral("decisionBar"));
    auto *decision = new QHBoxLayout(m_decisionBar);
    decision->setContentsMargins(0, 0, 0, 0);
    auto *ask = new QLabel(tr("The upload waits for your decision before sending the disks."),
                           m_decisionBar);
    ask->setWordWrap(true);
    m_continue = new QPushButton(Icons::icon(QStringLiteral("complete")), tr("C&ontinue upload"),
                                 m_decisionBar);
    m_continue->setObjectName(QStringLiteral("continueUploadButton"));
    m_continue->setToolTip(tr("Ignore the ticked warnings and send the remaining files"));
    m_reject = new QPushButton(Icons::icon(QStringLiteral("cancel")), tr("&Reject package"),
                               m_decisionBar);
    m_reject->setObjectName(QStringLiteral("rejectUploadButton"));
    m_reject->setToolTip(tr("Cancel the upload session; nothing more is sent"));
    decision->addWidget(ask, 1);
    decision->addWidget(m_continue);
    decision->addWidget(m_reject);
    m_decisionBar->hide();
    layout->addWidget(m_decisionBar);
    connect(m_continue, &QPushButton::clicked, this, [this] {
        setDecisionPending(false);
        emit decisionMade(true, m_warnings->ignoredTypes());
    });
    connect(m_reject, &QPushButton::clicked, this, [this] {
        setDecisionPending(false);
        emit decisionMade(false, {});
    });

    connect(m_warnings, &WarningListWidget::choicesChanged, this, [this] {
        m_apply->setEnabled(m_session.state == SessionState::Active && m_warnings->hasChanges());
        updateBanner();
    });
    clearSession();
}

void CertificateWarningsTab::clearSession()
{
    m_session = UpdateSession();
    m_previewState->setText(tr("No session selected."));
    m_busy->hide();
    m_details->clear();
    showWarnings({});
    m_apply->setEnabled(false);
    m_applyResult->clear();
    m_bannerFrame->hide();
    setDecisionPending(false);
}

void CertificateWarningsTab::setSession(const UpdateSession &session)
{
    const bool sameSession = session.id == m_session.id;
    // Do not overwrite boxes the user has ticked but not applied yet.
    const bool keepChoices = sameSession && m_warnings->hasChanges();
    if (!sameSession)
        m_applyResult->clear();
    m_session = session;

    QString state;
    const std::optional<PreviewInfo> &p = session.previewInfo;
    if (!p) {
        state = session.state == SessionState::Active
            ? tr("Preview: none reported yet (no OVF descriptor in this session).")
            : tr("Preview: only reported while a session is active.");
    } else {
        switch (p->state.value()) {
        case PreviewState::Unavailable:
            state = tr("Preview: unavailable — add the OVF descriptor to see its signer.");
            break;
        case PreviewState::Preparing:
            state = tr("Preview: preparing — the OVF descriptor is still being received…");
            break;
        case PreviewState::Available:
            state = p->certificateInfo ? tr("Preview: available — the package is signed.")
                                       : tr("Preview: available — the package is not signed.");
            break;
        case PreviewState::NotApplicable:
            state = tr("Preview: not applicable — no metadata file in this session.");
            break;
        case PreviewState::Unknown:
            state = tr("Preview: %1").arg(p->state.toString());
            break;
        }
    }
    m_previewState->setText(state);
    m_busy->setVisible(p && p->state == PreviewState::Preparing);

    if (p && p->certificateInfo) {
        QList<QSslCertificate> chain;
        for (const QString &pem : p->certChain)
            chain += QSslCertificate::fromData(pem.toUtf8(), QSsl::Pem);
        const QSslCertificate leaf = p->certificateInfo->certificate();
        m_details->setCertificate(leaf, chain);
    } else {
        m_details->clear();
    }
    if (!keepChoices)
        showWarnings(p ? p->warnings : QList<PreviewWarning>());
    m_apply->setEnabled(session.state == SessionState::Active && m_warnings->hasChanges());
    updateBanner();
}

void CertificateWarningsTab::showWarnings(const QList<PreviewWarning> &warnings)
{
    m_warnings->setWarnings(warnings);
    // Without warnings there is nothing to decide: no heading, no Apply.
    m_warningsHeading->setVisible(!warnings.isEmpty());
    m_warningsHeading->setBuddy(m_warnings->firstToggle());
    m_warnings->setVisible(!warnings.isEmpty());
    m_apply->setVisible(!warnings.isEmpty());
}

QString CertificateWarningsTab::bannerText() const
{
    return m_bannerFrame->isVisible() || !m_banner->text().isEmpty() ? m_banner->text() : QString();
}

QString CertificateWarningsTab::applyResultText() const
{
    return m_applyResult->text();
}

void CertificateWarningsTab::updateBanner()
{
    // Continuing with a warning left un-ignored would only make Complete fail later: the
    // upload engine cancels before sending disks in that case, so require every box ticked.
    const int unticked = m_warnings->uncheckedCount();
    m_continue->setEnabled(m_decisionPending && unticked == 0);
    m_continue->setToolTip(unticked == 0
                               ? tr("Ignore the ticked warnings and send the remaining files")
                               : tr("Tick Ignore for every warning to continue, or reject the "
                                    "package"));
    const auto &p = m_session.previewInfo;
    if (!p || p->warnings.isEmpty()) {
        m_banner->clear();
        m_bannerFrame->hide();
        return;
    }
    const int blocking = int(p->blockingWarnings().size());
    QPalette pal = m_bannerFrame->palette();
    if (blocking > 0) {
        m_banner->setText(tr("%n warning(s) still block Complete. Tick Ignore and press Apply to "
                             "accept them, or reject the package.",
                             nullptr, blocking));
        pal.setColor(QPalette::Window,
                     SemanticColors::tint(palette(), SemanticColors::warning(palette())));
    } else {
        m_banner->setText(tr("All %n warning(s) are ignored on the server; they no longer block "
                             "Complete.",
                             nullptr, int(p->warnings.size())));
        pal.setColor(QPalette::Window,
                     SemanticColors::tint(palette(), SemanticColors::ok(palette())));
    }
    m_bannerFrame->setPalette(pal);
    m_bannerFrame->show();
}

void CertificateWarningsTab::setDecisionPending(bool pending)
{
    m_decisionPending = pending;
    m_decisionBar->setVisible(pending);
    updateBanner();
}

void CertificateWarningsTab::apply()
{
    if (m_session.id.isEmpty() || m_session.state != SessionState::Active)
        return;
    // Only the decided types; the service merges them into the session's complete list.
    const QList<WarningBehavior> behavior =
        WarningBehavior::forWarnings(m_warnings->warnings(), m_warnings->ignoredTypes());
    QStringList described;
    for (const WarningBehavior &b : behavior)
        described << QStringLiteral("%1=%2").arg(
            b.type.toString(), b.ignored ? QStringLiteral("ignored") : QStringLiteral("blocking"));
    const QString id = m_session.id;
    emit logged(id, tr("PATCH warning_behavior: %1").arg(described.join(QStringLiteral(", "))));
    m_apply->setEnabled(false);
    m_applyResult->setText(tr("Sending…"));
    m_connection->sessions().applyWarningDecisions(
        id, behavior, this, [this, id](const Result<UpdateSession> &r) {
            if (r.ok() || r.error.kind == ApiError::Kind::Mismatch) {
                QStringList now;
                if (r.value.previewInfo)
                    for (const PreviewWarning &w : r.value.previewInfo->warnings)
                        now << tr("%1 %2").arg(w.type.toString(),
                                               w.ignored ? tr("ignored") : tr("not ignored"));
                const QString report =
                    now.isEmpty() ? tr("no warnings") : now.join(QStringLiteral(", "));
                if (r.ok())
                    m_applyResult->setText(tr("The server now reports: %1.").arg(report));
                else
                    m_applyResult->setText(tr("The server accepted the change but reports "
                                              "something else: %1 (%2)")
                                               .arg(report, r.error.message()));
                emit logged(id, m_applyResult->text());
                if (m_session.id == id) {
                    UpdateSession s = r.value;
                    s.id = id;
                    m_warnings->setWarnings({}); // take the server's view, not our boxes
                    setSession(s);
                    emit sessionUpdated(s);
                }
                return;
            }
            m_applyResult->setText(tr("Could not apply: %1").arg(r.error.message()));
            emit logged(id, m_applyResult->text());
            m_apply->setEnabled(true);
        });
}

void CertificateWarningsTab::trustSigner(const QSslCertificate &certificate)
{
    if (certificate.isNull())
        return;
    const auto answer = QMessageBox::question(
        this, tr("Trust this signer"),
        tr("Add the certificate of \"%1\" (SHA-256 %2) to the server's trusted certificates? "
           "Packages it signs will then no longer be reported as untrusted.")
            .arg(certificate.subjectDisplayName(), CertificateDetailsWidget::sha256(certificate)),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    const QString id = m_session.id;
    m_connection->trustedCertificates().create(
        QString::fromLatin1(certificate.toPem()), this, [this, id](const Result<QString> &r) {
            const QString text = r.ok()
                ? tr("The signer was added to the server's trusted certificates (id %1).")
                      .arg(r.value)
                : tr("Could not add the signer to the trusted certificates: %1")
                      .arg(r.error.message());
            m_applyResult->setText(text);
            emit logged(id, text);
            if (!r.ok())
                return;
            // The server re-evaluates the preview against its trust store: re-read it so the
            // warnings shown are the ones that now block Complete (UNTRUSTED should be gone).
            m_connection->sessions().get(id, this, [this, id](const Result<UpdateSession> &s) {
                if (!s.ok() || m_session.id != id)
                    return;
                UpdateSession session = s.value;
                session.id = id;
                m_warnings->setWarnings({}); // the server's view, not our boxes
                setSession(session);
                emit sessionUpdated(session);
            });
        });
}

} // namespace clu::gui
