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
    if (report.blocks(allowWarnings))
        out.line(tr("Preflight: %1 failure(s), %2 warning(s): an upload would stop here%3.")
                     .arg(failures)
                     .arg(warnings)
                     .arg(failures == 0 ? tr(" (--allow-preflight-warnings lets warnings pass)")
                                        : QString()));
    else
        out.line(tr("Preflight: passed (%1 checks, %2 warning(s) allowed).")
                     .arg(report.checks().size())
                     .arg(warnings));
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

namespace {
struct LibraryRef
{
    QString libraryId;
    QString libraryName;
};
} // namespace

void PreflightCommand::runWithPrivileges(CliContext *ctx)
{
    const CliOptions &o = ctx->options();
    ctx->library().resolveLibrary(o.library, ctx, [ctx](const Result<Library> &lib) {
        if (!lib.ok()) {
            ctx->fail(lib.error);
            return;
        }
        const CliOptions &opts = ctx->options();
        ctx->library().resolveItem(lib.value.id, opts.item, ctx,
                                   [ctx, libRef = LibraryRef { lib.value.id, lib.value.name }](
                                       const Result<Item> &item) {
            if (!item.ok()) {
                ctx->fail(item.error);
                return;
            }
            // Adding items first, then updating this one: both privileges an upload may need.
            auto *libraryProbe = new PrivilegeProbe(ctx->client(), ctx);
            QObject::connect(
                libraryProbe, &PrivilegeProbe::finished, ctx,
                [ctx, item = item.value](const PreflightReport &adding) {
                    auto *itemProbe = new PrivilegeProbe(ctx->client(), ctx);
                    QObject::connect(itemProbe, &PrivilegeProbe::finished, ctx,
                                     [ctx, adding](const PreflightReport &updating) {
                                         PreflightReport r =
                                             Preflight::run(ctx->options().arguments);
                                         r.append(adding);
                                         r.append(updating);
                                         ctx->exit(report(ctx->options(), ctx->out(), r));
                                     });
                    itemProbe->probeItem(item.id, item.name);
                });
            libraryProbe->probeLibrary(libRef.libraryId, libRef.libraryName);
        });
    });
}

} // namespace clu::cli
