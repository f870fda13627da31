#pragma once
// Helpers shared by the upload tests that run against the real cl-simulator.

#include "SimulatorProcess.h"
#include "net/RestClient.h"
#include "net/TlsPolicy.h"
#include "services/LibraryService.h"
#include "services/UpdateSessionService.h"
#include "upload/UploadEngine.h"

#include <QFile>
#include <QJsonArray>
#include <QSignalSpy>
#include <QUuid>
#include <QtTest>

#include <memory>

namespace clu::test {

constexpr int kWaitMs = 60000;

template<typename T, typename Start> Result<T> await(Start start)
{
    Result<T> out;
    bool done = false;
    start([&](const Result<T> &r) {
        out = r;
        done = true;
    });
    if (!QTest::qWaitFor([&]() { return done; }, kWaitMs)) {
        out.error.kind = ApiError::Kind::Canceled;
        out.error.detail = QStringLiteral("test gave up waiting for the callback");
    }
    return out;
}

inline std::unique_ptr<RestClient> loginTo(SimulatorProcess &sim,
                                           const QString &flavor = QStringLiteral("api"))
{
    auto client = std::make_unique<RestClient>();
    client->setBaseUrl(sim.baseUrl());
    client->setCredentials(sim.username(), sim.password());
    client->setFlavorMode(flavor == QLatin1String("rest") ? RestClient::FlavorMode::ForceRest
                                                          : RestClient::FlavorMode::ForceApi);
    client->tlsPolicy()->setPin(sim.baseUrl().host(), TlsPolicy::sha256(sim.certificate()));
    ApiResult result;
    bool done = false;
    client->login(nullptr, [&](const ApiResult &r) {
        result = r;
        done = true;
    });
    if (!QTest::qWaitFor([&]() { return done; }, kWaitMs) || !result.ok()) {
        qWarning("login failed: %s", qPrintable(result.error.message()));
        return nullptr;
    }
    return client;
}

inline QString localLibraryId(RestClient *client)
{
    const auto libs =
        await<QList<Library>>([&](auto cb) { LibraryService(client).getLibraries(nullptr, cb); });
    for (const Library &l : libs.value) {
        if (l.acceptsUploads())
            return l.id;
    }
    return {};
}

inline QString newItem(RestClient *client, const QString &libraryId, const QString &type)
{
    Item spec;
    spec.libraryId = libraryId;
    spec.name =
        QStringLiteral("core-b-") + QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
    spec.type = type;
    const auto r =
        await<QString>([&](auto cb) { LibraryService(client).createItem(spec, nullptr, cb); });
    if (!r.ok())
        qWarning("item create failed: %s", qPrintable(r.error.message()));
    return r.value;
}

// The ids of the item's update sessions that are still ACTIVE.
inline QStringList activeSessions(RestClient *client, const QString &itemId)
{
    const auto ids = await<QStringList>(
        [&](auto cb) { UpdateSessionService(client).list(itemId, nullptr, cb); });
    QStringList active;
    for (const QString &id : ids.value) {
        const auto s = await<UpdateSession>(
            [&](auto cb) { UpdateSessionService(client).get(id, nullptr, cb); });
        if (s.ok() && s.value.state == SessionState::Active)
            active.append(id);
    }
    return active;
}

inline QJsonArray seenRequests(SimulatorProcess &sim)
{
    return sim.control("GET", QStringLiteral("/control/requests"))
        .object()
        .value(QLatin1String("requests"))
        .toArray();
}

// PUT requests whose path ends with `/name` (upload URLs end with the file name).
inline int countPuts(SimulatorProcess &sim, const QString &name)
{
    int n = 0;
    for (const QJsonValue &v : seenRequests(sim)) {
        const QJsonObject o = v.toObject();
        if (o.value(QLatin1String("method")).toString() == QLatin1String("PUT")
            && o.value(QLatin1String("path")).toString().endsWith(QLatin1Char('/') + name))
            ++n;
    }
    return n;
}

inline QString writeFile(const QString &path, qint64 size, char seed)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    QByteArray block(64 * 1024, '\0');
    for (int i = 0; i < block.size(); ++i)
        block[i] = char(seed + i * 13 + (i >> 9));
    for (qint64 done = 0; done < size; done += block.size())
        f.write(block.constData(), qMin<qint64>(block.size(), size - done));
    return path;
}

// Runs one upload to its end and returns the outcome.
inline UploadOutcome runUpload(UploadEngine &engine, const UploadRequest &request,
                               int timeoutMs = kWaitMs)
{
    QSignalSpy done(&engine, &UploadEngine::finished);
    if (!engine.start(request))
        return {};
    if (!done.wait(timeoutMs)) {
        UploadOutcome o;
        o.summary = QStringLiteral("the upload did not finish in time");
        return o;
    }
    return done.first().first().value<UploadOutcome>();
}

} // namespace clu::test
