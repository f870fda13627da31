#include "SessionCommands.h"

#include "CliContext.h"
#include "ExitCode.h"
#include "model/SessionFile.h"
#include "model/WarningBehavior.h"
#include "net/TlsPolicy.h"
#include "services/SessionListing.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSslCertificate>

#include <memory>

namespace clu::cli {

namespace {
QString previewSummary(const UpdateSession &s)
{
    if (!s.previewInfo)
        return QStringLiteral("-");
    const int blocking = int(s.previewInfo->blockingWarnings().size());
    return blocking > 0 ? CliContext::tr("%1, %n blocking warning(s)", nullptr, blocking)
                              .arg(s.previewInfo->state.toString())
                        : s.previewInfo->state.toString();
}
} // namespace

void SessionCommands::printPreview(CliOutput &out, const PreviewInfo &p)
{
    out.line(CliContext::tr("Preview: %1").arg(p.state.toString()));
    if (p.certificateInfo) {
        const CertificateInfo &c = *p.certificateInfo;
        out.line(CliContext::tr("Signer certificate:"));
        out.line(CliContext::tr("  subject:     %1").arg(c.subject));
        out.line(CliContext::tr("  issuer:      %1").arg(c.issuer));
        out.line(CliContext::tr("  self-signed: %1")
                     .arg(c.selfSigned ? CliContext::tr("yes") : CliContext::tr("no")));
        const QSslCertificate cert = c.certificate();
        if (!cert.isNull()) {
            out.line(CliContext::tr("  valid:       %1 to %2")
                         .arg(cert.effectiveDate().toUTC().toString(Qt::ISODate),
                              cert.expiryDate().toUTC().toString(Qt::ISODate)));
            out.line(CliContext::tr("  SHA-256:     %1").arg(TlsPolicy::sha256(cert)));
            out.line(CliContext::tr("  SHA-1:       %1").arg(TlsPolicy::sha1(cert)));
        }
    }
    if (p.warnings.isEmpty()) {
        out.line(CliContext::tr("Warnings: none"));
        return;
    }
    out.line(CliContext::tr("Warnings:"));
    for (const PreviewWarning &w : p.warnings)
        out.line(CliContext::tr("  %1 [%2] %3")
                     .arg(w.type.toString(),
                          w.ignored ? CliContext::tr("ignored") : CliContext::tr("not ignored"),
                          w.message.defaultMessage));
}

void SessionCommands::sessions(CliContext *ctx)
{
    // One list, then the sessions read a bounded number at a time (issue 10 #7, issue 13):
    // ones that vanish in between (expired) are left out.
    readAllSessions(ctx->client(), QString(), ctx, [ctx](const Result<QList<UpdateSession>> &all) {
        if (!all.ok()) {
            ctx->fail(all.error);
            return;
        }
        if (ctx->out().json()) {
            QJsonArray a;
            for (const UpdateSession &s : all.value)
                a.append(s.toJson());
            ctx->out().printJson(a);
        } else {
            QList<QStringList> rows;
            for (const UpdateSession &s : all.value)
                rows.append({ s.id, s.libraryItemId, s.state.toString(),
                              QStringLiteral("%1%").arg(s.clientProgress), previewSummary(s),
                              s.expirationTime.toUTC().toString(Qt::ISODate) });
            ctx->out().table({ CliContext::tr("SESSION"), CliContext::tr("ITEM"),
                               CliContext::tr("STATE"), CliContext::tr("PROGRESS"),
                               CliContext::tr("PREVIEW"), CliContext::tr("EXPIRES") },
                             rows);
        }
        ctx->exit(Success);
    });
}

void SessionCommands::session(CliContext *ctx)
{
    const QString id = ctx->options().arguments.value(0);
    ctx->sessions().get(id, ctx, [ctx, id](const Result<UpdateSession> &s) {
        if (!s.ok()) {
            ctx->fail(s.error);
            return;
        }
        const UpdateSession session = s.value;
        ctx->files().list(id, ctx, [ctx, session](const Result<QList<SessionFile>> &f) {
            // Terminal sessions may no longer list files; show the session anyway.
            const QList<SessionFile> files = f.ok() ? f.value : QList<SessionFile>();
            if (ctx->out().json()) {
                QJsonObject o = session.toJson();
                QJsonArray a;
                for (const SessionFile &file : files)
                    a.append(file.toJson());
                o.insert(QStringLiteral("files"), a);
                ctx->out().printJson(o);
                ctx->exit(Success);
                return;
            }
            CliOutput &out = ctx->out();
            out.line(CliContext::tr("Session:         %1").arg(session.id));
            out.line(CliContext::tr("Item:            %1 (content version %2)")
                         .arg(session.libraryItemId, session.libraryItemContentVersion));
            out.line(CliContext::tr("State:           %1").arg(session.state.toString()));
            out.line(CliContext::tr("Client progress: %1%").arg(session.clientProgress));
            out.line(CliContext::tr("Expires:         %1")
                         .arg(session.expirationTime.toUTC().toString(Qt::ISODate)));
            if (session.errorMessage)
                out.line(CliContext::tr("Error:           %1 (%2)")
                             .arg(session.errorMessage->defaultMessage, session.errorMessage->id));
            if (session.previewInfo)
                printPreview(out, *session.previewInfo);
            if (!files.isEmpty()) {
                QList<QStringList> rows;
                for (const SessionFile &file : files)
                    rows.append({ file.name, file.status.toString(), file.sourceType.toString(),
                                  QString::number(file.bytesTransferred),
                                  file.size ? QString::number(*file.size) : QStringLiteral("-") });
                out.table({ CliContext::tr("FILE"), CliContext::tr("STATUS"),
                            CliContext::tr("SOURCE"), CliContext::tr("TRANSFERRED"),
                            CliContext::tr("SIZE") },
                          rows);
            }
            ctx->exit(Success);
        });
    });
}

void SessionCommands::ignoreWarnings(CliContext *ctx)
{
    const QString id = ctx->options().arguments.value(0);
    const QStringList types = ctx->options().ignoreWarnings;
    QList<WarningBehavior> decided;
    for (const QString &t : types)
        decided.append({ OpenEnum<WarningType>::fromString(t), true });
    // The session's other entries stay as they are (WarningBehavior::merged).
    ctx->sessions().applyWarningDecisions(id, decided, ctx, [ctx](const Result<UpdateSession> &r) {
        if (!r.ok()) {
            ctx->fail(r.error);
            return;
        }
        if (ctx->out().json())
            ctx->out().printJson(r.value.toJson());
        else if (r.value.previewInfo)
            printPreview(ctx->out(), *r.value.previewInfo);
        else
            ctx->out().line(CliContext::tr("Warning behavior updated."));
        ctx->exit(Success);
    });
}

void SessionCommands::complete(CliContext *ctx)
{
    const QString id = ctx->options().arguments.value(0);
    ctx->sessions().complete(id, ctx, [ctx, id](const Result<void> &r) {
        if (!r.ok()) {
            ctx->fail(r.error);
            return;
        }
        ctx->sessions().get(id, ctx, [ctx, id](const Result<UpdateSession> &s) {
            const QString state = s.ok() ? s.value.state.toString() : QStringLiteral("?");
            if (ctx->out().json())
                ctx->out().printJson(QJsonObject { { QStringLiteral("ok"), true },
                                                   { QStringLiteral("session_id"), id },
                                                   { QStringLiteral("state"), state } });
            else
                ctx->out().line(CliContext::tr("Session %1 completed (state %2).").arg(id, state));
            ctx->exit(Success);
        });
    });
}

void SessionCommands::cancel(CliContext *ctx)
{
    const QString id = ctx->options().arguments.value(0);
    ctx->sessions().cancel(id, ctx, [ctx, id](const Result<void> &r) {
        if (!r.ok()) {
            ctx->fail(r.error);
            return;
        }
        if (ctx->out().json())
            ctx->out().printJson(
                QJsonObject { { QStringLiteral("ok"), true },
                              { QStringLiteral("session_id"), id },
                              { QStringLiteral("state"), QStringLiteral("CANCELED") } });
        else
            ctx->out().line(CliContext::tr("Session %1 canceled.").arg(id));
        ctx->exit(Success);
    });
}

} // namespace clu::cli
