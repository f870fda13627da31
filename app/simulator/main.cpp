#include "SimulatorInfo.h"

#include <QCommandLineParser>
#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("cl-simulator"));
    QCoreApplication::setApplicationVersion(clu::sim::simulatorVersion());

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cl-simulator", "Simulated vCenter Content Library service for tests and demos."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);
    return 0;
}
