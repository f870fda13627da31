// bench-faults: a fault soak of the upload engine against cl-simulator's fault injection.
//
//   bench-faults [N] [SEED] [DROPS]   N uploads (default 20), SEED for the random faults
//                                     (default: time), at most DROPS dropped connections per
//                                     upload (default 3; above 5, more than the engine restarts)
//
// Each upload: 1-3 files of 2-24 MiB (several files in one item about a third of the time) into
// a new item, with random faults injected through the simulator's control endpoint:
//  - 0-DROPS dropped connections, each at a random offset inside the file it hits;
//  - 503s (now and then a 500 on a status read) on random calls: session create, keep-alive,
//    add, the data PUT, status reads, validate, complete, fail, cancel, delete; and a 503 on
//    the login and on the item create of every fourth upload;
//  - an expiry of the session in a quarter of the uploads, at a random point while bytes flow.
// Then classifies every upload:
//  lossless        ok, and every file's size and SHA-1 on the server equal the local file's;
//  failed-clearly  not ok, with a message, and nothing left behind;
//  lost            ok but the bytes differ, or not ok without a message;
// and counts what is left behind after all runs: ACTIVE update sessions, and empty items (the
// bench deletes an item it created for a failed upload, as the CLI and GUI do).
#include "SimulatorProcess.h"
#include "model/UpdateSession.h"
#include "net/RestClient.h"
#include "net/TlsPolicy.h"
#include "services/LibraryService.h"
#include "services/UpdateSessionService.h"
#include "upload/UploadEngine.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUuid>

using namespace clu;

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
    if (!done)
        loop.exec();
    return r;
}

int fail(const QString &what)
{
    QTextStream(stderr) << "bench-faults: " << what << '\n';
    return 1;
}

// Writes `size` random bytes; returns the SHA-1 hex.
QString writeRandomFile(const QString &path, qint64 size, QRandomGenerator &rng)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    QCryptographicHash sha1(QCryptographicHash::Sha1);
    QByteArray block(1 << 20, Qt::Uninitialized);
    for (qint64 done = 0; done < size; done += block.size()) {
        rng.fillRange(reinterpret_cast<quint32 *>(block.data()), block.size() / 4);
        const qint64 n = qMin<qint64>(block.size(), size - done);
        f.write(block.constData(), n);
        sha1.addData(QByteArrayView(block.constData(), n));
    }
    return QString::fromLatin1(sha1.result().toHex());
}

// API calls a 503 may hit (patterns for "METHOD path?query" as the simulator sees it).
const char *const kCalls[] = {
    "^POST /api/content/library/item/update-session$", // create
    "action=keep-alive",
    "^PUT /cls/data/", // the data PUT (answered by a proxy, nothing reaches the session)
    "/file", // add, status reads, validate
    "GET /api/content/library/item/update-session/", // session and file reads
    "action=validate",
    "action=complete",
    "action=fail",
    "action=cancel",
    "DELETE /api/content/library/item/update-session/",
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 20;
    const quint32 seed = argc > 2 ? QString::fromLocal8Bit(argv[2]).toUInt()
                                  : quint32(QDateTime::currentMSecsSinceEpoch());
    const int maxDrops = argc > 3 ? QString::fromLocal8Bit(argv[3]).toInt() : 3;
    if (runs <= 0)
        return fail(QStringLiteral("N must be a positive number of uploads"));
    if (maxDrops < 0)
        return fail(QStringLiteral("DROPS must be 0 or more"));
    if (qEnvironmentVariableIsEmpty("CLU_SIMULATOR"))
        qputenv("CLU_SIMULATOR", CLU_SIMULATOR_PATH);
    QRandomGenerator rng(seed);

    clu::test::SimulatorProcess sim({ QStringLiteral("--seed"), QStringLiteral("demo") });
    if (!sim.start())
        return fail(sim.errorString());
    RestClient client;
    client.setBaseUrl(sim.baseUrl());
    client.setCredentials(sim.username(), sim.password());
    client.tlsPolicy()->setPin(sim.baseUrl().host(), TlsPolicy::sha256(sim.certificate()));
    // Short waits so the soak takes minutes, not hours; the recovery logic is the same.
    client.setMaxRetryDelay(std::chrono::milliseconds(200));
    // The login itself meets a 503 first (it is resent: a 503 says no login happened).
    sim.control("POST", QStringLiteral("/control/fail-calls"),
                QJsonObject { { QStringLiteral("count"), 1 },
                              { QStringLiteral("status"), 503 },
                              { QStringLiteral("match"), QStringLiteral("^POST /api/session$") } });
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
    UpdateSessionService sessions(&client);
    QString libraryId;
    for (const Library &l :
         await<QList<Library>>([&](auto cb) { library.getLibraries(nullptr, cb); }).value)
        if (l.acceptsUploads() && libraryId.isEmpty())
            libraryId = l.id;
    if (libraryId.isEmpty())
        return fail(QStringLiteral("the simulator has no local library"));

    QTemporaryDir dir;
    out << "bench-faults: " << runs << " uploads, seed " << seed << ", up to " << maxDrops
        << " dropped connections each\n";
    out.flush();
    int lossless = 0, failedClearly = 0, lost = 0;
    int drops = 0, injected = 0, expiries = 0, restarts = 0;
    qint64 bytes = 0;
    QStringList itemIds;
    QElapsedTimer clock;
    clock.start();
    for (int run = 1; run <= runs; ++run) {
        sim.control("POST", QStringLiteral("/control/reset"));
        // The files.
        const int nFiles = rng.bounded(3) == 0 ? 2 + rng.bounded(2) : 1;
        QStringList paths;
        QHash<QString, QString> sha1s; // name -> SHA-1
        QHash<QString, qint64> sizes;
        qint64 smallest = -1;
        for (int i = 0; i < nFiles; ++i) {
            const qint64 size = (2 << 20) + rng.bounded(22 << 20);
            const QString name = QStringLiteral("soak-%1-%2.bin").arg(run).arg(i);
            const QString path = dir.filePath(name);
            sha1s.insert(name, writeRandomFile(path, size, rng));
            sizes.insert(name, size);
            paths << path;
            smallest = smallest < 0 ? size : qMin(smallest, size);
            bytes += size;
        }
        // The faults known up front: the drops (one per PUT, in order, inside the smallest file).
        const int nDrops = int(rng.bounded(quint32(maxDrops + 1)));
        QJsonArray offsets;
        for (int i = 0; i < nDrops; ++i)
            offsets.append(qint64(rng.bounded(quint64(smallest))));
        if (nDrops > 0)
            sim.control("POST", QStringLiteral("/control/drop-upload"),
                        QJsonObject { { QStringLiteral("offsets"), offsets } });
        const bool expire = rng.bounded(4) == 0;
        const qint64 expireAt = expire ? qint64(rng.bounded(quint64(smallest))) : -1;

        if (run % 4 == 1) // the item create (Client-Token: resent) meets a 503
            sim.control("POST", QStringLiteral("/control/fail-calls"),
                        QJsonObject { { QStringLiteral("count"), 1 },
                                      { QStringLiteral("status"), 503 },
                                      { QStringLiteral("match"),
                                        QStringLiteral("^POST /api/content/library/item$") } });
        Item spec;
        spec.libraryId = libraryId;
        spec.name = QStringLiteral("soak-%1-").arg(run)
            + QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
        spec.type = QStringLiteral("file");
        const Result<QString> created =
            await<QString>([&](auto cb) { library.createItem(spec, nullptr, cb); });
        if (!created.ok())
            return fail(created.error.message());
        const QString itemId = created.value;
        itemIds << itemId;

        UploadEngine engine(&client);
        QString sessionId;
        bool expired = false;
        const QJsonObject statsBefore =
            sim.control("GET", QStringLiteral("/control/stats")).object();
        int armed = 0;
        // Now and then, at a stage change or a new session, arm a 503 (or a 500 on a read)
        // for the next call that matches a random pattern.
        auto maybeInject = [&]() {
            if (rng.bounded(3) != 0 || armed >= 4)
                return;
            const int which = int(rng.bounded(int(std::size(kCalls))));
            const bool read = which == 4;
            const int status = read && rng.bounded(3) == 0 ? 500 : 503;
            sim.control("POST", QStringLiteral("/control/fail-calls"),
                        QJsonObject { { QStringLiteral("count"), 1 },
                                      { QStringLiteral("status"), status },
                                      { QStringLiteral("retry_after"), 0 },
                                      { QStringLiteral("match"), QLatin1String(kCalls[which]) } });
            ++armed;
        };
        QObject::connect(&engine, &UploadEngine::sessionCreated, [&](const QString &id) {
            sessionId = id;
            maybeInject();
        });
        QObject::connect(&engine, &UploadEngine::stageChanged, [&](UploadStage) { maybeInject(); });
        QObject::connect(&engine, &UploadEngine::fileProgress,
                         [&](const QString &, qint64 sent, qint64, double, qint64) {
                             if (expire && !expired && sent >= expireAt && !sessionId.isEmpty()) {
                                 // Refused (and tried again) while the session is not ACTIVE.
                                 sim.control(
                                     "POST", QStringLiteral("/control/expire-session"),
                                     QJsonObject { { QStringLiteral("session_id"), sessionId } });
                                 expired = sim.lastControlOk();
                             }
                         });
        maybeInject(); // possibly the create itself
        UploadRequest req;
        req.libraryItemId = itemId;
        req.paths = paths;
        req.concurrency = 2;
        req.pollInterval = std::chrono::milliseconds(100);
        req.retryBaseDelay = std::chrono::milliseconds(200);
        UploadOutcome outcome;
        {
            QEventLoop loop;
            QObject::connect(&engine, &UploadEngine::finished, [&](const UploadOutcome &o) {
                outcome = o;
                loop.quit();
            });
            if (!engine.start(req))
                return fail(QStringLiteral("the engine did not start"));
            loop.exec();
        }
        sim.control("POST", QStringLiteral("/control/reset"));
        // What the simulator really did (an armed fault may not have met its call).
        const QJsonObject statsAfter =
            sim.control("GET", QStringLiteral("/control/stats")).object();
        const auto delta = [&](const char *key) {
            return int(statsAfter.value(QLatin1String(key)).toInteger()
                       - statsBefore.value(QLatin1String(key)).toInteger());
        };
        const int injectedHere = delta("injected_failures");
        const int droppedHere = delta("dropped_uploads");
        injected += injectedHere;
        drops += droppedHere;
        expiries += expired ? 1 : 0;
        restarts += outcome.sessionRestarts;

        QString verdict;
        if (outcome.ok) {
            const auto files = await<QList<ItemFile>>(
                [&](auto cb) { library.listItemFiles(itemId, nullptr, cb); });
            int same = 0;
            for (const ItemFile &f : files.value)
                if (sizes.value(f.name, -1) == f.size && f.checksumInfo
                    && f.checksumInfo->checksum == sha1s.value(f.name))
                    ++same;
            if (same == nFiles) {
                ++lossless;
                verdict = QStringLiteral("lossless");
            } else {
                ++lost;
                verdict = QStringLiteral("LOST (the item's bytes differ)");
            }
        } else {
            // As the CLI and GUI do for an item they created: delete it again.
            await<void>([&](auto cb) { library.deleteItem(itemId, nullptr, cb); });
            if (!outcome.summary.isEmpty() && outcome.cleanupProblem.isEmpty()) {
                ++failedClearly;
                verdict = QStringLiteral("failed clearly: ") + outcome.summary;
            } else {
                ++lost;
                verdict = QStringLiteral("FAILED, left behind: ") + outcome.summary
                    + QLatin1Char(' ') + outcome.cleanupProblem;
            }
        }
        out << QStringLiteral(
                   "%1/%2: %3 file(s), %4 dropped connection(s), %5 injected 503/500(s)%6, "
                   "%7 restart(s): %8\n")
                   .arg(run)
                   .arg(runs)
                   .arg(nFiles)
                   .arg(droppedHere)
                   .arg(injectedHere)
                   .arg(expired ? QStringLiteral(", session expired") : QString())
                   .arg(outcome.sessionRestarts)
                   .arg(verdict);
        out.flush();
        for (const QString &p : std::as_const(paths))
            QFile::remove(p);
    }

    // What is left behind on the soak's items: ACTIVE sessions, and empty items (the demo
    // seed's own ACTIVE session is not ours).
    int activeLeft = 0, emptyItems = 0;
    for (const QString &id : std::as_const(itemIds)) {
        for (const QString &sid :
             await<QStringList>([&](auto cb) { sessions.list(id, nullptr, cb); }).value) {
            const auto s = await<UpdateSession>([&](auto cb) { sessions.get(sid, nullptr, cb); });
            if (s.ok() && s.value.state == SessionState::Active)
                ++activeLeft;
        }
        const auto item = await<Item>([&](auto cb) { library.getItem(id, nullptr, cb); });
        if (item.ok() && item.value.size == 0)
            ++emptyItems;
    }
    out << QStringLiteral("\n%1 uploads, %2 MiB, %3 dropped connections, %4 injected 503/500 "
                          "answers, %5 session "
                          "expiries, %6 session restarts, %7 s\n")
               .arg(runs)
               .arg(bytes >> 20)
               .arg(drops)
               .arg(injected)
               .arg(expiries)
               .arg(restarts)
               .arg(clock.elapsed() / 1000);
    out << QStringLiteral("lossless %1, failed-clearly %2, lost %3; left behind: %4 ACTIVE "
                          "sessions, %5 empty items\n")
               .arg(lossless)
               .arg(failedClearly)
               .arg(lost)
               .arg(activeLeft)
               .arg(emptyItems);
    return lost == 0 && activeLeft == 0 && emptyItems == 0 ? 0 : 2;
}
