#pragma once

#include "model/UpdateSession.h"

namespace clu::cli {

class CliContext;
class CliOutput;

// `sessions`, `session <id>`, `ignore-warnings <id> TYPE...`, `complete <id>`, `cancel <id>`.
class SessionCommands
{
public:
    static void sessions(CliContext *ctx);
    static void session(CliContext *ctx);
    static void ignoreWarnings(CliContext *ctx);
    static void complete(CliContext *ctx);
    static void cancel(CliContext *ctx);

    // Human description of a preview: certificate (subject, issuer, validity, fingerprints) and
    // each warning with whether it is ignored. Shared with `upload`.
    static void printPreview(CliOutput &out, const PreviewInfo &preview);
};

} // namespace clu::cli
