#include "CliOptions.h"

#include "credentials/ServerProfile.h"
#include "i18n/Translations.h"
#include "upload/ChecksumCalculator.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace clu::cli {

QString CliOptions::commandSummary()
{
    return tr("Commands:\n"
              "  libraries                 list content libraries\n"
              "  items <library>           list the items of a library (name or id)\n"
              "  sessions                  list your update sessions\n"
              "  session <id>              show one update session and its files\n"
              "  upload --library L --item I [--create-item] [--type ovf|iso|file]\n"
              "         [--ignore-warnings all|TYPE,...] [--concurrency N]\n"
              "         [--checksum sha256|sha1|sha512|md5] [--source-thumbprint SHA1] SOURCE...\n"
              "                            upload files, an .ovf package or an .ova into an item;\n"
              "                            an http(s):// SOURCE is fetched by vCenter itself\n"
              "  preflight [--allow-preflight-warnings] [--library L --item I] SOURCE...\n"
              "                            check files or a package locally, as an upload does\n"
              "                            before it creates a session; with --library and\n"
              "                            --item also whether you may update that item\n"
              "  ignore-warnings <id> TYPE...          ignore preview warnings of a session\n"
              "  complete <id>             complete an update session\n"
              "  cancel <id>               cancel an update session\n"
              "  version                   print the version\n"
              "\n"
              "Environment: CLU_URL, CLU_USERNAME, CLU_PASSWORD (or --password-stdin, or the\n"
              "keychain entry user@host of service \"cl-uploader\"), CLU_THUMBPRINT (pin: SHA-256\n"
              "or SHA-1 hex), CLU_INSECURE=1 (accept any server certificate),\n"
              "CLU_ALLOW_HTTP=1 (allow plain http://, lab only), CLU_UPLOAD_HOSTS=h1,h2 (other\n"
              "hosts that may receive uploads), CLU_MAX_RESPONSE_MIB (32), CLU_CALL_DEADLINE_SECONDS\n"
              "(120), CLU_PARALLEL_GETS (12).\n"
              "Warning types: SELF_SIGNED_CERTIFICATE, EXPIRED_CERTIFICATE,\n"
              "NOT_YET_VALID_CERTIFICATE, UNTRUSTED_CERTIFICATE.\n");
}

bool CliOptions::isCommand(const QString &name)
{
    static const QStringList commands = { "libraries", "items",    "sessions",
                                          "session",   "upload",   "ignore-warnings",
                                          "complete",  "cancel",   "version",
                                          "preflight" };
    return commands.contains(name);
}

bool CliOptions::isUrlSource(const QString &argument)
{
    return argument.startsWith(QLatin1String("http://"), Qt::CaseInsensitive)
        || argument.startsWith(QLatin1String("https://"), Qt::CaseInsensitive);
}

bool CliOptions::parseWarningTypes(const QStringList &raw, QStringList *types, QString *error)
{
    for (const QString &r : raw) {
        const QString t = r.trimmed().toUpper().replace(QLatin1Char('-'), QLatin1Char('_'));
        if (t.isEmpty())
            continue;
        const OpenEnum<WarningType> e = OpenEnum<WarningType>::fromString(t);
        if (!e.isKnown()) {
            *error = tr("unknown warning type \"%1\"; use SELF_SIGNED_CERTIFICATE, "
                        "EXPIRED_CERTIFICATE, NOT_YET_VALID_CERTIFICATE or UNTRUSTED_CERTIFICATE")
                         .arg(r);
            return false;
        }
        if (!types->contains(t))
            types->append(t);
    }
    return true;
}

CliOptions::Outcome CliOptions::parse(const QStringList &argv, CliOptions *o, QString *message)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Scriptable client for vCenter Content Library update sessions.\n\n%1")
            .arg(commandSummary()));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption json(QStringLiteral("json"), tr("Machine-readable JSON output."));
    const QCommandLineOption pwStdin(QStringLiteral("password-stdin"),
                                     tr("Read the password from the first line of stdin."));
    const QCommandLineOption library(QStringLiteral("library"), tr("Library name or id."),
                                     tr("library"));
    const QCommandLineOption item(QStringLiteral("item"), tr("Item name or id."), tr("item"));
    const QCommandLineOption createItem(QStringLiteral("create-item"),
                                        tr("Create the item when it does not exist."));
    const QCommandLineOption type(QStringLiteral("type"),
                                  tr("Type of a created item: ovf, iso or file (default: from "
                                     "the file names)."),
                                  tr("type"));
    const QCommandLineOption ignore(QStringLiteral("ignore-warnings"),
                                    tr("Package warnings to ignore: all, or TYPE,TYPE..."),
                                    tr("types"));
    const QCommandLineOption concurrency(QStringLiteral("concurrency"),
                                         tr("Files sent at the same time (default 2)."), tr("n"),
                                         QStringLiteral("2"));
    const QCommandLineOption checksum(
        QStringLiteral("checksum"), tr("Checksum algorithm: sha256 (default), sha1, sha512, md5."),
        tr("algorithm"), QStringLiteral("sha256"));
    const QCommandLineOption sourceThumbprint(
        QStringLiteral("source-thumbprint"),
        tr("SHA-1 thumbprint of the certificate of the https:// sources vCenter fetches (40 hex "
           "digits, colons optional)."),
        tr("sha1"));
    const QCommandLineOption allowPreflight(
        QStringLiteral("allow-preflight-warnings"),
        tr("Let preflight warnings pass (upload, preflight); failures still stop an upload."));
    // Applied before parsing (main.cpp, clu::Translations); declared so --help lists it.
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  tr("User interface language: %1. Default: the system language.")
                                      .arg(Translations::available().join(QStringLiteral(", "))),
                                  tr("code"));
    parser.addOptions({ json, pwStdin, library, item, createItem, type, ignore, concurrency,
                        checksum, sourceThumbprint, allowPreflight, lang });
    parser.addPositionalArgument(QStringLiteral("command"), tr("The command to run."));
    parser.addPositionalArgument(QStringLiteral("arguments"), tr("Arguments of the command."),
                                 QStringLiteral("[arguments...]"));

    if (!parser.parse(argv)) {
        *message = parser.errorText();
        return Outcome::UsageError;
    }
    if (parser.isSet(help)) {
        QTextStream(stdout) << parser.helpText();
        return Outcome::ExitSuccess;
    }
    if (parser.isSet(version)) {
        QTextStream(stdout) << QCoreApplication::applicationName() << ' '
                            << QCoreApplication::applicationVersion() << '\n';
        return Outcome::ExitSuccess;
    }
    QStringList pos = parser.positionalArguments();
    if (pos.isEmpty()) {
        *message = tr("no command given.");
        return Outcome::UsageError;
    }
    o->command = pos.takeFirst();
    o->arguments = pos;
    o->json = parser.isSet(json);
    o->passwordStdin = parser.isSet(pwStdin);
    o->library = parser.value(library);
    o->item = parser.value(item);
    o->createItem = parser.isSet(createItem);
    o->type = parser.value(type).trimmed().toLower();

    if (!isCommand(o->command)) {
        *message = tr("unknown command \"%1\".").arg(o->command);
        return Outcome::UsageError;
    }
    const bool isUpload = o->command == QLatin1String("upload");
    o->allowPreflightWarnings = parser.isSet(allowPreflight);
    if (o->allowPreflightWarnings && !isUpload && o->command != QLatin1String("preflight")) {
        *message = tr("--allow-preflight-warnings is an option of \"upload\" and \"preflight\", "
                      "not of \"%1\".")
                       .arg(o->command);
        return Outcome::UsageError;
    }
    const bool isPreflight = o->command == QLatin1String("preflight");
    for (const auto *opt : { &library, &item, &createItem, &type, &ignore, &concurrency, &checksum,
                             &sourceThumbprint }) {
        const bool preflightToo = opt == &library || opt == &item;
        if (!isUpload && !(isPreflight && preflightToo) && parser.isSet(*opt)) {
            *message = tr("--%1 is an option of \"upload\", not of \"%2\".")
                           .arg(opt->names().first(), o->command);
            return Outcome::UsageError;
        }
    }
    auto needArgs = [&](int min, int max, const QString &what) {
        if (o->arguments.size() < min || (max >= 0 && o->arguments.size() > max)) {
            *message = tr("\"%1\" expects %2.").arg(o->command, what);
            return false;
        }
        return true;
    };
    const QString &c = o->command;
    if (c == QLatin1String("libraries") || c == QLatin1String("sessions")
        || c == QLatin1String("version")) {
        if (!needArgs(0, 0, tr("no arguments")))
            return Outcome::UsageError;
    } else if (c == QLatin1String("items")) {
        if (!needArgs(1, 1, tr("one library name or id")))
            return Outcome::UsageError;
    } else if (c == QLatin1String("session") || c == QLatin1String("complete")
               || c == QLatin1String("cancel")) {
        if (!needArgs(1, 1, tr("one session id")))
            return Outcome::UsageError;
    } else if (c == QLatin1String("preflight")) {
        if (!needArgs(1, -1, tr("at least one file, or one .ovf or .ova")))
            return Outcome::UsageError;
        if (o->library.isEmpty() != o->item.isEmpty()) {
            *message = tr("preflight checks privileges with both --library and --item, or "
                          "neither.");
            return Outcome::UsageError;
        }
    } else if (c == QLatin1String("ignore-warnings")) {
        if (!needArgs(2, -1, tr("a session id and at least one warning type")))
            return Outcome::UsageError;
        QStringList types;
        if (!parseWarningTypes(o->arguments.mid(1), &types, message))
            return Outcome::UsageError;
        o->ignoreWarnings = types;
    } else if (isUpload) {
        if (o->library.isEmpty() || o->item.isEmpty()) {
            *message = tr("upload needs --library and --item.");
            return Outcome::UsageError;
        }
        if (!needArgs(1, -1, tr("at least one file or URL")))
            return Outcome::UsageError;
        if (!o->type.isEmpty() && o->type != QLatin1String("ovf") && o->type != QLatin1String("iso")
            && o->type != QLatin1String("file")) {
            *message = tr("--type must be ovf, iso or file, not \"%1\".").arg(o->type);
            return Outcome::UsageError;
        }
        if (!o->type.isEmpty() && !o->createItem) {
            *message = tr("--type only applies with --create-item.");
            return Outcome::UsageError;
        }
        bool ok = false;
        o->concurrency = parser.value(concurrency).toInt(&ok);
        if (!ok || o->concurrency < 1 || o->concurrency > 16) {
            *message = tr("--concurrency must be a number from 1 to 16, not \"%1\".")
                           .arg(parser.value(concurrency));
            return Outcome::UsageError;
        }
        if (!ChecksumCalculator::parseAlgorithm(parser.value(checksum), &o->checksum)) {
            *message = tr("--checksum must be sha256, sha1, sha512 or md5, not \"%1\".")
                           .arg(parser.value(checksum));
            return Outcome::UsageError;
        }
        if (parser.isSet(sourceThumbprint)) {
            const QString hex = ServerProfile::normaliseThumbprint(parser.value(sourceThumbprint));
            if (hex.size() != 40) {
                *message = tr("--source-thumbprint must be a SHA-1 thumbprint (40 hex digits), "
                              "not \"%1\".")
                               .arg(parser.value(sourceThumbprint));
                return Outcome::UsageError;
            }
            bool anyHttps = false;
            for (const QString &a : o->arguments)
                anyHttps = anyHttps || a.startsWith(QLatin1String("https://"), Qt::CaseInsensitive);
            if (!anyHttps) {
                *message = tr("--source-thumbprint only applies to https:// sources.");
                return Outcome::UsageError;
            }
            o->sourceThumbprint = ServerProfile::formatThumbprint(hex);
        }
        const QString ig = parser.value(ignore).trimmed();
        if (ig.compare(QLatin1String("all"), Qt::CaseInsensitive) == 0) {
            o->ignoreAllWarnings = true;
        } else if (!ig.isEmpty()) {
            if (!parseWarningTypes(ig.split(QLatin1Char(',')), &o->ignoreWarnings, message))
                return Outcome::UsageError;
        }
    }
    return Outcome::Run;
}

} // namespace clu::cli
