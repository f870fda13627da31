#pragma once

#include "CliOptions.h"
#include "CliOutput.h"
#include "model/ApiError.h"
#include "services/LibraryService.h"
#include "services/SessionFileService.h"
#include "services/UpdateSessionService.h"

#include <QObject>

#include <functional>

namespace clu {
class RestClient;
class CredentialStore;
} // namespace clu

namespace clu::cli {

// What every command needs: the options, the output, a logged-in RestClient with the services,
// and a single way out with the right exit code (ExitCode.h).
class CliContext : public QObject
{
    Q_OBJECT
public:
    CliContext(const CliOptions &options, CliOutput *output, QObject *parent = nullptr);
    ~CliContext() override;

    const CliOptions &options() const { return m_options; }
    CliOutput &out() { return *m_out; }
    RestClient *client() const { return m_client; }
    LibraryService &library() { return m_library; }
    UpdateSessionService &sessions() { return m_sessions; }
    SessionFileService &files() { return m_files; }

    // Reads CLU_URL, CLU_USERNAME, the password (CLU_PASSWORD, --password-stdin, keychain),
    // CLU_THUMBPRINT, CLU_INSECURE; logs in; then runs `then`. Exits on any failure.
    void connectThen(std::function<void()> then);

    // Logs out (best effort) and ends the event loop with `code`.
    void exit(int code);
    // Prints the error (text on stderr; with --json also a JSON document on stdout) and exits
    // with the code that matches it.
    void fail(const ApiError &error, const QString &what = {}, int code = -1);
    static int exitCodeFor(const ApiError &error);

private:
    void login(std::function<void()> then);
    // CLU_MAX_RESPONSE_MIB, CLU_CALL_DEADLINE_SECONDS, CLU_PARALLEL_GETS; false after fail().
    bool applyLimits();

    CliOptions m_options;
    CliOutput *m_out;
    RestClient *m_client;
    CredentialStore *m_credentials = nullptr;
    LibraryService m_library;
    UpdateSessionService m_sessions;
    SessionFileService m_files;
    bool m_exiting = false;
};

} // namespace clu::cli
