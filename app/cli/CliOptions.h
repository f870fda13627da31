#pragma once

#include "model/Enums.h"

#include <QCoreApplication>
#include <QStringList>

namespace clu::cli {

// The parsed command line of cl-uploader-cli. Parsing never talks to a server.
struct CliOptions
{
    Q_DECLARE_TR_FUNCTIONS(CliOptions)
public:
    QString command;
    QStringList arguments; // positional arguments after the command
    bool json = false;
    bool passwordStdin = false;
    // upload
    QString library;
    QString item;
    bool createItem = false;
    QString type; // empty = detect
    // For https:// sources (PULL): the SHA-1 thumbprint vCenter should accept, colon hex.
    QString sourceThumbprint;
    bool ignoreAllWarnings = false;
    bool allowPreflightWarnings = false; // upload, preflight
    QStringList ignoreWarnings; // canonical WarningType names
    int concurrency = 2;
    ChecksumAlgorithm checksum = ChecksumAlgorithm::Sha256;

    enum class Outcome { Run, ExitSuccess, UsageError };
    // Parses argv. On UsageError `*message` says what is wrong; on ExitSuccess help or the
    // version was printed.
    static Outcome parse(const QStringList &argv, CliOptions *options, QString *message);
    static QString commandSummary();
    static bool isCommand(const QString &name);
    // An upload argument naming a URL vCenter fetches (http:// or https://), not a local file.
    static bool isUrlSource(const QString &argument);
    // Checks and canonicalises warning type names ("self_signed_certificate" → SELF_SIGNED_...).
    static bool parseWarningTypes(const QStringList &raw, QStringList *types, QString *error);
};

} // namespace clu::cli
