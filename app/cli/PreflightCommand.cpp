#include "PreflightCommand.h"

#include "CliContext.h"
#include "ExitCode.h"
#include "preflight/Preflight.h"
#include "preflight/PrivilegeProbe.h"

#include <QJsonArray>
#include <QJsonObject>

namespace clu::cli {

void PreflightCommand::print(CliOutput &out, const PreflightReport &report, bool allowWarnings,
                             bool problemsOnly)
{
    const QStringList lines = report.toLines();
    for (int i = 0; i < lines.size(); ++i) {
        if (problemsOnly && report.checks().at(i).status == PreflightCheck::Status::Pass)
            continue;
        if (problemsOnly)
            out.note(lines.at(i));
        else
            out.line(lines.at(i));
    }
    if (problemsOnly)
        return;
    const int failures = report.count(PreflightCheck::Status::Fail);
    const int warnings = report.count(PreflightCheck::Status::Warn);
    const QString warned = tr("%n warning(s)", nullptr, warnings);
    if (!report.blocks(allowWarnings))
        out.line(
            tr("Preflight: passed (%n check(s), %1 allowed).", nullptr, int(report.checks().size()))
                .arg(warned));
    else if (failures > 0)
        out.line(tr("Preflight: %1, %2: an upload would stop here.")
                     .arg(tr("%n failure(s)", nullptr, failures), warned));
    else
        out.line(tr("Preflight: %1, %2: an upload would stop here (--allow-preflight-warnings "
                    "lets warnings pass).")
                     .arg(tr("%n failure(s)", nullptr, failures), warned));
}

namespace {
int report(const CliOptions &o, CliOutput &out, const PreflightReport &report)
{
    const int code = report.blocks(o.allowPreflightWarnings) ? PreflightFailed : Success;
    if (out.json()) {
        QJsonObject doc = report.toJson();
        doc.insert(QStringLiteral("paths"), QJsonArray::fromStringList(o.arguments));
        doc.insert(QStringLiteral("blocks_upload"), report.blocks(o.allowPreflightWarnings));
        doc.insert(QStringLiteral("exit_code"), code);
        out.printJson(doc);
    } else {
        PreflightCommand::print(out, report, o.allowPreflightWarnings, false);
    }
    return code;
}
} // namespace

int PreflightCommand::run(const CliOptions &o, CliOutput &out)
{
    return report(o, out, Preflight::run(o.arguments));
}

void PreflightCommand::runWithPrivileges(CliContext *ctx)
{
    ctx->library().resolveLibrary(
        ctx->options().library, ctx,
        [ctx](const Result<Library> &library) { onLibrary(ctx, library); });
}

void PreflightCommand::onLibrary(CliContext *ctx, const Result<Library> &library)
{
    if (!library.ok()) {
        ctx->fail(library.error);
        return;
    }
    ctx->library().resolveItem(
        library.value.id, ctx->options().item, ctx,
        [ctx, lib = library.value](const Result<Item> &item) { onItem(ctx, lib, item); });
}

void PreflightCommand::onItem(CliContext *ctx, const Library &library, const Result<Item> &item)
{
    if (!item.ok()) {
        ctx->fail(item.error);
        return;
    }
    // Adding items first, then updating this one: both privileges an upload may need.
    auto *probe = new PrivilegeProbe(ctx->client(), ctx);
    QObject::connect(probe, &PrivilegeProbe::finished, ctx,
                     [ctx, target = item.value](const PreflightReport &adding) {
                         probeUpdating(ctx, target, adding);
                     });
    probe->probeLibrary(library.id, library.name);
}

void PreflightCommand::probeUpdating(CliContext *ctx, const Item &item,
                                     const PreflightReport &adding)
{
    auto *probe = new PrivilegeProbe(ctx->client(), ctx);
    QObject::connect(probe, &PrivilegeProbe::finished, ctx,
                     [ctx, adding](const PreflightReport &updating) {
                         finishWithPrivileges(ctx, adding, updating);
                     });
    probe->probeItem(item.id, item.name);
}

void PreflightCommand::finishWithPrivileges(CliContext *ctx, const PreflightReport &adding,
                                            const PreflightReport &updating)
{
    PreflightReport r = Preflight::run(ctx->options().arguments);
    r.append(adding);
    r.append(updating);
    ctx->exit(report(ctx->options(), ctx->out(), r));
}

} // namespace clu::cli
