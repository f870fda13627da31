#pragma once
// Helpers shared by the upload tests that run against the real cl-simulator: logging in, items,
// the simulator's request log and fault injection, files to send, and running an upload to its
// end. Compiled once into clu-uploadtestsupport.

#include "AwaitCallback.h"
#include "SimulatorProcess.h"
#include "model/ItemFile.h"
#include "net/RestClient.h"
#include "services/LibraryService.h"
#include "services/UpdateSessionService.h"
#include "upload/UploadEngine.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <chrono>
#include <memory>

// An outcome that must be a success; the failure message carries the engine's own words.
#define CHECK_OUTCOME(o)                                                                           \
    QVERIFY2((o).ok, qPrintable((o).summary + QStringLiteral(" / ") + (o).error.message()))

namespace clu::test {

constexpr int kWaitMs = 60000;

template<typename T, typename Start> Result<T> await(Start start)
{
    return awaitCallback<Result<T>>(kWaitMs, start);
}

// A client logged in to `sim` in the given flavor ("api" or "rest"), pinned to its certificate;
// null (with a warning) when the login failed.
std::unique_ptr<RestClient> loginTo(SimulatorProcess &sim,
                                    const QString &flavor = QStringLiteral("api"));

// The first library of the client's that takes uploads (LOCAL), or empty.
QString localLibraryId(RestClient *client);

// A new item of `type` with a name of its own in the library; empty (with a warning) on failure.
QString newItem(RestClient *client, const QString &libraryId, const QString &type);

// The ids of the item's update sessions, in any state.
Result<QStringList> sessionIds(RestClient *client, const QString &itemId);

// The ids of the item's update sessions that are still ACTIVE.
QStringList activeSessions(RestClient *client, const QString &itemId);

// The files the item holds, as the server lists them.
Result<QList<ItemFile>> itemFiles(RestClient *client, const QString &itemId);

// Requests the simulator saw, oldest first: method, path, query, status, headers.
QJsonArray seenRequests(SimulatorProcess &sim);

// Limits what the simulator takes of every upload to `bytesPerSecond` (0: no limit); false when
// it refused.
bool throttle(SimulatorProcess &sim, qint64 bytesPerSecond);

// PUT requests whose path ends with `/name` (upload URLs end with the file name).
int countPuts(SimulatorProcess &sim, const QString &name);

// Writes `size` bytes of a pattern that depends on `seed`; the path, or empty when it cannot.
QString writeFile(const QString &path, qint64 size, char seed);

// The SHA-1 of the file's bytes in lower-case hex, as the server reports it in checksum_info.
QString sha1Hex(const QString &path);

// The request of an upload of `paths` into the item, with the poll and backoff this test wants
// (short ones keep fault tests quick; they change no decision the engine makes).
UploadRequest uploadRequest(const QString &itemId, const QStringList &paths,
                            std::chrono::milliseconds pollInterval,
                            std::chrono::milliseconds retryBaseDelay);

// The decision of a user who ignores every warning of the preview and goes on, like
// --ignore-all-warnings.
WarningDecision ignoringAll(const PreviewInfo &preview);
// Answers every question of the engine's with ignoringAll().
void ignoreAllWarnings(UploadEngine &engine);

// Runs one upload to its end and returns the outcome.
UploadOutcome runUpload(UploadEngine &engine, const UploadRequest &request,
                        int timeoutMs = kWaitMs);

// One cl-simulator (--seed demo) for a whole test class, a client logged in to it, the LOCAL
// library of the demo seed, and a folder for the files the tests write. A test class derives
// from QObject and from this, and calls setUpSimulator() in initTestCase().
class UploadFixture
{
protected:
    std::unique_ptr<SimulatorProcess> m_sim;
    std::unique_ptr<RestClient> m_client;
    QString m_libraryId;
    QTemporaryDir m_dir;

    // Starts the simulator, logs m_client in and finds the library. fastResends: see login().
    // Empty = ready, else what failed.
    QString setUpSimulator(bool fastResends = false);

    // A client of its own logged in to m_sim. fastResends: the client's own resends after a 503
    // wait at most 20 ms (Retry-After 0 would be 1 s), so fault tests stay short.
    std::unique_ptr<RestClient> login(bool fastResends = false);

    // Makes the next `count` calls whose "METHOD target" matches `match` answer `status`
    // (afterCall: the call is carried out and only its answer fails). A refusal fails the test.
    void failCalls(const QString &match, int count, int status, bool afterCall = false);

    // How many faults the simulator has injected so far.
    int injectedFailures();

    // Calls of `method` whose path and query contain `part`.
    int countCalls(const QString &method, const QString &part);
};

// A simulator of its own (--seed demo) whose update sessions expire after 3 s idle, for the
// keep-alive tests: a client logged in to it and a new file item in its LOCAL library.
struct ShortSessionSimulator
{
    SimulatorProcess sim { { QStringLiteral("--seed"), QStringLiteral("demo"),
                             QStringLiteral("--session-timeout"), QStringLiteral("3") } };
    std::unique_ptr<RestClient> client;
    QString item;

    // Empty = ready, else what failed.
    QString start();
};

} // namespace clu::test
