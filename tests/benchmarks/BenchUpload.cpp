// bench-upload: the upload data path against reference tools, on the same simulator, in one run.
//
//   bench-upload [SIZE] [--rounds N] [--stall-size SIZE] [--sessions N] [--dir DIR]
//     SIZE: bytes or with K/M/G (default 1G); rounds of every timed step (default 3);
//     --stall-size: file for the event-loop probe (default 2G); --sessions: listing (default 1000);
//     --dir: where the test file and the simulator's store live (default: the temp dir). On a
//     disk-backed /tmp every round writes several GiB, and the kernel's writeback of them lands
//     at random in later steps; /dev/shm keeps the disk out of a comparison of two uploaders.
//
// Starts cl-simulator, writes SIZE incompressible bytes, then prints min/median/max of
//  1. hash: ChecksumCalculator (OpenSSL EVP SHA-256) vs `openssl dgst -sha256` on the same file;
//  2. PUT to a fresh upload URL each (add with size and checksum, so the server does the same
//     work): `curl -T`, the engine's FileUploadJob (transfer thread), a bare QNetworkAccessManager
//     PUT in the main thread and in a thread of its own;
//  3. end to end: the real `cl-uploader-cli upload --create-item` process vs a curl PUT made
//     right before it in the same round, the ceiling a one-file upload can reach when its
//     SHA-256 must be known before the add (curl / (curl + hash)), and
//     the CLI's peak RSS (wait4 ru_maxrss: resident pages, mapped ones included) vs the same CLI
//     listing libraries (idle: logged in, nothing sent);
//  4. `cl-uploader-cli --json sessions` with N update sessions on the server;
//  5. an UploadEngine in the main thread (as in the GUI) uploading --stall-size bytes while a
//     10 ms QTimer in that thread records the longest gap between its ticks.
#include "BenchSupport.h"
#include "SimulatorProcess.h"
#include "model/AddSpec.h"
#include "model/SessionFile.h"
#include "net/RestClient.h"
#include "net/TlsPolicy.h"
#include "services/LibraryService.h"
#include "services/SessionFileService.h"
#include "services/UpdateSessionService.h"
#include "upload/ChecksumCalculator.h"
#include "upload/FileUploadJob.h"
#include "upload/UploadEngine.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QTimer>
#include <QUuid>

using namespace clu;
using namespace clu::bench;

namespace {

QTextStream out(stdout);

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

int fail(const QString &what)
{
    QTextStream(stderr) << "bench-upload: " << what << '\n';
    return 1;
}

QString row(const QString &label, const Stats &s, const QString &unit, int precision = 0)
{
    return QStringLiteral("%1 min %2  median %3  max %4 %5\n")
        .arg(label.leftJustified(34))
        .arg(s.min, 0, 'f', precision)
        .arg(s.median, 0, 'f', precision)
        .arg(s.max, 0, 'f', precision)
        .arg(unit);
}

struct Bench
{
    explicit Bench(const QString &dataDir)
        : sim({ QStringLiteral("--seed"), QStringLiteral("demo"), QStringLiteral("--data-dir"),
                dataDir })
    {
    }
    clu::test::SimulatorProcess sim;
    RestClient client;
    LibraryService library { &client };
    UpdateSessionService sessions { &client };
    SessionFileService files { &client };
    QString libraryId;
    QString libraryName;

    QString makeItem(const QString &prefix)
    {
        Item spec;
        spec.libraryId = libraryId;
        spec.name = prefix + QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
        spec.type = QStringLiteral("file");
        return await<QString>([&](auto cb) { library.createItem(spec, nullptr, cb); }).value;
    }

    // A fresh session with the file added (size + checksum): its upload URL, or an empty URL.
    QUrl uploadUrl(qint64 size, const QString &sha256, QString *sessionId)
    {
        *sessionId = await<QString>([&](auto cb) {
                         sessions.create(makeItem(QStringLiteral("bench-put-")), {}, nullptr, cb);
                     }).value;
        AddSpec spec;
        spec.name = QStringLiteral("bench.bin");
        spec.sourceType = SourceType::Push;
        spec.size = size;
        ChecksumInfo ci;
        ci.algorithm = ChecksumAlgorithm::Sha256;
        ci.checksum = sha256;
        spec.checksumInfo = ci;
        const auto added =
            await<SessionFile>([&](auto cb) { files.add(*sessionId, spec, nullptr, cb); });
        return added.ok() && added.value.uploadEndpoint ? added.value.uploadEndpoint->uri : QUrl();
    }

    void dropSession(const QString &id)
    {
        await<void>([&](auto cb) { sessions.cancel(id, nullptr, cb); });
        await<void>([&](auto cb) { sessions.remove(id, nullptr, cb); });
    }

    // `curl -T` of `path` to a fresh upload URL (added with size and checksum, as the engine
    // does): wall time in ms, or -1 with *error set.
    qint64 curlPut(const QString &curl, const QString &path, qint64 size, const QString &sha256,
                   QString *error)
    {
        QString sid;
        const QUrl url = uploadUrl(size, sha256, &sid);
        if (url.isEmpty()) {
            *error = QStringLiteral("add for curl failed");
            return -1;
        }
        const ChildRun c = runChild(
            curl,
            { QStringLiteral("-sS"), QStringLiteral("-k"), QStringLiteral("-T"), path,
              QStringLiteral("-H"), QStringLiteral("Content-Type: application/octet-stream"),
              QStringLiteral("-H"), QStringLiteral("Expect:"), QStringLiteral("-H"),
              QStringLiteral("vmware-api-session-id: ") + QString::fromLatin1(client.sessionToken()),
              QStringLiteral("-o"), QStringLiteral("/dev/null"), QStringLiteral("-w"),
              QStringLiteral("%{http_code}"), url.toString() });
        dropSession(sid);
        if (c.exitCode != 0 || c.out.trimmed() != "200") {
            *error = QStringLiteral("curl failed: %1").arg(QString::fromLocal8Bit(c.err));
            return -1;
        }
        return c.wallMs;
    }
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    qint64 size = qint64(1) << 30;
    qint64 stallSize = qint64(2) << 30;
    int rounds = 3;
    int sessionCount = 1000;
    QString parentDir;
    const QStringList args = app.arguments().mid(1);
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        const QString next = args.value(i + 1);
        if (a == QLatin1String("--rounds")) {
            rounds = next.toInt();
            ++i;
        } else if (a == QLatin1String("--stall-size")) {
            stallSize = parseSize(next);
            ++i;
        } else if (a == QLatin1String("--sessions")) {
            sessionCount = next.toInt();
            ++i;
        } else if (a == QLatin1String("--dir")) {
            parentDir = next;
            ++i;
        } else {
            size = parseSize(a);
        }
    }
    if (size <= 0 || stallSize < 0 || rounds < 1 || sessionCount < 0)
        return fail(QStringLiteral("usage: bench-upload [SIZE] [--rounds N] [--stall-size SIZE] "
                                   "[--sessions N] [--dir DIR]; sizes in bytes or with K, M or G"));
    if (qEnvironmentVariableIsEmpty("CLU_SIMULATOR"))
        qputenv("CLU_SIMULATOR", CLU_SIMULATOR_PATH);
    const QString cli = QStringLiteral(CLU_CLI_PATH);
    const QString curl = QStandardPaths::findExecutable(QStringLiteral("curl"));
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (curl.isEmpty() || openssl.isEmpty())
        return fail(QStringLiteral("curl and openssl must be installed"));

    QTemporaryDir dir(parentDir.isEmpty()
                          ? QDir::tempPath() + QStringLiteral("/bench-upload-XXXXXX")
                          : parentDir + QStringLiteral("/bench-upload-XXXXXX"));
    if (!dir.isValid())
        return fail(QStringLiteral("cannot create a work folder: %1").arg(dir.errorString()));
    const QString path = dir.filePath(QStringLiteral("bench.bin"));
    QString error;
    out << "writing " << size << " bytes to " << path << " ...\n";
    out.flush();
    if (!writeNoiseFile(path, size, &error))
        return fail(error);

    Bench b(dir.filePath(QStringLiteral("simulator")));
    if (!b.sim.start())
        return fail(b.sim.errorString());
    b.client.setBaseUrl(b.sim.baseUrl());
    b.client.setCredentials(b.sim.username(), b.sim.password());
    const QString pin = TlsPolicy::sha256(b.sim.certificate());
    b.client.tlsPolicy()->setPin(b.sim.baseUrl().host(), pin);
    {
        ApiResult r;
        QEventLoop loop;
        b.client.login(nullptr, [&](const ApiResult &v) {
            r = v;
            loop.quit();
        });
        loop.exec();
        if (!r.ok())
            return fail(r.error.message());
    }
    const auto libs = await<QList<Library>>([&](auto cb) { b.library.getLibraries(nullptr, cb); });
    for (const Library &l : libs.value) {
        if (l.acceptsUploads() && b.libraryId.isEmpty()) {
            b.libraryId = l.id;
            b.libraryName = l.name;
        }
    }
    if (b.libraryId.isEmpty())
        return fail(QStringLiteral("the simulator has no local library"));

    out << QStringLiteral("machine: %1 cores, %2; file %3 MiB; %4 rounds (min/median/max)\n")
               .arg(QThread::idealThreadCount())
               .arg(QSysInfo::prettyProductName())
               .arg(size >> 20)
               .arg(rounds);

    // 1. Hash.
    QList<double> hashMs, opensslMs;
    QString sha256;
    for (int i = 0; i < rounds; ++i) {
        const ChildRun o = runChild(openssl, { QStringLiteral("dgst"), QStringLiteral("-sha256"),
                                               QStringLiteral("-r"), path });
        if (o.exitCode != 0)
            return fail(QStringLiteral("openssl dgst failed"));
        opensslMs.append(double(o.wallMs));
        QElapsedTimer t;
        t.start();
        const ChecksumResult c = ChecksumCalculator::hashFile(path, ChecksumAlgorithm::Sha256);
        hashMs.append(double(t.elapsed()));
        if (!c.ok)
            return fail(c.error);
        sha256 = c.hex;
        if (QString::fromLatin1(o.out).section(QLatin1Char(' '), 0, 0) != c.hex)
            return fail(QStringLiteral("the engine's SHA-256 differs from openssl dgst's"));
    }
    const Stats hash = stats(hashMs), ossl = stats(opensslMs);
    out << row(QStringLiteral("SHA-256 engine (EVP) [ms]"), hash, QString());
    out << row(QStringLiteral("SHA-256 openssl dgst [ms]"), ossl, QString());
    out << QStringLiteral("SHA-256 engine: %1 GiB/s (median); %2 x openssl dgst\n")
               .arg(mibPerSecond(size, qint64(hash.median)) / 1024.0, 0, 'f', 2)
               .arg(ossl.median / hash.median, 0, 'f', 2);
    out.flush();

    // 2. PUT alone, each variant to its own upload URL, interleaved round by round.
    QList<double> curlMs, jobMs, qnamMainMs, qnamThreadMs;
    const QByteArray token = b.client.sessionToken();
    for (int i = 0; i < rounds; ++i) {
        const qint64 curlRun = b.curlPut(curl, path, size, sha256, &error);
        if (curlRun < 0)
            return fail(error);
        curlMs.append(double(curlRun));
        QString sid;
        QUrl url = b.uploadUrl(size, sha256, &sid);
        {
            FileUploadJob job(&b.client, UploadSource::fromFile(path), url);
            QEventLoop loop;
            bool ok = false;
            QObject::connect(&job, &FileUploadJob::finished, [&](bool v) {
                ok = v;
                loop.quit();
            });
            QElapsedTimer t;
            t.start();
            job.start();
            loop.exec();
            if (!ok)
                return fail(job.error().message());
            jobMs.append(double(t.elapsed()));
        }
        b.dropSession(sid);

        for (const bool own : { false, true }) {
            url = b.uploadUrl(size, sha256, &sid);
            const qint64 ms = bareQnamPut(url, path, token, b.sim.certificate(), own, &error);
            if (ms < 0)
                return fail(QStringLiteral("bare QNAM PUT: %1").arg(error));
            (own ? qnamThreadMs : qnamMainMs).append(double(ms));
            b.dropSession(sid);
        }
    }
    QList<double> jobRatio;
    for (int i = 0; i < rounds; ++i)
        jobRatio.append(curlMs.at(i) / jobMs.at(i));
    const Stats curlS = stats(curlMs);
    out << row(QStringLiteral("PUT curl -T [ms]"), curlS, QString());
    out << row(QStringLiteral("PUT engine FileUploadJob [ms]"), stats(jobMs), QString());
    out << row(QStringLiteral("PUT bare QNAM, main thread [ms]"), stats(qnamMainMs), QString());
    out << row(QStringLiteral("PUT bare QNAM, own thread [ms]"), stats(qnamThreadMs), QString());
    out << row(QStringLiteral("PUT engine speed / curl speed"), stats(jobRatio), QString(), 2);
    out << QStringLiteral("PUT curl: %1 MiB/s, engine: %2 MiB/s (medians)\n")
               .arg(mibPerSecond(size, qint64(curlS.median)), 0, 'f', 1)
               .arg(mibPerSecond(size, qint64(stats(jobMs).median)), 0, 'f', 1);
    out.flush();

    // 3. End to end through the real CLI process.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CLU_URL"), b.sim.baseUrl().toString());
    env.insert(QStringLiteral("CLU_USERNAME"), b.sim.username());
    env.insert(QStringLiteral("CLU_PASSWORD"), b.sim.password());
    env.insert(QStringLiteral("CLU_THUMBPRINT"), pin);
    QList<double> cliMs, cliCurlMs, cliRatio, ceiling, cliRss, idleRss;
    for (int i = 0; i < rounds; ++i) {
        const qint64 curlRun = b.curlPut(curl, path, size, sha256, &error);
        if (curlRun < 0)
            return fail(error);
        cliCurlMs.append(double(curlRun));
        ceiling.append(double(curlRun) / (double(curlRun) + hash.median));
        const ChildRun idle = runChild(cli, { QStringLiteral("libraries") }, env);
        if (idle.exitCode != 0)
            return fail(QStringLiteral("cl-uploader-cli libraries: %1")
                            .arg(QString::fromLocal8Bit(idle.err)));
        idleRss.append(double(idle.maxRssKiB));
        const ChildRun up = runChild(
            cli,
            { QStringLiteral("upload"), QStringLiteral("--library"), b.libraryId,
              QStringLiteral("--item"),
              QStringLiteral("bench-cli-%1").arg(QUuid::createUuid().toString(QUuid::Id128)),
              QStringLiteral("--create-item"), path },
            env);
        if (up.exitCode != 0)
            return fail(QStringLiteral("cl-uploader-cli upload failed (%1): %2")
                            .arg(up.exitCode)
                            .arg(QString::fromLocal8Bit(up.err.right(2000))));
        cliMs.append(double(up.wallMs));
        cliRss.append(double(up.maxRssKiB));
        cliRatio.append(double(curlRun) / double(up.wallMs));
    }
    const Stats cliS = stats(cliMs);
    out << row(QStringLiteral("end to end cl-uploader-cli [ms]"), cliS, QString());
    out << row(QStringLiteral("PUT curl -T, same rounds [ms]"), stats(cliCurlMs), QString());
    out << row(QStringLiteral("end to end speed / curl PUT speed"), stats(cliRatio), QString(), 2);
    out << row(QStringLiteral("ceiling curl / (curl + SHA-256)"), stats(ceiling), QString(), 2);
    out << row(QStringLiteral("CLI peak RSS, upload [KiB]"), stats(cliRss), QString());
    out << row(QStringLiteral("CLI peak RSS, idle (libraries) [KiB]"), stats(idleRss),
               QString());
    out.flush();

    // 4. The session listing with sessionCount sessions on the server.
    if (sessionCount > 0) {
        int created = 0, pending = 0, failed = 0;
        QEventLoop loop;
        std::function<void()> pump = [&]() {
            while (pending < 8 && created + pending + failed < sessionCount) {
                ++pending;
                Item spec;
                spec.libraryId = b.libraryId;
                spec.name = QStringLiteral("bench-list-%1")
                                .arg(QUuid::createUuid().toString(QUuid::Id128));
                spec.type = QStringLiteral("file");
                b.library.createItem(spec, nullptr, [&](const Result<QString> &item) {
                    if (!item.ok()) {
                        --pending;
                        ++failed;
                        pump();
                        return;
                    }
                    b.sessions.create(item.value, {}, nullptr, [&](const Result<QString> &s) {
                        --pending;
                        ++(s.ok() ? created : failed);
                        if (created + failed >= sessionCount)
                            loop.quit();
                        else
                            pump();
                    });
                });
            }
        };
        pump();
        loop.exec();
        if (failed > 0)
            return fail(QStringLiteral("%1 sessions could not be created").arg(failed));
        QList<double> listMs;
        for (int i = 0; i < rounds; ++i) {
            const ChildRun l = runChild(cli, { QStringLiteral("--json"), QStringLiteral("sessions") },
                                        env);
            if (l.exitCode != 0)
                return fail(QStringLiteral("cl-uploader-cli sessions: %1")
                                .arg(QString::fromLocal8Bit(l.err)));
            listMs.append(double(l.wallMs));
        }
        out << row(QStringLiteral("--json sessions, %1 sessions [ms]").arg(sessionCount),
                   stats(listMs), QString());
        out.flush();
    }

    // 5. Event-loop stalls while the engine uploads in this (the "GUI") thread.
    if (stallSize > 0) {
        QString stallPath = path;
        if (stallSize != size) {
            stallPath = dir.filePath(QStringLiteral("stall.bin"));
            if (!writeNoiseFile(stallPath, stallSize, &error))
                return fail(error);
        }
        UploadEngine engine(&b.client);
        QElapsedTimer clock;
        qint64 last = -1, maxGap = 0, ticks = 0;
        QTimer probe;
        probe.setTimerType(Qt::PreciseTimer);
        probe.setInterval(10);
        QObject::connect(&probe, &QTimer::timeout, [&]() {
            const qint64 now = clock.elapsed();
            if (last >= 0)
                maxGap = qMax(maxGap, now - last);
            last = now;
            ++ticks;
        });
        UploadOutcome outcome;
        UploadRequest req;
        req.libraryItemId = b.makeItem(QStringLiteral("bench-stall-"));
        req.paths = { stallPath };
        req.pollInterval = std::chrono::milliseconds(100);
        QEventLoop loop;
        QObject::connect(&engine, &UploadEngine::finished, [&](const UploadOutcome &o) {
            outcome = o;
            loop.quit();
        });
        const qint64 rssBefore = peakRssKiB();
        clock.start();
        probe.start();
        engine.start(req);
        loop.exec();
        probe.stop();
        if (!outcome.ok)
            return fail(QStringLiteral("engine upload failed: %1").arg(outcome.summary));
        out << QStringLiteral("engine in the main thread, %1 MiB: %2 ms; 10 ms timer: %3 ticks, "
                              "longest gap %4 ms\n")
                   .arg(stallSize >> 20)
                   .arg(clock.elapsed())
                   .arg(ticks)
                   .arg(maxGap);
        out << QStringLiteral("this process's peak RSS (VmHWM): %1 KiB before, %2 KiB after\n")
                   .arg(rssBefore)
                   .arg(peakRssKiB());
    }
    out << QStringLiteral("simulator peak RSS: %1 KiB\n").arg(b.sim.peakRssKiB());
    out.flush();
    return 0;
}
