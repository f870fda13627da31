// UploadEngine, the signed-package half: send .mf, .cert and .ovf first, wait for the server's
// OVF preview, ask the front end about its warnings and apply the answer (PATCH
// warning_behavior, verified) before any disk is sent. The rest of the run is in UploadEngine.cpp.
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
    m_files.validate(m_sessionId, this, [this, run](const Result<ValidationResult> &r) {
        if (!alive(run))
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
    m_sessions.get(m_sessionId, this, [this, run](const Result<UpdateSession> &r) {
        if (!alive(run))
            return;
        if (!r.ok()) {
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

void UploadEngine::askDecision(const PreviewInfo &preview)
{
    setStage(UploadStage::WaitingForDecision);
    keepAlive();
    if (m_acceptedDecision) { // a restarted session: the same package, already decided
        applyDecision(preview, *m_acceptedDecision);
        return;
    }
    if (!m_decide) {
        applyDecision(preview, WarningDecision {});
        return;
    }
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
                    self->applyDecision(preview, d);
            },
            Qt::QueuedConnection);
    });
}

void UploadEngine::applyDecision(const PreviewInfo &preview, const WarningDecision &decision)
{
    QSet<QString> ignore;
    for (const auto &t : decision.ignore)
        ignore.insert(t.toString());
    QStringList uncovered;
    for (const PreviewWarning &w : preview.warnings) {
        if (!ignore.contains(w.type.toString()) && !uncovered.contains(w.type.toString()))
            uncovered.append(w.type.toString());
    }
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
    // Every warning type is covered here (checked above); what the session already has stays.
    m_sessions.applyWarningDecisions(
        m_sessionId, WarningBehavior::forWarnings(preview.warnings, decision.ignore), this,
        [this, run](const Result<UpdateSession> &r) {
            if (!alive(run))
                return;
            if (!r.ok()) {
                failWith(r.error,
                         tr("Could not ignore the package warnings: %1").arg(r.error.message()));
                return;
            }
            if (r.value.previewInfo)
                m_outcome.preview = r.value.previewInfo;
            startContent();
        });
}

} // namespace clu
