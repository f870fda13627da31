#pragma once

#include <QByteArray>
#include <QList>
#include <QProcessEnvironment>
#include <QSslCertificate>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace clu::bench {

// "1G", "512M", "4096": bytes, or -1 when unusable.
qint64 parseSize(const QString &text);
// VmHWM of this process in KiB (Linux /proc), -1 elsewhere.
qint64 peakRssKiB();
// SIZE bytes of xorshift output (incompressible, cheap to make).
bool writeNoiseFile(const QString &path, qint64 size, QString *error);
double mibPerSecond(qint64 bytes, qint64 ms);

struct Stats
{
    double min = 0;
    double median = 0;
    double max = 0;
};
Stats stats(QList<double> values);

// One finished child process: wall time, exit code, its peak RSS (wait4 rusage where the
// platform has it, else -1) and what it printed on stdout.
struct ChildRun
{
    bool started = false;
    int exitCode = -1;
    qint64 wallMs = 0;
    qint64 maxRssKiB = -1;
    QByteArray out;
    QByteArray err;
};
ChildRun runChild(const QString &program, const QStringList &args,
                  const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());

// A bare QNetworkAccessManager PUT of a file (DoNotBufferUploadData, Content-Length, the
// session header), accepting exactly `serverCert`; in this thread or in a thread of its own.
// Returns the wall time in ms, or -1 and *error.
qint64 bareQnamPut(const QUrl &url, const QString &path, const QByteArray &token,
                   const QSslCertificate &serverCert, bool ownThread, QString *error);

} // namespace clu::bench
