// UploadEngine, the signed-package half: send .mf, .cert and .ovf first, wait for the server's
// OVF preview, ask the front end about its warnings and apply the answer (PATCH
// warning_behavior, verified) before any disk is sent. The rest of the run is in UploadEngine.cpp.
// Recovery around the review: a failed preview read or PATCH is repeated; a session that expires,
// is deleted or goes to ERROR while the user decides is started over, and the question is asked
// again for the new session, unless the user already answered (that answer is applied to it).
#include "UploadEngine.h"

#include "Logging.h"
#include "SessionFileTransfer.h"
#include "model/UpdateSession.h"
#include "model/WarningBehavior.h"

#include <QSet>

namespace clu {

void UploadEngine::sendMetadata(int index)
{
    if (index >= m_prepared.metadata.size()) {
        checkPackageAccepted();
        return;
    }
    // One after another: .mf and .cert must be added before the .ovf (§10.2).
    SessionFileTransfer *t = makeTransfer(m_prepared.metadata.at(index));
    connect(t, &SessionFileTransfer::finished, this, [this, t, index](bool ok) {
        onTransferFinished(t, ok, [this, index]() { sendMetadata(index + 1); });
    });
    t->start();
}

QString UploadEngine::packageLabel() const
{
    return m_request.paths.value(0);
}

void UploadEngine::checkPackageAccepted()
{
    const quint64 run = m_run;
    const QString sid = m_sessionId;
    m_files.validate(sid, this, [this, run, sid](const Result<ValidationResult> &r) {
        if (!current(run, sid))
            return;
        if (!r.ok()) {
            // Not fatal here: the session state below (and validate after the disks) decide.
            qCInfo(lcUpload).noquote()
                << "validate after the descriptor failed, waiting for the preview:"
                << r.error.message();
        } else if (!r.value.invalidFiles.isEmpty()) {
            // missing_files lists the disks not sent yet; only invalid_files is a verdict.
            m_outcome.validation = r.value;
            QStringList parts;
            ApiError e;
            e.kind = ApiError::Kind::Mismatch;
            e.operation = tr("check the OVF package");
            for (const auto &inv : r.value.invalidFiles) {
                parts.append(tr("%1: %2").arg(inv.name, inv.errorMessage.text()));
                e.messages.append(inv.errorMessage);
            }
            e.detail = parts.join(QLatin1String("; "));
            failWith(e,
                     tr("The server refused the package %1 before any disk was sent: %2")
                         .arg(packageLabel(), e.detail));
            return;
        }
        setStage(UploadStage::WaitingForPreview);
        m_waitClock.start();
        pollPreview();
    });
}

void UploadEngine::pollPreview()
{
    const quint64 run = m_run;
    const QString sid = m_sessionId;
    m_sessions.get(sid, this, [this, run, sid](const Result<UpdateSession> &r) {
        if (!current(run, sid))
            return;
        if (!r.ok()) {
            if (r.error.isNotFound()) { // expired or deleted: nothing reached the item yet
                sessionVanished(r.error);
                return;
            }
            if (repeatLater(r.error, [this]() { pollPreview(); }))
                return;
            failWith(r.error,
                     tr("Could not read the session while waiting for the OVF "
                        "preview: %1")
                         .arg(r.error.message()));
            return;
        }
        const UpdateSession &s = r.value;
        if (s.state != SessionState::Active) {
            const ApiError e = reportedStateError(
                tr("wait for the OVF preview"),
                tr("the session went to %1").arg(s.state.toString()), s.errorMessage);
            const QString why = s.errorMessage && !s.errorMessage->text().isEmpty()
                ? s.errorMessage->text()
                : tr("the server gave no reason");
            failWith(e,
                     tr("The server refused the package %1 before any disk was sent (the "
                        "session went to %2): %3")
                         .arg(packageLabel(), s.state.toString(), why));
            return;
        }
        if (s.previewInfo && s.previewInfo->isSettled()) {
            m_outcome.preview = s.previewInfo;
            if (s.previewInfo->warnings.isEmpty()) {
                startContent();
                return;
            }
            askDecision(*s.previewInfo);
            return;
        }
        if (m_waitClock.elapsed() > m_request.previewTimeout.count()) {
            const ApiError e = reportedStateError(
                tr("wait for the OVF preview"),
                tr("the preview is still %1 after %2 s")
                    .arg(s.previewInfo ? s.previewInfo->state.toString() : QStringLiteral("absent"))
                    .arg(m_request.previewTimeout.count() / 1000),
                std::nullopt);
            failWith(e, tr("The server did not finish checking the OVF descriptor in time."));
            return;
        }
        m_poll.disconnect();
        connect(&m_poll, &QTimer::timeout, this, &UploadEngine::pollPreview);
        m_poll.start(m_request.pollInterval);
    });
}

QStringList UploadEngine::uncoveredWarnings(const PreviewInfo &preview,
                                            const WarningDecision &decision)
{
    QSet<QString> ignore;
    for (const auto &t : decision.ignore)
        ignore.insert(t.toString());
    QStringList uncovered;
    for (const PreviewWarning &w : preview.warnings) {
        if (!ignore.contains(w.type.toString()) && !uncovered.contains(w.type.toString()))
            uncovered.append(w.type.toString());
    }
    return uncovered;
}

void UploadEngine::askDecision(const PreviewInfo &preview)
{
    setStage(UploadStage::WaitingForDecision);
    keepAlive(); // and the keep-alive timer goes on while the user decides
    m_reviewPreview = preview;
    if (m_acceptedDecision) {
        // Decided for an earlier session of this run (the same package): applied again as long
        // as it covers what this session's preview warns about; anything new is asked anew.
        if (uncoveredWarnings(preview, *m_acceptedDecision).isEmpty()) {
            applyDecision(preview, *m_acceptedDecision);
            return;
        }
        m_acceptedDecision.reset();
    }
    if (!m_decide) {
        applyDecision(preview, WarningDecision {});
        return;
    }
    // Asked again after a session restart: the front end shows the review for the new session
    // (an answer to the earlier question still counts, see onDecision).
    const quint64 run = m_run;
    QPointer<UploadEngine> self(this);
    m_decide(preview, [self, run, preview](WarningDecision d) {
        if (!self || !self->alive(run))
            return;
        // Always continue from the event loop, never inside the front end's call stack.
        QMetaObject::invokeMethod(
            self.data(),
            [self, run, preview, d]() {
                if (self && self->alive(run))
                    self->onDecision(preview, d);
            },
            Qt::QueuedConnection);
    });
}

void UploadEngine::onDecision(const PreviewInfo &asked, const WarningDecision &decision)
{
    if (m_acceptedDecision) {
        // A second answer (to a question asked again after a restart): the first one stands.
        qCInfo(lcUpload) << "a decision was already taken for this upload; a later answer is "
                            "ignored";
        return;
    }
    // A rejection ends the run whichever session is current.
    if (!decision.proceed || !uncoveredWarnings(asked, decision).isEmpty()) {
        applyDecision(asked, decision);
        return;
    }
    if (m_stage != UploadStage::WaitingForDecision || !m_reviewPreview) {
        // The session ended while the user decided and its successor is being prepared: the
        // decision is applied to it once its preview is ready (askDecision).
        qCInfo(lcUpload) << "decision taken while the session is started over; it is applied "
                            "to the new session";
        m_acceptedDecision = decision;
        return;
    }
    if (!uncoveredWarnings(*m_reviewPreview, decision).isEmpty()) {
        // An answer to an earlier session's question that this session's warnings outgrew: the
        // current question (already asked) decides.
        qCInfo(lcUpload) << "an earlier answer does not cover this session's warnings; waiting "
                            "for the answer to the current question";
        return;
    }
    applyDecision(*m_reviewPreview, decision);
}

void UploadEngine::applyDecision(const PreviewInfo &preview, const WarningDecision &decision)
{
    const QStringList uncovered = uncoveredWarnings(preview, decision);
    m_outcome.uncoveredWarnings = uncovered;
    if (!decision.proceed || !uncovered.isEmpty()) {
        m_outcome.warningsRejected = true;
        ApiError e;
        e.kind = ApiError::Kind::Canceled;
        e.operation = tr("review the package signature");
        e.detail = decision.proceed
            ? tr("warnings not ignored: %1").arg(uncovered.join(QLatin1String(", ")))
            : tr("the signer was rejected");
        failWith(e,
                 decision.proceed
                     ? tr("The package has warnings that were not ignored (%1); the session was "
                          "canceled before any disk was sent.")
                           .arg(uncovered.join(QLatin1String(", ")))
                     : tr("The package signature was rejected; the session was canceled before "
                          "any disk was sent."),
                 true);
        return;
    }
    m_acceptedDecision = decision;
    const quint64 run = m_run;
    const QString sid = m_sessionId;
    // Every warning type is covered here (checked above); what the session already has stays.
    // The service PATCHes, then reads the session back to verify the behavior took effect.
    m_sessions.applyWarningDecisions(
        sid, WarningBehavior::forWarnings(preview.warnings, decision.ignore), this,
        [this, run, sid, preview, decision](const Result<UpdateSession> &r) {
            if (!current(run, sid))
                return;
            if (!r.ok()) {
                decisionNotApplied(preview, decision, r.error);
                return;
            }
            if (r.value.previewInfo)
                m_outcome.preview = r.value.previewInfo;
            m_reviewPreview.reset();
            startContent();
        });
}

void UploadEngine::decisionNotApplied(const PreviewInfo &preview, const WarningDecision &decision,
                                      const ApiError &error)
{
    const QString summary = tr("Could not ignore the package warnings: %1").arg(error.message());
    if (error.isNotFound()) { // expired or deleted: a new session gets the same decision
        sessionVanished(error);
        return;
    }
    // A PATCH of the same behavior again is harmless: repeat it after 5xx or connection trouble.
    if (error.kind != ApiError::Kind::Mismatch
        && repeatLater(error, [this, preview, decision]() { applyDecision(preview, decision); }))
        return;
    if (error.is(ErrorType::NotAllowedInCurrentState)) { // the session may have gone to ERROR
        restartIfSessionFailed(error, summary);
        return;
    }
    failWith(error, summary);
}

} // namespace clu
