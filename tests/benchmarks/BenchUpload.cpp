// bench-upload: the upload engine against `curl -T` on the same simulator, same file, same run.
//
//   bench-upload [SIZE]     SIZE in bytes or with K/M/G suffix (default 2G)
//
// Starts cl-simulator, writes a file of SIZE generated (incompressible) bytes, then
//  1. UploadEngine: hash (SHA-256, worker thread) → session → add → PUT → READY → complete;
//     reports the hash pass and the PUT separately and end to end;
//  2. curl -k -T to a fresh upload URL of the same simulator (add with the same size and
//     checksum, so the server does the same work), timed around the curl process;
// and prints both PUT throughputs, their ratio and this process's peak RSS (VmHWM).
#include "SimulatorProcess.h"
#include "model/AddSpec.h"
#include "model/SessionFile.h"
#include "net/RestClient.h"
#include "net/TlsPolicy.h"
#include "services/LibraryService.h"
#include "services/SessionFileService.h"
#include "services/UpdateSessionService.h"
#include "upload/UploadEngine.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <QUuid>

#include <cstdio>

using namespace clu;

namespace {

QTextStream out(stdout);

qint64 peakRssKiB()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

qint64 parseSize(const QString &text)
{
    QString t = text.trimmed().toUpper();
    qint64 mult = 1;
    if (t.endsWith(QLatin1Char('G')))
        mult = qint64(1) << 30;
    else if (t.endsWith(QLatin1Char('M')))
        mult = qint64(1) << 20;
    else if (t.endsWith(QLatin1Char('K')))
        mult = qint64(1) << 10;
    if (mult > 1)
        t.chop(1);
    bool ok = false;
    const qint64 n = t.toLongLong(&ok);
    return ok && n > 0 ? n * mult : -1;
}

template<typename T, typename Start> Result<T> await(Start start)
{
    Result<T> r;
    bool done = false;
    QEventLoop loop;
    start([&](const Result<T> &v) {
        r = v;
        done = true;
        loop.quit();
    });
    if (!done) // a callback may run synchronously (checks before anything is sent)
        loop.exec();
    return r;
}

double mibPerSecond(qint64 bytes, qint64 ms)
{
    return ms > 0 ? double(bytes) / (1024.0 * 1024.0) / (double(ms) / 1000.0) : 0.0;
}

int fail(const QString &what)
{
    QTextStream(stderr) << "bench-upload: " << what << '\n';
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const qint64 size = argc > 1 ? parseSize(QString::fromLocal8Bit(argv[1])) : qint64(2) << 30;
    if (size <= 0)
        return fail(
            QStringLiteral("SIZE must be a positive number of bytes, optionally with K, M or G"));
    if (qEnvironmentVariableIsEmpty("CLU_SIMULATOR"))
        qputenv("CLU_SIMULATOR", CLU_SIMULATOR_PATH);
    const QString curl = QStandardPaths::findExecutable(QStringLiteral("curl"));
    if (curl.isEmpty())
        return fail(QStringLiteral("curl is not installed"));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.bin"));
    {
        out << "writing " << size << " bytes to " << path << " ...\n";
        out.flush();
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return fail(f.errorString());
        // xorshift: incompressible, cheap to generate.
        QByteArray block(1 << 20, Qt::Uninitialized);
        quint64 x = 88172645463325252ull;
        for (qint64 done = 0; done < size; done += block.size()) {
            auto *w = reinterpret_cast<quint64 *>(block.data());
            for (int i = 0; i < block.size() / 8; ++i) {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                w[i] = x;
            }
            if (f.write(block.constData(), qMin<qint64>(block.size(), size - done)) < 0)
                return fail(f.errorString());
        }
    }

    clu::test::SimulatorProcess sim({ QStringLiteral("--seed"), QStringLiteral("demo") });
    if (!sim.start())
        return fail(sim.errorString());
    RestClient client;
    client.setBaseUrl(sim.baseUrl());
    client.setCredentials(sim.username(), sim.password());
    client.tlsPolicy()->setPin(sim.baseUrl().host(), TlsPolicy::sha256(sim.certificate()));
    {
        ApiResult r;
        QEventLoop loop;
        client.login(nullptr, [&](const ApiResult &v) {
            r = v;
            loop.quit();
        });
        loop.exec();
        if (!r.ok())
            return fail(r.error.message());
    }
    LibraryService library(&client);
    const auto libs = await<QList<Library>>([&](auto cb) { library.getLibraries(nullptr, cb); });
    QString libraryId;
    for (const Library &l : libs.value)
        if (l.acceptsUploads() && libraryId.isEmpty())
            libraryId = l.id;
    if (libraryId.isEmpty())
        return fail(QStringLiteral("the simulator has no local library"));
    auto makeItem = [&](const QString &name) {
        Item spec;
        spec.libraryId = libraryId;
        spec.name = name + QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
        spec.type = QStringLiteral("file");
        return await<QString>([&](auto cb) { library.createItem(spec, nullptr, cb); }).value;
    };

    // 1. The engine.
    UploadEngine engine(&client);
    QElapsedTimer total, put;
    qint64 hashMs = -1, putMs = -1;
    QObject::connect(&engine, &UploadEngine::stageChanged, [&](UploadStage s) {
        if (s == UploadStage::CreatingSession)
            hashMs = total.elapsed();
    });
    QObject::connect(&engine, &UploadEngine::fileStatusChanged,
                     [&](const QString &, const QString &status, const QString &) {
                         if (status == QLatin1String("sending"))
                             put.start();
                         else if (status == QLatin1String("verifying"))
                             putMs = put.elapsed();
                     });
    UploadOutcome outcome;
    {
        UploadRequest req;
        req.libraryItemId = makeItem(QStringLiteral("bench-engine-"));
        req.paths = { path };
        req.pollInterval = std::chrono::milliseconds(100);
        QEventLoop loop;
        QObject::connect(&engine, &UploadEngine::finished, [&](const UploadOutcome &o) {
            outcome = o;
            loop.quit();
        });
        total.start();
        engine.start(req);
        loop.exec();
    }
    const qint64 totalMs = total.elapsed();
    if (!outcome.ok)
        return fail(QStringLiteral("engine upload failed: %1").arg(outcome.summary));
    const qint64 engineRss = peakRssKiB();

    // 2. curl to a fresh upload URL of the same simulator.
    UpdateSessionService sessions(&client);
    SessionFileService files(&client);
    const QString sid =
        await<QString>([&](auto cb) {
            sessions.create(makeItem(QStringLiteral("bench-curl-")), {}, nullptr, cb);
        }).value;
    // The same checksum the engine sent, so the server verifies just the same.
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    AddSpec spec;
    spec.name = QStringLiteral("bench.bin");
    spec.sourceType = SourceType::Push;
    spec.size = size;
    ChecksumInfo ci;
    ci.algorithm = ChecksumAlgorithm::Sha256;
    ci.checksum = QString::fromLatin1(h.result().toHex());
    spec.checksumInfo = ci;
    const auto added = await<SessionFile>([&](auto cb) { files.add(sid, spec, nullptr, cb); });
    if (!added.ok() || !added.value.uploadEndpoint)
        return fail(QStringLiteral("add for curl failed: %1").arg(added.error.message()));
    QProcess curlProcess;
    QElapsedTimer curlTimer;
    curlTimer.start();
    curlProcess.start(
        curl,
        { QStringLiteral("-sS"), QStringLiteral("-k"), QStringLiteral("-T"), path,
          QStringLiteral("-H"), QStringLiteral("Content-Type: application/octet-stream"),
          QStringLiteral("-H"),
          QStringLiteral("vmware-api-session-id: ") + QString::fromLatin1(client.sessionToken()),
          QStringLiteral("-o"), QStringLiteral("/dev/null"), QStringLiteral("-w"),
          QStringLiteral("%{http_code}"), added.value.uploadEndpoint->uri.toString() });
    curlProcess.waitForFinished(-1);
    const qint64 curlMs = curlTimer.elapsed();
    const QString httpCode = QString::fromLatin1(curlProcess.readAllStandardOutput()).trimmed();
    if (curlProcess.exitCode() != 0 || httpCode != QLatin1String("200"))
        return fail(QStringLiteral("curl failed (exit %1, HTTP %2): %3")
                        .arg(curlProcess.exitCode())
                        .arg(httpCode, QString::fromLocal8Bit(curlProcess.readAllStandardError())));
    await<void>([&](auto cb) { sessions.cancel(sid, nullptr, cb); });

    const double engineRate = mibPerSecond(size, putMs);
    const double curlRate = mibPerSecond(size, curlMs);
    out << QStringLiteral("file size:               %1 bytes (%2 MiB)\n").arg(size).arg(size >> 20);
    out << QStringLiteral("engine hash pass:        %1 ms (%2 MiB/s, SHA-256 in a worker thread)\n")
               .arg(hashMs)
               .arg(mibPerSecond(size, hashMs), 0, 'f', 1);
    out << QStringLiteral("engine PUT:              %1 ms (%2 MiB/s)\n")
               .arg(putMs)
               .arg(engineRate, 0, 'f', 1);
    out << QStringLiteral(
               "engine end to end:       %1 ms (%2 MiB/s; hash + session + PUT + complete)\n")
               .arg(totalMs)
               .arg(mibPerSecond(size, totalMs), 0, 'f', 1);
    out << QStringLiteral("curl -T:                 %1 ms (%2 MiB/s)\n")
               .arg(curlMs)
               .arg(curlRate, 0, 'f', 1);
    out << QStringLiteral("PUT throughput ratio:    %1 x curl\n")
               .arg(curlRate > 0 ? engineRate / curlRate : 0.0, 0, 'f', 2);
    out << QStringLiteral(
               "client peak RSS (VmHWM): %1 KiB after the engine upload, %2 KiB at the end\n")
               .arg(engineRss)
               .arg(peakRssKiB());
    out << QStringLiteral("simulator peak RSS:      %1 KiB\n").arg(sim.peakRssKiB());
    out.flush();
    return 0;
}
