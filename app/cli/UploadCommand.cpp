#include "UploadCommand.h"

#include "CliContext.h"
#include "ExitCode.h"
#include "InterruptHandler.h"
#include "PreflightCommand.h"
#include "SessionCommands.h"
#include "preflight/Preflight.h"
#include "preflight/Privileges.h"
#include "upload/LocalFileCheck.h"
#include "upload/UploadEngine.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace clu::cli {

UploadCommand::UploadCommand(CliContext *ctx, InterruptHandler *interrupts)
    : QObject(ctx)
    , m_ctx(ctx)
    , m_interrupts(interrupts)
{ }

void UploadCommand::run()
{
    const CliOptions &o = m_ctx->options();
    // First Ctrl-C: cancel the session if one is running (so it is not left ACTIVE on the
    // server), otherwise stop right away; main() handles a second Ctrl-C.
    connect(m_interrupts, &InterruptHandler::interrupted, this, [this](int count) {
        if (count != 1)
            return;
        if (m_engine && m_engine->isRunning()) {
            m_ctx->out().note(
                tr("Interrupted: canceling the update session (Ctrl-C again to quit at once)..."));
            m_engine->cancel();
            return;
        }
        m_ctx->out().error(tr("interrupted."));
        m_ctx->exit(130);
    });
    // Everything local first: nothing on the server (least of all a new, empty item) for files
    // that cannot be sent anyway.
    QStringList paths;
    for (const QString &a : o.arguments)
        if (!CliOptions::isUrlSource(a))
            paths << a;
    const QStringList problems = LocalFileCheck::problems(paths);
    if (!problems.isEmpty()) {
        const QString why = problems.join(QLatin1Char(' '));
        m_ctx->fail(ApiError::invalidInput(tr("check the files to upload"), why),
                    tr("Nothing was sent: %1").arg(why), TransferFailed);
        return;
    }
    // Preflight too (the engine runs it again, it reads only headers): a package vCenter
    // would refuse leaves no item behind either. A package combined with URLs is refused by
    // the engine with that reason instead.
    const bool withUrls = paths.size() != o.arguments.size();
    if (!paths.isEmpty() && !(withUrls && Preflight::readsPackage(paths))) {
        const PreflightReport report = Preflight::run(paths);
        if (report.blocks(o.allowPreflightWarnings)) {
            refuseAfterPreflight(report);
            return;
        }
    }
    m_ctx->library().resolveLibrary(o.library, this, [this](const Result<Library> &lib) {
        if (!lib.ok()) {
            m_ctx->fail(lib.error);
            return;
        }
        if (lib.value.type == LibraryType::Subscribed) {
            m_ctx->fail({},
                        tr("Library \"%1\" is a subscribed library; only local libraries "
                           "accept uploads.")
                            .arg(lib.value.name),
                        Usage);
            return;
        }
        resolveItem(lib.value.id);
    });
}

void UploadCommand::resolveItem(const QString &libraryId)
{
    const CliOptions &o = m_ctx->options();
    m_ctx->library().resolveItem(libraryId, o.item, this, [this, libraryId](const Result<Item> &r) {
        const CliOptions &opts = m_ctx->options();
        if (r.ok()) {
            startUpload(r.value, false);
            return;
        }
        if (!r.error.isNotFound() || !opts.createItem) {
            m_ctx->fail(r.error,
                        r.error.isNotFound()
                            ? tr("%1 (add --create-item to create it)").arg(r.error.message())
                            : QString());
            return;
        }
        Item spec;
        spec.libraryId = libraryId;
        spec.name = opts.item;
        // URL sources count by their file name (detectItemType looks at the suffix only).
        spec.type = opts.type.isEmpty() ? OvfPackage::detectItemType(opts.arguments) : opts.type;
        m_ctx->library().createItem(spec, this, [this, spec](const Result<QString> &created) {
            if (!created.ok()) {
                m_ctx->fail(created.error,
                            Privileges::explain(created.error,
                                                Privileges::Need::AddLibraryItem));
                return;
            }
            Item item = spec;
            item.id = created.value;
            m_ctx->out().note(
                tr("Created item \"%1\" (%2, type %3).").arg(item.name, item.id, item.type));
            startUpload(item, true);
        });
    });
}

void UploadCommand::startUpload(const Item &item, bool created)
{
    m_item = item;
    m_createdItem = created;
    const CliOptions &o = m_ctx->options();
    UploadRequest req;
    req.libraryItemId = item.id;
    for (const QString &a : o.arguments) {
        if (!CliOptions::isUrlSource(a)) {
            req.paths << a;
            continue;
        }
        PullSource s;
        s.url = QUrl(a);
        if (s.url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0) {
            s.sslThumbprint = o.sourceThumbprint;
            if (s.sslThumbprint.isEmpty())
                m_ctx->out().note(tr("%1 is sent without a certificate thumbprint: vCenter must "
                                     "already trust its certificate (see --source-thumbprint).")
                                      .arg(a));
        }
        req.pullSources << s;
    }
    req.checksum = o.checksum;
    req.concurrency = o.concurrency;
    req.allowPreflightWarnings = o.allowPreflightWarnings;
    // Test and expert knobs, not part of the documented interface.
    if (qEnvironmentVariableIsSet("CLU_KEEPALIVE_SECONDS"))
        req.keepAliveInterval =
            std::chrono::seconds(qMax(1, qEnvironmentVariableIntValue("CLU_KEEPALIVE_SECONDS")));

    m_engine = new UploadEngine(m_ctx->client(), this);
    const bool all = o.ignoreAllWarnings;
    const QStringList types = o.ignoreWarnings;
    m_engine->setDecisionCallback(
        [all, types](const PreviewInfo &preview, std::function<void(WarningDecision)> answer) {
            WarningDecision d;
            d.proceed = true;
            for (const PreviewWarning &w : preview.warnings) {
                if (all || types.contains(w.type.toString()))
                    d.ignore.append(w.type);
            }
            answer(d);
        });
    CliOutput &out = m_ctx->out();
    connect(m_engine, &UploadEngine::preparationProgress, this, [&out](qint64 done, qint64 total) {
        out.progress(
            tr("checking files: %1 of %2").arg(CliOutput::bytes(done), CliOutput::bytes(total)));
    });
    connect(m_engine, &UploadEngine::overallProgress, this,
            [&out](qint64 sent, qint64 total, double rate, qint64 eta) {
                const int pct = total > 0 ? int(sent * 100 / total) : 0;
                out.progress(tr("%1% %2 of %3, %4/s, ETA %5")
                                 .arg(pct)
                                 .arg(CliOutput::bytes(sent), CliOutput::bytes(total),
                                      CliOutput::bytes(qint64(rate)), CliOutput::duration(eta)));
            });
    connect(m_engine, &UploadEngine::fileStatusChanged, this,
            [&out](const QString &name, FileTransferStatus status, const QString &detail) {
                if (isFileTransferProblem(status))
                    out.note(tr("%1: %2 %3").arg(name, fileTransferStatusName(status), detail));
            });
    connect(m_engine, &UploadEngine::sessionCreated, this,
            [&out](const QString &id) { out.progress(tr("update session %1").arg(id)); });
    connect(m_engine, &UploadEngine::finished, this, &UploadCommand::onFinished);
    m_engine->start(req);
}

void UploadCommand::refuseAfterPreflight(const PreflightReport &report)
{
    CliOutput &out = m_ctx->out();
    const bool allow = m_ctx->options().allowPreflightWarnings;
    const QString summary = report.blockingSummary(allow);
    if (out.json())
        out.printJson(QJsonObject { { QStringLiteral("ok"), false },
                                    { QStringLiteral("exit_code"), int(PreflightFailed) },
                                    { QStringLiteral("message"), summary },
                                    { QStringLiteral("stage"), uploadStageId(UploadStage::Preparing) },
                                    { QStringLiteral("preflight"), report.toJson() } });
    else
        PreflightCommand::print(out, report, allow, true);
    out.error(summary);
    m_ctx->exit(PreflightFailed);
}

int UploadCommand::exitCodeFor(const UploadOutcome &r) const
{
    if (r.ok)
        return Success;
    if (r.warningsRejected)
        return WarningsNotIgnored;
    if (r.preflight.blocks(m_ctx->options().allowPreflightWarnings))
        return PreflightFailed;
    if (r.canceled)
        return Failure;
    if (!r.existingSessionId.isEmpty() || r.error.isResourceBusy())
        return Busy;
    const int mapped = CliContext::exitCodeFor(r.error);
    if (mapped == AuthFailed || mapped == TlsFailed || mapped == NotFound)
        return mapped;
    switch (r.stage) {
    case UploadStage::Preparing:
    case UploadStage::SendingMetadata:
    case UploadStage::WaitingForPreview: // the server refused the descriptor or signature
    case UploadStage::SendingFiles:
    case UploadStage::Validating:
        return TransferFailed;
    default:
        // A session that failed at complete is the server's verdict on what we sent.
        return mapped == Usage || mapped == Failure ? ServerError : mapped;
    }
}

void UploadCommand::onFinished(const UploadOutcome &r)
{
    if (!r.ok && m_createdItem && !m_itemDeleteTried) {
        // An item this run created holds nothing after a failed upload: delete it again.
        m_itemDeleteTried = true;
        m_ctx->library().deleteItem(m_item.id, this, [this, r](const Result<void> &del) {
            m_itemDeleted = del.ok();
            if (!del.ok())
                m_itemDeleteError = del.error.message();
            onFinished(r);
        });
        return;
    }
    CliOutput &out = m_ctx->out();
    out.endProgress();
    const int code = exitCodeFor(r);
    if (out.json()) {
        QJsonObject o { { QStringLiteral("ok"), r.ok },
                        { QStringLiteral("exit_code"), code },
                        { QStringLiteral("message"), r.summary },
                        { QStringLiteral("stage"), uploadStageId(r.stage) },
                        { QStringLiteral("session_id"), r.sessionId },
                        { QStringLiteral("item_id"), m_item.id },
                        { QStringLiteral("item_created"), m_createdItem },
                        { QStringLiteral("bytes_sent"), r.bytesSent } };
        // What the server could not confirm (a file never reported READY, a validate without
        // a result); empty when it confirmed everything.
        o.insert(QStringLiteral("not_verified"), QJsonArray::fromStringList(r.unverified));
        if (r.ok) {
            o.insert(QStringLiteral("content_version"), r.item.contentVersion);
            o.insert(QStringLiteral("size"), r.item.size);
        } else {
            o.insert(QStringLiteral("error"), r.error.toJson());
        }
        if (!r.existingSessionId.isEmpty())
            o.insert(QStringLiteral("existing_session_id"), r.existingSessionId);
        if (m_itemDeleteTried) {
            o.insert(QStringLiteral("item_deleted"), m_itemDeleted);
            if (!m_itemDeleted)
                o.insert(QStringLiteral("item_delete_error"), m_itemDeleteError);
        }
        if (r.sessionRestarts > 0)
            o.insert(QStringLiteral("session_restarts"), r.sessionRestarts);
        if (!r.cleanupProblem.isEmpty())
            o.insert(QStringLiteral("cleanup_problem"), r.cleanupProblem);
        if (r.preview)
            o.insert(QStringLiteral("preview"), r.preview->toJson());
        if (!r.uncoveredWarnings.isEmpty())
            o.insert(QStringLiteral("warnings_not_ignored"),
                     QJsonArray::fromStringList(r.uncoveredWarnings));
        if (!r.notes.isEmpty())
            o.insert(QStringLiteral("notes"), QJsonArray::fromStringList(r.notes));
        if (!r.preflight.isEmpty())
            o.insert(QStringLiteral("preflight"), r.preflight.toJson());
        if (!r.missingReferences.isEmpty())
            o.insert(QStringLiteral("missing_files"),
                     QJsonArray::fromStringList(r.missingReferences));
        if (!r.digestMismatches.isEmpty()) {
            QJsonArray a;
            for (const DigestMismatch &m : r.digestMismatches)
                a.append(QJsonObject { { QStringLiteral("file"), m.file },
                                       { QStringLiteral("algorithm"), m.algorithm },
                                       { QStringLiteral("expected"), m.expected },
                                       { QStringLiteral("actual"), m.actual } });
            o.insert(QStringLiteral("digest_mismatches"), a);
        }
        out.printJson(o);
        if (!r.ok)
            out.error(r.summary);
        if (!r.cleanupProblem.isEmpty())
            out.error(r.cleanupProblem);
    } else if (r.ok) {
        for (const QString &n : r.notes)
            out.note(n);
        out.line(r.summary);
        if (!r.cleanupProblem.isEmpty())
            out.note(r.cleanupProblem);
    } else {
        for (const QString &n : r.notes)
            out.note(n);
        if (r.warningsRejected && r.preview) {
            // The server still lists every warning as not ignored (nothing was PATCHed): show
            // what --ignore-warnings decided, so only the ones that stopped the upload say so.
            PreviewInfo decided = *r.preview;
            for (PreviewWarning &w : decided.warnings)
                w.ignored = w.ignored || !r.uncoveredWarnings.contains(w.type.toString());
            SessionCommands::printPreview(out, decided);
        }
        if (r.preflight.blocks(m_ctx->options().allowPreflightWarnings))
            PreflightCommand::print(out, r.preflight, m_ctx->options().allowPreflightWarnings,
                                    true);
        out.error(r.summary);
        if (!r.existingSessionId.isEmpty())
            out.note(tr("Existing session: %1 (see \"cl-uploader-cli session %1\", or cancel it "
                        "with \"cl-uploader-cli cancel %1\").")
                         .arg(r.existingSessionId));
        if (!r.cleanupProblem.isEmpty())
            out.error(r.cleanupProblem);
        if (m_itemDeleteTried && m_itemDeleted)
            out.note(tr("The item \"%1\" (%2) was created for this upload and has been deleted "
                        "again.")
                         .arg(m_item.name, m_item.id));
        else if (m_itemDeleteTried)
            out.error(tr("The item \"%1\" (%2) was created for this upload and is still empty; "
                         "deleting it failed: %3")
                          .arg(m_item.name, m_item.id, m_itemDeleteError));
    }
    m_ctx->exit(code);
}

} // namespace clu::cli
