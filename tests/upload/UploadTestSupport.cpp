#include "UploadTestSupport.h"

#include "model/UpdateSession.h"
#include "net/TlsPolicy.h"

#include <QCryptographicHash>
#include <QFile>
#include <QUuid>

namespace clu::test {

std::unique_ptr<RestClient> loginTo(SimulatorProcess &sim, const QString &flavor)
{
    auto client = std::make_unique<RestClient>();
    client->setBaseUrl(sim.baseUrl());
    client->setCredentials(sim.username(), sim.password());
    client->setFlavorMode(flavor == QLatin1String("rest") ? RestClient::FlavorMode::ForceRest
                                                          : RestClient::FlavorMode::ForceApi);
    client->tlsPolicy()->setPin(sim.baseUrl().host(), TlsPolicy::sha256(sim.certificate()));
    const ApiResult result =
        awaitCallback<ApiResult>(kWaitMs, [&](auto cb) { client->login(nullptr, cb); });
    if (!result.ok()) {
        qWarning("login failed: %s", qPrintable(result.error.message()));
        return nullptr;
    }
    return client;
}

QString localLibraryId(RestClient *client)
{
    const auto libs =
        await<QList<Library>>([&](auto cb) { LibraryService(client).getLibraries(nullptr, cb); });
    for (const Library &l : libs.value) {
        if (l.acceptsUploads())
            return l.id;
    }
    return {};
}

QString newItem(RestClient *client, const QString &libraryId, const QString &type)
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

Result<QStringList> sessionIds(RestClient *client, const QString &itemId)
{
    return await<QStringList>(
        [&](auto cb) { UpdateSessionService(client).list(itemId, nullptr, cb); });
}

QStringList activeSessions(RestClient *client, const QString &itemId)
{
    QStringList active;
    for (const QString &id : sessionIds(client, itemId).value) {
        const auto s = await<UpdateSession>(
            [&](auto cb) { UpdateSessionService(client).get(id, nullptr, cb); });
        if (s.ok() && s.value.state == SessionState::Active)
            active.append(id);
    }
    return active;
}

Result<QList<ItemFile>> itemFiles(RestClient *client, const QString &itemId)
{
    return await<QList<ItemFile>>(
        [&](auto cb) { LibraryService(client).listItemFiles(itemId, nullptr, cb); });
}

QJsonArray seenRequests(SimulatorProcess &sim)
{
    return sim.control("GET", QStringLiteral("/control/requests"))
        .object()
        .value(QLatin1String("requests"))
        .toArray();
}

bool throttle(SimulatorProcess &sim, qint64 bytesPerSecond)
{
    sim.control("POST", QStringLiteral("/control/throttle"),
                QJsonObject { { "bytes_per_second", bytesPerSecond } });
    return sim.lastControlOk();
}

int countPuts(SimulatorProcess &sim, const QString &name)
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

QString writeFile(const QString &path, qint64 size, char seed)
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

QString sha1Hex(const QString &path)
{
    QFile f(path);
    QCryptographicHash sha1(QCryptographicHash::Sha1);
    if (!f.open(QIODevice::ReadOnly) || !sha1.addData(&f))
        return {};
    return QString::fromLatin1(sha1.result().toHex());
}

UploadRequest uploadRequest(const QString &itemId, const QStringList &paths,
                            std::chrono::milliseconds pollInterval,
                            std::chrono::milliseconds retryBaseDelay)
{
    UploadRequest r;
    r.libraryItemId = itemId;
    r.paths = paths;
    r.pollInterval = pollInterval;
    r.retryBaseDelay = retryBaseDelay;
    return r;
}

WarningDecision ignoringAll(const PreviewInfo &preview)
{
    WarningDecision d;
    d.proceed = true;
    for (const PreviewWarning &w : preview.warnings)
        d.ignore.append(w.type);
    return d;
}

void ignoreAllWarnings(UploadEngine &engine)
{
    engine.setDecisionCallback(
        [](const PreviewInfo &p, std::function<void(WarningDecision)> answer) {
            answer(ignoringAll(p));
        });
}

UploadOutcome runUpload(UploadEngine &engine, const UploadRequest &request, int timeoutMs)
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

QString UploadFixture::setUpSimulator(bool fastResends)
{
    m_sim = std::make_unique<SimulatorProcess>(
        QStringList { QStringLiteral("--seed"), QStringLiteral("demo") });
    if (!m_sim->start())
        return m_sim->errorString();
    m_client = login(fastResends);
    if (!m_client)
        return QStringLiteral("cannot log in to the simulator");
    m_libraryId = localLibraryId(m_client.get());
    if (m_libraryId.isEmpty())
        return QStringLiteral("the demo seed has no LOCAL library");
    return {};
}

std::unique_ptr<RestClient> UploadFixture::login(bool fastResends)
{
    auto client = loginTo(*m_sim);
    if (client && fastResends)
        client->setMaxRetryDelay(std::chrono::milliseconds(20));
    return client;
}

void UploadFixture::failCalls(const QString &match, int count, int status, bool afterCall)
{
    m_sim->control("POST", QStringLiteral("/control/fail-calls"),
                   QJsonObject { { "count", count },
                                 { "status", status },
                                 { "retry_after", 0 },
                                 { "match", match },
                                 { "after_call", afterCall } });
    QVERIFY2(m_sim->lastControlOk(), "fail-calls refused");
}

int UploadFixture::injectedFailures()
{
    return m_sim->control("GET", QStringLiteral("/control/stats"))
        .object()
        .value(QLatin1String("injected_failures"))
        .toInt();
}

int UploadFixture::countCalls(const QString &method, const QString &part)
{
    int n = 0;
    for (const QJsonValue &v : seenRequests(*m_sim)) {
        const QJsonObject o = v.toObject();
        if (o.value(QLatin1String("method")).toString() == method
            && (o.value(QLatin1String("path")).toString()
                + o.value(QLatin1String("query")).toString())
                   .contains(part))
            ++n;
    }
    return n;
}

QString ShortSessionSimulator::start()
{
    if (!sim.start())
        return sim.errorString();
    client = loginTo(sim);
    if (!client)
        return QStringLiteral("cannot log in to the simulator");
    item = newItem(client.get(), localLibraryId(client.get()), QStringLiteral("file"));
    if (item.isEmpty())
        return QStringLiteral("cannot create an item in the simulator's LOCAL library");
    return {};
}

} // namespace clu::test
