#include "ExitCode.h"
#include "Version.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace {

QString commandSummary()
{
    return QCoreApplication::translate(
        "cli",
        "Commands:\n"
        "  libraries                 list content libraries\n"
        "  items <library>           list the items of a library (name or id)\n"
        "  sessions                  list your update sessions\n"
        "  session <id>              show one update session\n"
        "  upload --library L --item I FILE...   upload files into an item\n"
        "  ignore-warnings <id> TYPE...          ignore preview warnings of a session\n"
        "  complete <id>             complete an update session\n"
        "  cancel <id>               cancel an update session\n"
        "  version                   print the version\n");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("cl-uploader"));
    QCoreApplication::setApplicationName(QStringLiteral("cl-uploader-cli"));
    QCoreApplication::setApplicationVersion(clu::versionString());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("cli",
                                    "Scriptable client for vCenter Content Library update "
                                    "sessions.\n\n%1")
            .arg(commandSummary()));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("command"),
                                 QCoreApplication::translate("cli", "The command to run."));
    parser.process(app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    const QStringList args = parser.positionalArguments();
    if (args.isEmpty()) {
        err << QCoreApplication::translate("cli", "cl-uploader-cli: no command given.\n")
            << commandSummary();
        return clu::cli::Usage;
    }
    const QString command = args.first();
    if (command == QLatin1String("version")) {
        out << "cl-uploader-cli " << clu::versionString() << '\n';
        return clu::cli::Success;
    }
    err << QCoreApplication::translate("cli", "cl-uploader-cli: unknown command \"%1\".\n")
               .arg(command)
        << commandSummary();
    return clu::cli::Usage;
}
