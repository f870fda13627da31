#pragma once

namespace clu::cli {

// Exit codes of cl-uploader-cli: scripts branch on these, so they never change meaning.
enum ExitCode : int {
    Success = 0,
    Failure = 1, // anything not covered below
    Usage = 2, // bad command line
    AuthFailed = 3, // wrong user/password, login expired and could not be renewed
    TlsFailed = 4, // untrusted or changed server certificate
    NotFound = 5, // library, item or session does not exist
    Busy = 6, // the item already has an active update session
    TransferFailed = 7, // a file could not be sent or was rejected by the server
    WarningsNotIgnored = 8, // signed package has warnings the caller did not accept
    ServerError = 9, // the server answered with an error we cannot act on
    PreflightFailed = 10, // preflight found what vCenter would refuse (or unaccepted warnings)
};

} // namespace clu::cli
