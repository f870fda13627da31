// cl-uploader-cli: parses the command line, connects, and hands over to one command class.
#include "BrowseCommands.h"
#include "CliContext.h"
#include "CliOptions.h"
#include "CliOutput.h"
#include "ExitCode.h"
#include "InterruptHandler.h"
#include "PreflightCommand.h"
#include "SessionCommands.h"
#include "UploadCommand.h"
#include "Version.h"
#include "i18n/Translations.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTextStream>
#include <QTimer>

using namespace clu::cli;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("cl-uploader"));
    QCoreApplication::setApplicationName(QStringLiteral("cl-uploader-cli"));
    QCoreApplication::setApplicationVersion(clu::versionString());

    // The CLI reports errors itself; the engine's log lines would only repeat them. Logging
    // stays available through QT_LOGGING_RULES (e.g. "clu.*.debug=true").
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("clu.*=false"));

    // Before anything is parsed or printed: the option help is translated too.
    QString message;
    if (!clu::Translations::install(
            &app, clu::Translations::requestedLanguage(QCoreApplication::arguments()), &message)) {
        CliOutput(false).error(message);
        return Usage;
    }

    CliOptions options;
    switch (CliOptions::parse(QCoreApplication::arguments(), &options, &message)) {
    case CliOptions::Outcome::ExitSuccess:
        return Success;
    case CliOptions::Outcome::UsageError: {
        CliOutput(false).error(message);
        // The full summary only helps when the command itself is wrong or missing.
        if (!CliOptions::isCommand(options.command))
            QTextStream(stderr) << CliOptions::commandSummary();
        else
            QTextStream(stderr) << QCoreApplication::translate(
                "cli", "Run \"cl-uploader-cli --help\" for the full usage.\n");
        return Usage;
    }
    case CliOptions::Outcome::Run:
        break;
    }
    CliOutput out(options.json);
    if (options.command == QLatin1String("version")) {
        if (out.json())
            out.printJson(QJsonObject { { QStringLiteral("version"), clu::versionString() } });
        else
            out.line(QStringLiteral("cl-uploader-cli %1").arg(clu::versionString()));
        return Success;
    }

    // Local only (no login, no server) unless --item asks for the privilege check.
    if (options.command == QLatin1String("preflight") && options.item.isEmpty())
        return PreflightCommand::run(options, out);

    CliContext ctx(options, &out);
    InterruptHandler interrupts;
    const QString c = options.command;
    // An upload cancels its session on the first Ctrl-C (UploadCommand); anything else, or a
    // second Ctrl-C, ends right away with the shell's usual 130.
    QObject::connect(&interrupts, &InterruptHandler::interrupted, &ctx, [&out, c](int count) {
        if (c == QLatin1String("upload") && count == 1)
            return;
        out.error(QCoreApplication::translate("cli", "interrupted."));
        QCoreApplication::exit(130);
    });
    QTimer::singleShot(0, &ctx, [&ctx, &interrupts, c]() {
        ctx.connectThen([&ctx, &interrupts, c]() {
            if (c == QLatin1String("libraries"))
                BrowseCommands::libraries(&ctx);
            else if (c == QLatin1String("items"))
                BrowseCommands::items(&ctx);
            else if (c == QLatin1String("sessions"))
                SessionCommands::sessions(&ctx);
            else if (c == QLatin1String("session"))
                SessionCommands::session(&ctx);
            else if (c == QLatin1String("ignore-warnings"))
                SessionCommands::ignoreWarnings(&ctx);
            else if (c == QLatin1String("complete"))
                SessionCommands::complete(&ctx);
            else if (c == QLatin1String("cancel"))
                SessionCommands::cancel(&ctx);
            else if (c == QLatin1String("preflight"))
                PreflightCommand::runWithPrivileges(&ctx);
            else if (c == QLatin1String("upload"))
                (new UploadCommand(&ctx, &interrupts))->run();
        });
    });
    return app.exec();
}
