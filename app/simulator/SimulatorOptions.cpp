#include "SimulatorOptions.h"

#include "SimulatorInfo.h"

#include <QCommandLineParser>
#include <QHostAddress>
#include <algorithm>

namespace clu::sim {

bool parseHostPort(const QString &text, QString *host, quint16 *port, QString *error)
{
    const int colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0) {
        *error = SimulatorOptions::tr("\"%1\" is not HOST:PORT (e.g. 127.0.0.1:8443)").arg(text);
        return false;
    }
    QString h = text.left(colon);
    if (h.startsWith(QLatin1Char('[')) && h.endsWith(QLatin1Char(']')))
        h = h.mid(1, h.size() - 2);
    bool ok = false;
    const uint p = text.mid(colon + 1).toUInt(&ok);
    if (!ok || p > 65535) {
        *error =
            SimulatorOptions::tr("\"%1\": the port must be a number from 0 to 65535").arg(text);
        return false;
    }
    *host = h;
    *port = quint16(p);
    return true;
}

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    QHostAddress a;
    return a.setAddress(host) && a.isLoopback();
}

namespace {

bool toInt(const QString &value, const QString &flag, qint64 min, qint64 max, qint64 *out,
           QString *error)
{
    bool ok = false;
    const qint64 v = value.toLongLong(&ok);
    if (!ok || v < min || v > max) {
        *error = SimulatorOptions::tr("%1 expects a whole number from %2 to %3, got \"%4\"")
                     .arg(flag)
                     .arg(min)
                     .arg(max)
                     .arg(value);
        return false;
    }
    *out = v;
    return true;
}

} // namespace

bool SimulatorOptions::parse(const QStringList &arguments, QString *error)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        tr("Simulated vCenter Content Library service (both /rest and /api flavors) for tests "
           "and the GUI's demo mode. Prints \"cl-simulator listening on URL\", the credentials "
           "line and, with --control-listen, the control endpoint line on start."));
    p.addHelpOption();
    p.addVersionOption();
    const QCommandLineOption listen(QStringLiteral("listen"),
                                    tr("Address to serve on (default 127.0.0.1:0; port 0 picks a "
                                       "free port)."),
                                    tr("HOST:PORT"));
    const QCommandLineOption httpOpt(QStringLiteral("http"),
                                     tr("Serve plain HTTP instead of HTTPS."));
    const QCommandLineOption remote(QStringLiteral("allow-remote"),
                                    tr("Allow listening on a non-loopback address."));
    const QCommandLineOption dataDirOpt(
        QStringLiteral("data-dir"),
        tr("Directory for state.json, the file store and the TLS files; state survives restarts. "
           "Default: a temporary directory removed on exit."),
        tr("DIR"));
    const QCommandLineOption certOpt(QStringLiteral("tls-cert"),
                                     tr("PEM certificate to serve (with --tls-key) instead of the "
                                        "generated one."),
                                     tr("FILE"));
    const QCommandLineOption keyOpt(QStringLiteral("tls-key"),
                                    tr("PEM private key for --tls-cert."), tr("FILE"));
    const QCommandLineOption usersOpt(
        QStringLiteral("users"),
        tr("Accounts as user:password,... (default administrator@vsphere.local:VMware1!)."),
        tr("LIST"));
    const QCommandLineOption readOnlyOpt(
        QStringLiteral("readonly-users"),
        tr("Accounts (of --users) that may log in and browse but lack the Content Library "
           "privileges: creating items or update sessions answers 403 UNAUTHORIZED."),
        tr("LIST"));
    const QCommandLineOption loginTimeout(QStringLiteral("login-timeout"),
                                          tr("Idle timeout of API login sessions (default 1800)."),
                                          tr("SECONDS"));
    const QCommandLineOption sessionTimeout(
        QStringLiteral("session-timeout"),
        tr("Idle expiry of update sessions (default 300); refreshed by keep-alive, session/file "
           "calls and arriving upload bytes."),
        tr("SECONDS"));
    const QCommandLineOption gcAfter(QStringLiteral("gc-after"),
                                     tr("Delete terminal (DONE/ERROR/CANCELED) sessions this long "
                                        "after they ended (default 3600)."),
                                     tr("SECONDS"));
    const QCommandLineOption busy(QStringLiteral("busy-status"),
                                  tr("HTTP status of RESOURCE_BUSY from session create: 500 "
                                     "(default) or 400."),
                                  tr("STATUS"));
    const QCommandLineOption chunked(QStringLiteral("accept-chunked"),
                                     tr("Accept uploads sent with Transfer-Encoding: chunked "
                                        "(refused with 411 by default)."));
    const QCommandLineOption throttle(QStringLiteral("throttle-upload"),
                                      tr("Read uploads at most this fast (0 = unlimited)."),
                                      tr("BPS"));
    const QCommandLineOption drop(QStringLiteral("drop-upload-after"),
                                  tr("Close every upload connection after this many body bytes."),
                                  tr("BYTES"));
    const QCommandLineOption previewDelay(
        QStringLiteral("preview-delay"),
        tr("Keep the OVF preview PREPARING this long after the descriptor arrived."),
        tr("SECONDS"));
    const QCommandLineOption apiLatency(
        QStringLiteral("api-latency"),
        tr("Answer every API call this many milliseconds late, as a vCenter at that round-trip "
           "time would (uploads are not delayed)."),
        tr("MS"));
    const QCommandLineOption seedOpt(
        QStringLiteral("seed"), tr("Seed content at start; only \"demo\" is known."), tr("NAME"));
    const QCommandLineOption control(QStringLiteral("control-listen"),
                                     tr("Serve the fault-injection control endpoint (plain HTTP, "
                                        "loopback only) on this address."),
                                     tr("HOST:PORT"));
    const QCommandLineOption logReq(QStringLiteral("log-requests"),
                                    tr("Print one line per request to stderr."));
    const QCommandLineOption ignoreTrust(
        QStringLiteral("ignore-trust-store"),
        tr("Do not let /api/content/trusted-certificates clear UNTRUSTED_CERTIFICATE warnings."));
    const QCommandLineOption exitWithParentOpt(
        QStringLiteral("exit-with-parent"),
        tr("Shut down when standard input reaches end of file: a parent that keeps the pipe "
           "open ends this process by ending itself, even when it is killed."));
    p.addOptions({ listen,           httpOpt,  remote,      dataDirOpt,   certOpt,
                   keyOpt,           usersOpt, readOnlyOpt, loginTimeout, sessionTimeout,
                   gcAfter,          busy,     chunked,     throttle,     drop,
                   previewDelay,     seedOpt,  control,     logReq,       ignoreTrust,
                   exitWithParentOpt, apiLatency });
    if (!p.parse(arguments)) {
        *error = p.errorText();
        return false;
    }
    if (p.isSet(QStringLiteral("help")))
        p.showHelp(0);
    if (p.isSet(QStringLiteral("version")))
        p.showVersion();
    if (!p.positionalArguments().isEmpty()) {
        *error = tr("unexpected argument \"%1\"").arg(p.positionalArguments().first());
        return false;
    }

    if (p.isSet(listen) && !parseHostPort(p.value(listen), &listenHost, &listenPort, error))
        return false;
    http = p.isSet(httpOpt);
    allowRemote = p.isSet(remote);
    if (!allowRemote && !isLoopbackHost(listenHost)) {
        *error = tr("refusing to listen on non-loopback address %1: the simulator has well-known "
                    "passwords; pass --allow-remote if you really mean it")
                     .arg(listenHost);
        return false;
    }
    dataDir = p.value(dataDirOpt);
    tlsCert = p.value(certOpt);
    tlsKey = p.value(keyOpt);
    if (tlsCert.isEmpty() != tlsKey.isEmpty()) {
        *error = tr("--tls-cert and --tls-key must be given together");
        return false;
    }
    if (http && !tlsCert.isEmpty()) {
        *error = tr("--tls-cert/--tls-key make no sense with --http");
        return false;
    }
    if (p.isSet(usersOpt)) {
        for (const QString &entry : p.value(usersOpt).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const int colon = entry.indexOf(QLatin1Char(':'));
            if (colon <= 0 || colon == entry.size() - 1) {
                *error = tr("--users entry \"%1\" is not user:password").arg(entry);
                return false;
            }
            users.append({ entry.left(colon), entry.mid(colon + 1) });
        }
        if (users.isEmpty()) {
            *error = tr("--users names no account");
            return false;
        }
    } else {
        users.append({ QStringLiteral("administrator@vsphere.local"), QStringLiteral("VMware1!") });
    }
    for (const QString &name : p.value(readOnlyOpt).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const bool known = std::any_of(users.cbegin(), users.cend(), [&name](const auto &u) {
            return u.first.compare(name, Qt::CaseInsensitive) == 0;
        });
        if (!known) {
            *error =
                tr("--readonly-users names \"%1\", which is not an account of --users").arg(name);
            return false;
        }
        readOnlyUsers.append(name.toLower());
    }
    qint64 v = 0;
    if (p.isSet(loginTimeout)) {
        if (!toInt(p.value(loginTimeout), QStringLiteral("--login-timeout"), 1, 86400 * 30, &v,
                   error))
            return false;
        loginTimeoutSeconds = int(v);
    }
    if (p.isSet(sessionTimeout)) {
        if (!toInt(p.value(sessionTimeout), QStringLiteral("--session-timeout"), 1, 86400 * 30, &v,
                   error))
            return false;
        sessionTimeoutSeconds = int(v);
    }
    if (p.isSet(gcAfter)) {
        if (!toInt(p.value(gcAfter), QStringLiteral("--gc-after"), 1, 86400 * 365, &v, error))
            return false;
        gcAfterSeconds = int(v);
    }
    if (p.isSet(busy)) {
        if (p.value(busy) != QLatin1String("500") && p.value(busy) != QLatin1String("400")) {
            *error = tr("--busy-status must be 500 or 400, got \"%1\"").arg(p.value(busy));
            return false;
        }
        busyStatus = p.value(busy).toInt();
    }
    acceptChunked = p.isSet(chunked);
    if (p.isSet(throttle)
        && !toInt(p.value(throttle), QStringLiteral("--throttle-upload"), 0,
                  std::numeric_limits<qint64>::max(), &throttleUploadBps, error))
        return false;
    if (p.isSet(drop)
        && !toInt(p.value(drop), QStringLiteral("--drop-upload-after"), 0,
                  std::numeric_limits<qint64>::max(), &dropUploadAfterBytes, error))
        return false;
    if (p.isSet(previewDelay)) {
        if (!toInt(p.value(previewDelay), QStringLiteral("--preview-delay"), 0, 86400, &v, error))
            return false;
        previewDelaySeconds = int(v);
    }
    if (p.isSet(apiLatency)) {
        if (!toInt(p.value(apiLatency), QStringLiteral("--api-latency"), 0, 60000, &v, error))
            return false;
        apiLatencyMs = int(v);
    }
    seed = p.value(seedOpt);
    if (!seed.isEmpty() && seed != QLatin1String("demo")) {
        *error = tr("--seed knows only \"demo\", got \"%1\"").arg(seed);
        return false;
    }
    if (p.isSet(control)) {
        if (!parseHostPort(p.value(control), &controlHost, &controlPort, error))
            return false;
        if (!isLoopbackHost(controlHost)) {
            *error = tr("--control-listen must be a loopback address, got %1").arg(controlHost);
            return false;
        }
        controlEnabled = true;
    }
    logRequests = p.isSet(logReq);
    ignoreTrustStore = p.isSet(ignoreTrust);
    exitWithParent = p.isSet(exitWithParentOpt);
    return true;
}

} // namespace clu::sim
