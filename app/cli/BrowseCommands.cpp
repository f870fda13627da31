#include "BrowseCommands.h"

#include "CliContext.h"
#include "ExitCode.h"

#include <QJsonArray>
#include <QJsonObject>

namespace clu::cli {

void BrowseCommands::libraries(CliContext *ctx)
{
    ctx->library().getLibraries(ctx, [ctx](const Result<QList<Library>> &r) {
        if (!r.ok()) {
            ctx->fail(r.error);
            return;
        }
        if (ctx->out().json()) {
            QJsonArray a;
            for (const Library &l : r.value)
                a.append(l.toJson());
            ctx->out().printJson(a);
        } else {
            QList<QStringList> rows;
            for (const Library &l : r.value)
                rows.append({ l.name, l.type.toString(), l.id });
            ctx->out().table(
                { CliContext::tr("NAME"), CliContext::tr("TYPE"), CliContext::tr("ID") }, rows);
        }
        ctx->exit(Success);
    });
}

void BrowseCommands::items(CliContext *ctx)
{
    const QString which = ctx->options().arguments.value(0);
    ctx->library().resolveLibrary(which, ctx, [ctx](const Result<Library> &lib) {
        if (!lib.ok()) {
            ctx->fail(lib.error);
            return;
        }
        ctx->library().getItems(lib.value.id, ctx, [ctx](const Result<QList<Item>> &r) {
            if (!r.ok()) {
                ctx->fail(r.error);
                return;
            }
            if (ctx->out().json()) {
                QJsonArray a;
                for (const Item &i : r.value)
                    a.append(i.toJson());
                ctx->out().printJson(a);
            } else {
                QList<QStringList> rows;
                for (const Item &i : r.value)
                    rows.append(
                        { i.name, i.type, QString::number(i.size), i.contentVersion, i.id });
                ctx->out().table({ CliContext::tr("NAME"), CliContext::tr("TYPE"),
                                   CliContext::tr("SIZE"), CliContext::tr("CONTENT VERSION"),
                                   CliContext::tr("ID") },
                                 rows);
            }
            ctx->exit(Success);
        });
    });
}

} // namespace clu::cli
