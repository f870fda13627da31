#pragma once

namespace clu::cli {

class CliContext;

// `libraries` and `items <library>`: read-only listings.
class BrowseCommands
{
public:
    static void libraries(CliContext *ctx);
    static void items(CliContext *ctx);
};

} // namespace clu::cli
