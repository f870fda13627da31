#pragma once

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace clu::sim {

// Everything cl-simulator can be told on its command line. parse() fills it and reports usage
// errors as text (the executable exits with code 2 then).
struct SimulatorOptions
{
    Q_DECLARE_TR_FUNCTIONS(SimulatorOptions)
public:
    QString listenHost = QStringLiteral("127.0.0.1");
    quint16 listenPort = 0;
    bool http = false;
    bool allowRemote = false;
    QString dataDir; // empty: a temporary directory removed on exit
    QString tlsCert;
    QString tlsKey;
    QList<QPair<QString, QString>> users; // user, password; first one is printed on start
    QStringList readOnlyUsers; // may log in and read, but lack the Content Library privileges
    int loginTimeoutSeconds = 1800;
    int sessionTimeoutSeconds = 300;
    int gcAfterSeconds = 3600;
    int busyStatus = 500;
    bool acceptChunked = false;
    qint64 throttleUploadBps = 0;
    qint64 dropUploadAfterBytes = -1;
    int previewDelaySeconds = 0;
    int apiLatencyMs = 0; // --api-latency: every API answer this late (a WAN vCenter's RTT)
    QString seed; // "" or "demo"
    bool controlEnabled = false;
    QString controlHost;
    quint16 controlPort = 0;
    bool logRequests = false;
    bool ignoreTrustStore = false;
    bool exitWithParent = false; // --exit-with-parent: quit at EOF on stdin (ParentWatch)

    // Parses arguments (argv[0] first). Returns false with *error set on a usage error;
    // --help/--version print and exit inside.
    bool parse(const QStringList &arguments, QString *error);
};

// Splits "HOST:PORT"; false with a reason when malformed.
bool parseHostPort(const QString &text, QString *host, quint16 *port, QString *error);
// True for 127.0.0.0/8, ::1 and "localhost".
bool isLoopbackHost(const QString &host);

} // namespace clu::sim
