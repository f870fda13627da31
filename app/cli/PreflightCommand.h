#pragma once

#include "CliOptions.h"
#include "CliOutput.h"

namespace clu {
class PreflightReport;
struct Item;
struct Library;
template<typename T> struct Result;
} // namespace clu

namespace clu::cli {

class CliContext;

// `preflight SOURCE`: the local checks every upload runs before it creates a session (package,
// manifest, signature, disks; app/core/preflight), printed as a checklist or, with --json, as
// one document. It contacts no server, unless --library and --item are given: then it logs in
// and adds the privilege check (PrivilegeProbe: a session created, canceled and deleted on the
// item). Exit 0 when nothing would stop an upload, PreflightFailed when a check failed, or
// warned without --allow-preflight-warnings.
class PreflightCommand
{
    Q_DECLARE_TR_FUNCTIONS(PreflightCommand)
public:
    static int run(const CliOptions &options, CliOutput &out);
    // With --library/--item, after login: the local checks plus the privilege probe; exits ctx.
    static void runWithPrivileges(CliContext *ctx);
    // The checklist as text lines (stdout), then a one-line verdict; shared with `upload`.
    static void print(CliOutput &out, const PreflightReport &report, bool allowWarnings,
                      bool problemsOnly);

private:
    // runWithPrivileges, one step per answer: the library, then the item, then the probe for
    // adding items to the library, then the probe for updating the item, then the report.
    static void onLibrary(CliContext *ctx, const Result<Library> &library);
    static void onItem(CliContext *ctx, const Library &library, const Result<Item> &item);
    static void probeUpdating(CliContext *ctx, const Item &item, const PreflightReport &adding);
    static void finishWithPrivileges(CliContext *ctx, const PreflightReport &adding,
                                     const PreflightReport &updating);
};

} // namespace clu::cli
