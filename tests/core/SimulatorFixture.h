#pragma once

// Shared by the tests that run the core services against the real cl-simulator.

#include "AwaitCallback.h"
#include "SimulatorProcess.h"
#include "model/SessionFile.h"
#include "net/RestClient.h"
#include "net/TlsPolicy.h"
#include "services/LibraryService.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QUuid>
#include <QtTest>

#include <memory>

namespace clu::test {

inline constexpr int kWaitMs = 30000;

template<typename T, typename Start> Result<T> await(Start start)
{
    return awaitCallback<Result<T>>(kWaitMs, start);
}

inline ApiResult awaitApi(const std::function<void(RestClient::Callback)> &start)
{
    return awaitCallback<ApiResult>(kWaitMs, start);
}

// Requests the simulator saw, oldest first: method, path, query, status, headers.
inline QJsonArray seenRequests(SimulatorProcess &sim)
{
    return sim.control("GET", QStringLiteral("/control/requests"))
        .object()
        .value(QLatin1String("requests"))
        .toArray();
}

inline int countRequests(SimulatorProcess &sim, const QString &method, const QString &path)
{
    int n = 0;
    for (const QJsonValue &v : seenRequests(sim)) {
        const QJsonObject o = v.toObject();
        if (o.value(QLatin1String("method")).toString() == method
            && o.value(QLatin1String("path")).toString() == path)
            ++n;
    }
    return n;
}

// One seeded simulator per test binary, clients logged in per flavor, items made on demand.
class SimulatorFixture
{
protected:
    std::unique_ptr<SimulatorProcess> m_sim;
    QString m_libraryId;

    std::unique_ptr<RestClient> loginAs(const QString &flavor)
    {
        auto client = std::make_unique<RestClient>();
        client->setBaseUrl(m_sim->baseUrl());
        client->setCredentials(m_sim->username(), m_sim->password());
        client->setFlavorMode(flavor == QLatin1String("rest") ? RestClient::FlavorMode::ForceRest
                                                              : RestClient::FlavorMode::ForceApi);
        client->tlsPolicy()->setPin(m_sim->baseUrl().host(),
                                    TlsPolicy::sha256(m_sim->certificate()));
        const ApiResult r = awaitApi([&](auto cb) { client->login(nullptr, cb); });
        if (!r.ok())
            qWarning("login failed: %s", qPrintable(r.error.message()));
        return r.ok() ? std::move(client) : nullptr;
    }

    QString newItem(RestClient *client, const QString &type = QStringLiteral("file"))
    {
        Item spec;
        spec.libraryId = m_libraryId;
        spec.name =
            QStringLiteral("core-a-") + QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
        spec.type = type;
        const auto r =
            await<QString>([&](auto cb) { LibraryService(client).createItem(spec, nullptr, cb); });
        if (!r.ok())
            qWarning("item create failed: %s", qPrintable(r.error.message()));
        return r.value;
    }

    // PUTs `data` to the file's upload endpoint through the client's manager (TLS policy and
    // session header included), as the upload engine does.
    bool put(RestClient *client, const SessionFile &file, const QByteArray &data)
    {
        if (!file.uploadEndpoint)
            return false;
        QNetworkRequest req(file.uploadEndpoint->uri);
        req.setHeader(QNetworkRequest::ContentLengthHeader, data.size());
        req.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/octet-stream"));
        client->applySessionHeader(req);
        QNetworkReply *reply = client->networkAccessManager()->put(req, data);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        const bool ok = finished.wait(kWaitMs)
            && !client->errorFromReply(reply, QStringLiteral("PUT")).isError();
        reply->deleteLater();
        return ok;
    }

    static void flavors()
    {
        QTest::addColumn<QString>("flavor");
        QTest::newRow("api") << QStringLiteral("api");
        QTest::newRow("rest") << QStringLiteral("rest");
    }

    // Starts `cl-simulator --seed demo` and picks a LOCAL library. Empty = ready.
    QString setUpSimulator()
    {
        m_sim = std::make_unique<SimulatorProcess>(
            QStringList { QStringLiteral("--seed"), QStringLiteral("demo") });
        if (!m_sim->start())
            return m_sim->errorString();
        auto client = loginAs(QStringLiteral("api"));
        if (!client)
            return QStringLiteral("cannot log in to the simulator");
        const auto libs = await<QList<Library>>(
            [&](auto cb) { LibraryService(client.get()).getLibraries(nullptr, cb); });
        if (!libs.ok())
            return libs.error.message();
        for (const Library &l : libs.value) {
            if (l.acceptsUploads()) {
                m_libraryId = l.id;
                return {};
            }
        }
        return QStringLiteral("the demo seed has no LOCAL library");
    }
};

} // namespace clu::test
