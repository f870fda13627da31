#include "SimulatorProcess.h"
#include "credentials/ServerProfile.h"
#include "net/RestClient.h"
#include "net/TlsPolicy.h"
#include "services/LibraryService.h"
#include "services/SessionFileService.h"
#include "services/TrustedCertificateService.h"
#include "services/UpdateSessionService.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QUuid>
#include <QtTest>

using namespace clu;
using clu::test::SimulatorProcess;

namespace {

constexpr int kWaitMs = 30000;

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

ApiResult awaitApi(const std::function<void(RestClient::Callback)> &start)
{
    ApiResult out;
    bool done = false;
    start([&](const ApiResult &r) {
        out = r;
        done = true;
    });
    if (!QTest::qWaitFor([&]() { return done; }, kWaitMs)) {
        out.error.kind = ApiError::Kind::Canceled;
        out.error.detail = QStringLiteral("test gave up waiting for the callback");
    }
    return out;
}

#define CHECK_OK(r) QVERIFY2((r).ok(), qPrintable((r).error.message()))

// Requests the simulator saw, oldest first: method, path, query, status, headers.
QJsonArray seenRequests(SimulatorProcess &sim)
{
    return sim.control("GET", QStringLiteral("/control/requests"))
        .object()
        .value(QLatin1String("requests"))
        .toArray();
}

int countRequests(SimulatorProcess &sim, const QString &method, const QString &path)
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

} // namespace

// Every service call in both flavors against the real cl-simulator over HTTPS.
class TestServicesSimulator : public QObject
{
    Q_OBJECT
private:
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

private slots:
    void initTestCase()
    {
        m_sim = std::make_unique<SimulatorProcess>(
            QStringList { QStringLiteral("--seed"), QStringLiteral("demo") });
        QVERIFY2(m_sim->start(), qPrintable(m_sim->errorString()));
        auto client = loginAs(QStringLiteral("api"));
        QVERIFY(client);
        const auto libs = await<QList<Library>>(
            [&](auto cb) { LibraryService(client.get()).getLibraries(nullptr, cb); });
        CHECK_OK(libs);
        for (const Library &l : libs.value) {
            if (l.acceptsUploads()) {
                m_libraryId = l.id;
                break;
            }
        }
        QVERIFY2(!m_libraryId.isEmpty(), "the demo seed has no LOCAL library");
    }

    void init() { m_sim->control("POST", QStringLiteral("/control/reset")); }

    void detectsApiFlavor()
    {
        RestClient client;
        client.setBaseUrl(m_sim->baseUrl());
        client.setCredentials(m_sim->username(), m_sim->password());
        client.tlsPolicy()->setPin(m_sim->baseUrl().host(),
                                   TlsPolicy::sha256(m_sim->certificate()));
        CHECK_OK(awaitApi([&](auto cb) { client.login(nullptr, cb); }));
        QCOMPARE(client.flavor(), ApiFlavor::Api);
        CHECK_OK(awaitApi([&](auto cb) { client.touch(nullptr, cb); }));
        CHECK_OK(awaitApi([&](auto cb) { client.logout(nullptr, cb); }));
        QVERIFY(!client.isLoggedIn());
    }

    void untrustedSimulatorCertificateIsReported()
    {
        RestClient client;
        client.setBaseUrl(m_sim->baseUrl());
        client.setCredentials(m_sim->username(), m_sim->password());
        const ApiResult r = awaitApi([&](auto cb) { client.login(nullptr, cb); });
        QCOMPARE(r.error.kind, ApiError::Kind::Tls);
        QCOMPARE(r.error.peerChain.value(0), m_sim->certificate());
    }

    void pinnedToAnotherSimulatorIsRefused()
    {
        SimulatorProcess other;
        QVERIFY2(other.start(), qPrintable(other.errorString()));
        RestClient client;
        client.setBaseUrl(other.baseUrl());
        client.setCredentials(other.username(), other.password());
        // Pinned to the first simulator's certificate; the second one has its own.
        client.tlsPolicy()->setPin(other.baseUrl().host(), TlsPolicy::sha256(m_sim->certificate()));
        const ApiResult r = awaitApi([&](auto cb) { client.login(nullptr, cb); });
        QCOMPARE(r.error.kind, ApiError::Kind::PinMismatch);
        QVERIFY(r.error.message().contains(
            ServerProfile::formatThumbprint(TlsPolicy::sha256(m_sim->certificate()))));
        QVERIFY(r.error.message().contains(
            ServerProfile::formatThumbprint(TlsPolicy::sha256(other.certificate()))));
    }

    void librariesAndItems_data() { flavors(); }
    void librariesAndItems()
    {
        QFETCH(QString, flavor);
        auto client = loginAs(flavor);
        QVERIFY(client);
        LibraryService libs(client.get());

        const auto ids = await<QStringList>([&](auto cb) { libs.listLibraries(nullptr, cb); });
        CHECK_OK(ids);
        QVERIFY(ids.value.contains(m_libraryId));
        const auto lib =
            await<Library>([&](auto cb) { libs.getLibrary(m_libraryId, nullptr, cb); });
        CHECK_OK(lib);
        QCOMPARE(lib.value.id, m_libraryId);
        QCOMPARE(lib.value.type.value(), LibraryType::Local);
        const auto found = await<QStringList>(
            [&](auto cb) { libs.findLibraries(lib.value.name.toUpper(), {}, nullptr, cb); });
        CHECK_OK(found);
        QVERIFY(found.value.contains(m_libraryId));
        const auto resolved =
            await<Library>([&](auto cb) { libs.resolveLibrary(lib.value.name, nullptr, cb); });
        CHECK_OK(resolved);
        QCOMPARE(resolved.value.id, m_libraryId);

        const QString itemId = newItem(client.get(), QStringLiteral("iso"));
        QVERIFY(!itemId.isEmpty());
        const auto item = await<Item>([&](auto cb) { libs.getItem(itemId, nullptr, cb); });
        CHECK_OK(item);
        QCOMPARE(item.value.id, itemId);
        QCOMPARE(item.value.libraryId, m_libraryId);
        QCOMPARE(item.value.type, QStringLiteral("iso"));
        QCOMPARE(item.value.size, 0);
        const auto items =
            await<QStringList>([&](auto cb) { libs.listItems(m_libraryId, nullptr, cb); });
        CHECK_OK(items);
        QVERIFY(items.value.contains(itemId));
        const auto byName = await<QStringList>(
            [&](auto cb) { libs.findItems(m_libraryId, item.value.name, {}, nullptr, cb); });
        CHECK_OK(byName);
        QCOMPARE(byName.value, QStringList { itemId });
        const auto resolvedItem = await<Item>(
            [&](auto cb) { libs.resolveItem(m_libraryId, item.value.name, nullptr, cb); });
        CHECK_OK(resolvedItem);
        QCOMPARE(resolvedItem.value.id, itemId);
        const auto files =
            await<QList<ItemFile>>([&](auto cb) { libs.listItemFiles(itemId, nullptr, cb); });
        CHECK_OK(files);
        QVERIFY(files.value.isEmpty());

        // Same name again: ALREADY_EXISTS, typed.
        Item dup;
        dup.libraryId = m_libraryId;
        dup.name = item.value.name;
        const auto again = await<QString>([&](auto cb) { libs.createItem(dup, nullptr, cb); });
        QVERIFY2(again.error.is(ErrorType::AlreadyExists), qPrintable(again.error.message()));

        const auto datastores =
            await<QList<Datastore>>([&](auto cb) { libs.listDatastores(nullptr, cb); });
        CHECK_OK(datastores);
        QVERIFY(!datastores.value.isEmpty());

        CHECK_OK(await<void>([&](auto cb) { libs.deleteItem(itemId, nullptr, cb); }));
        const auto gone = await<Item>([&](auto cb) { libs.getItem(itemId, nullptr, cb); });
        QVERIFY2(gone.error.isNotFound(), qPrintable(gone.error.message()));
    }

    void sessionLifecycleWithUpload_data() { flavors(); }
    void sessionLifecycleWithUpload()
    {
        QFETCH(QString, flavor);
        auto client = loginAs(flavor);
        QVERIFY(client);
        UpdateSessionService sessions(client.get());
        SessionFileService files(client.get());
        LibraryService libs(client.get());
        const QString itemId = newItem(client.get());
        QVERIFY(!itemId.isEmpty());
        const auto before = await<Item>([&](auto cb) { libs.getItem(itemId, nullptr, cb); });
        CHECK_OK(before);

        const auto created =
            await<QString>([&](auto cb) { sessions.create(itemId, {}, nullptr, cb); });
        CHECK_OK(created);
        const QString sid = created.value;
        QVERIFY(!sid.isEmpty());
        if (flavor == QLatin1String("api")) {
            bool tokenSent = false;
            for (const QJsonValue &v : seenRequests(*m_sim)) {
                const QJsonObject o = v.toObject();
                if (o.value(QLatin1String("path")).toString()
                        == QLatin1String("/api/content/library/item/update-session")
                    && o.value(QLatin1String("method")).toString() == QLatin1String("POST"))
                    tokenSent = !QUuid::fromString(o.value(QLatin1String("headers"))
                                                       .toObject()
                                                       .value(QLatin1String("client-token"))
                                                       .toString())
                                     .isNull();
            }
            QVERIFY2(tokenSent, "session create must carry a Client-Token UUID header");
        }

        auto session = await<UpdateSession>([&](auto cb) { sessions.get(sid, nullptr, cb); });
        CHECK_OK(session);
        QCOMPARE(session.value.id, sid);
        QCOMPARE(session.value.state.value(), SessionState::Active);
        QCOMPARE(session.value.libraryItemId, itemId);
        QVERIFY(session.value.expirationTime > QDateTime::currentDateTimeUtc());

        const auto all = await<QStringList>([&](auto cb) { sessions.list({}, nullptr, cb); });
        CHECK_OK(all);
        QVERIFY(all.value.contains(sid));
        const auto ofItem =
            await<QStringList>([&](auto cb) { sessions.list(itemId, nullptr, cb); });
        CHECK_OK(ofItem);
        QCOMPARE(ofItem.value, QStringList { sid });

        CHECK_OK(await<void>([&](auto cb) { sessions.keepAlive(sid, 30, nullptr, cb); }));
        session = await<UpdateSession>([&](auto cb) { sessions.get(sid, nullptr, cb); });
        CHECK_OK(session);
        QCOMPARE(session.value.clientProgress, 30);

        const QByteArray data("hello world, this is core-a");
        AddSpec spec;
        spec.name = QStringLiteral("hello file.txt");
        spec.size = data.size();
        spec.checksumInfo = ChecksumInfo {
            ChecksumAlgorithm::Sha256,
            QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex())
        };
        const auto added = await<SessionFile>([&](auto cb) { files.add(sid, spec, nullptr, cb); });
        CHECK_OK(added);
        QCOMPARE(added.value.name, spec.name);
        QCOMPARE(added.value.status.value(), FileStatus::WaitingForTransfer);
        QVERIFY(added.value.uploadEndpoint);
        QVERIFY(put(client.get(), added.value, data));

        Result<SessionFile> file;
        QTRY_VERIFY_WITH_TIMEOUT(
            (file = await<SessionFile>([&](auto cb) { files.get(sid, spec.name, nullptr, cb); }),
             file.ok() && file.value.status == FileStatus::Ready),
            kWaitMs);
        QCOMPARE(file.value.bytesTransferred, data.size());
        const auto listed =
            await<QList<SessionFile>>([&](auto cb) { files.list(sid, nullptr, cb); });
        CHECK_OK(listed);
        QCOMPARE(listed.value.size(), 1);
        QCOMPARE(listed.value.first().name, spec.name);
        const auto validation =
            await<ValidationResult>([&](auto cb) { files.validate(sid, nullptr, cb); });
        CHECK_OK(validation);
        QVERIFY(!validation.value.hasErrors);

        CHECK_OK(await<void>([&](auto cb) { sessions.complete(sid, nullptr, cb); }));
        QTRY_VERIFY_WITH_TIMEOUT(
            (session = await<UpdateSession>([&](auto cb) { sessions.get(sid, nullptr, cb); }),
             session.ok() && session.value.state == SessionState::Done),
            kWaitMs);
        CHECK_OK(await<void>([&](auto cb) { sessions.remove(sid, nullptr, cb); }));

        const auto after = await<Item>([&](auto cb) { libs.getItem(itemId, nullptr, cb); });
        CHECK_OK(after);
        QVERIFY(after.value.contentVersion != before.value.contentVersion);
        QCOMPARE(after.value.size, data.size());
        const auto stored =
            await<ItemFile>([&](auto cb) { libs.getItemFile(itemId, spec.name, nullptr, cb); });
        CHECK_OK(stored);
        QCOMPARE(stored.value.name, spec.name);
    }

    void removeFileThenFail_data() { flavors(); }
    void removeFileThenFail()
    {
        QFETCH(QString, flavor);
        auto client = loginAs(flavor);
        QVERIFY(client);
        UpdateSessionService sessions(client.get());
        SessionFileService files(client.get());
        const QString itemId = newItem(client.get());
        const auto created =
            await<QString>([&](auto cb) { sessions.create(itemId, {}, nullptr, cb); });
        CHECK_OK(created);
        const QString sid = created.value;
        for (const char *name : { "a.bin", "b.bin" }) {
            AddSpec spec;
            spec.name = QString::fromLatin1(name);
            spec.size = 4;
            CHECK_OK(await<SessionFile>([&](auto cb) { files.add(sid, spec, nullptr, cb); }));
        }
        CHECK_OK(
            await<void>([&](auto cb) { files.remove(sid, QStringLiteral("a.bin"), nullptr, cb); }));
        const auto listed =
            await<QList<SessionFile>>([&](auto cb) { files.list(sid, nullptr, cb); });
        CHECK_OK(listed);
        QCOMPARE(listed.value.size(), 1);
        QCOMPARE(listed.value.first().name, QStringLiteral("b.bin"));

        CHECK_OK(await<void>([&](auto cb) {
            sessions.fail(sid, QStringLiteral("local file unreadable"), nullptr, cb);
        }));
        const auto failed = await<UpdateSession>([&](auto cb) { sessions.get(sid, nullptr, cb); });
        CHECK_OK(failed);
        QCOMPARE(failed.value.state.value(), SessionState::Error);
        QVERIFY(failed.value.errorMessage);
        QVERIFY(
            failed.value.errorMessage->text().contains(QStringLiteral("local file unreadable")));
        // ERROR is terminal: keep-alive is refused with a typed state error.
        const auto late = await<void>([&](auto cb) { sessions.keepAlive(sid, 50, nullptr, cb); });
        QVERIFY2(late.error.is(ErrorType::NotAllowedInCurrentState),
                 qPrintable(late.error.message()));
        CHECK_OK(await<void>([&](auto cb) { sessions.remove(sid, nullptr, cb); }));
    }

    void cancelAndDelete_data() { flavors(); }
    void cancelAndDelete()
    {
        QFETCH(QString, flavor);
        auto client = loginAs(flavor);
        QVERIFY(client);
        UpdateSessionService sessions(client.get());
        const QString itemId = newItem(client.get());
        const auto created =
            await<QString>([&](auto cb) { sessions.create(itemId, {}, nullptr, cb); });
        CHECK_OK(created);
        const QString sid = created.value;
        const auto refused = await<void>([&](auto cb) { sessions.remove(sid, nullptr, cb); });
        QVERIFY2(refused.error.is(ErrorType::NotAllowedInCurrentState),
                 qPrintable(refused.error.message()));
        CHECK_OK(await<void>([&](auto cb) { sessions.cancel(sid, nullptr, cb); }));
        const auto canceled =
            await<UpdateSession>([&](auto cb) { sessions.get(sid, nullptr, cb); });
        CHECK_OK(canceled);
        QCOMPARE(canceled.value.state.value(), SessionState::Canceled);
        QVERIFY(canceled.value.isTerminal());
        CHECK_OK(await<void>([&](auto cb) { sessions.remove(sid, nullptr, cb); }));
        const auto gone = await<UpdateSession>([&](auto cb) { sessions.get(sid, nullptr, cb); });
        QVERIFY2(gone.error.isNotFound(), qPrintable(gone.error.message()));
        QCOMPARE(gone.error.kind, ApiError::Kind::Server);
    }

    void warningBehaviorIsVerified_data() { flavors(); }
    void warningBehaviorIsVerified()
    {
        QFETCH(QString, flavor);
        auto client = loginAs(flavor);
        QVERIFY(client);
        UpdateSessionService sessions(client.get());
        const QString itemId = newItem(client.get(), QStringLiteral("ovf"));
        const auto created =
            await<QString>([&](auto cb) { sessions.create(itemId, {}, nullptr, cb); });
        CHECK_OK(created);
        const QList<WarningBehavior> wanted { { WarningType::SelfSignedCertificate, true },
                                              { WarningType::ExpiredCertificate, false } };
        const auto set = await<UpdateSession>(
            [&](auto cb) { sessions.setWarningBehavior(created.value, wanted, nullptr, cb); });
        CHECK_OK(set);
        QCOMPARE(UpdateSessionService::verifyWarningBehavior(set.value, wanted), QString());
        QCOMPARE(set.value.id, created.value);
        CHECK_OK(await<void>([&](auto cb) { sessions.cancel(created.value, nullptr, cb); }));
    }

    void busyItem_data()
    {
        QTest::addColumn<QString>("flavor");
        QTest::addColumn<int>("status");
        QTest::newRow("api 500") << QStringLiteral("api") << 500;
        QTest::newRow("api 400") << QStringLiteral("api") << 400;
        QTest::newRow("rest 500") << QStringLiteral("rest") << 500;
        QTest::newRow("rest 400") << QStringLiteral("rest") << 400;
    }
    void busyItem()
    {
        QFETCH(QString, flavor);
        QFETCH(int, status);
        m_sim->control("POST", QStringLiteral("/control/busy-status"),
                       QJsonObject { { QStringLiteral("status"), status } });
        QVERIFY2(m_sim->lastControlOk(), qPrintable(m_sim->lastControlError()));
        auto client = loginAs(flavor);
        QVERIFY(client);
        UpdateSessionService sessions(client.get());
        const QString itemId = newItem(client.get());
        const auto first =
            await<QString>([&](auto cb) { sessions.create(itemId, {}, nullptr, cb); });
        CHECK_OK(first);
        const auto second =
            await<QString>([&](auto cb) { sessions.create(itemId, {}, nullptr, cb); });
        QVERIFY2(second.error.isResourceBusy(), qPrintable(second.error.message()));
        QCOMPARE(second.error.httpStatus, status);
        CHECK_OK(await<void>([&](auto cb) { sessions.cancel(first.value, nullptr, cb); }));
    }

    void sameClientTokenSameSession()
    {
        auto client = loginAs(QStringLiteral("api"));
        QVERIFY(client);
        UpdateSessionService sessions(client.get());
        const QString itemId = newItem(client.get());
        const QString token = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const auto a =
            await<QString>([&](auto cb) { sessions.create(itemId, {}, nullptr, cb, token); });
        CHECK_OK(a);
        const auto b =
            await<QString>([&](auto cb) { sessions.create(itemId, {}, nullptr, cb, token); });
        CHECK_OK(b); // a replayed create is not "busy"
        QCOMPARE(b.value, a.value);
        CHECK_OK(await<void>([&](auto cb) { sessions.cancel(a.value, nullptr, cb); }));
    }

    void reloginAfterExpiredLogin_data() { flavors(); }
    void reloginAfterExpiredLogin()
    {
        QFETCH(QString, flavor);
        auto client = loginAs(flavor);
        QVERIFY(client);
        QSignalSpy reauth(client.get(), &RestClient::reauthenticated);
        m_sim->control("POST", QStringLiteral("/control/expire-logins"));
        QVERIFY2(m_sim->lastControlOk(), qPrintable(m_sim->lastControlError()));
        const auto ids = await<QStringList>(
            [&](auto cb) { LibraryService(client.get()).listLibraries(nullptr, cb); });
        CHECK_OK(ids);
        QVERIFY(ids.value.contains(m_libraryId));
        QCOMPARE(reauth.size(), 1);
    }

    void retryAfter503_data() { flavors(); }
    void retryAfter503()
    {
        QFETCH(QString, flavor);
        auto client = loginAs(flavor);
        QVERIFY(client);
        const QString listPath = flavor == QLatin1String("api")
            ? QStringLiteral("/api/content/library")
            : QStringLiteral("/rest/com/vmware/content/library");
        const int before = countRequests(*m_sim, QStringLiteral("GET"), listPath);
        m_sim->control("POST", QStringLiteral("/control/fail-calls"),
                       QJsonObject { { QStringLiteral("count"), 2 },
                                     { QStringLiteral("status"), 503 },
                                     { QStringLiteral("retry_after"), 1 } });
        QVERIFY2(m_sim->lastControlOk(), qPrintable(m_sim->lastControlError()));
        const auto ids = await<QStringList>(
            [&](auto cb) { LibraryService(client.get()).listLibraries(nullptr, cb); });
        CHECK_OK(ids);
        QCOMPARE(countRequests(*m_sim, QStringLiteral("GET"), listPath) - before, 3);

        // A non-idempotent call is not repeated: the typed error reaches the caller.
        m_sim->control("POST", QStringLiteral("/control/fail-calls"),
                       QJsonObject { { QStringLiteral("count"), 1 },
                                     { QStringLiteral("status"), 503 },
                                     { QStringLiteral("retry_after"), 1 } });
        const auto created = await<QString>([&](auto cb) {
            UpdateSessionService(client.get())
                .create(QStringLiteral("no-such-item"), {}, nullptr, cb);
        });
        QVERIFY2(created.error.is(ErrorType::ServiceUnavailable),
                 qPrintable(created.error.message()));
        QCOMPARE(created.error.httpStatus, 503);
    }

    void trustedCertificates()
    {
        auto client = loginAs(QStringLiteral("rest")); // the store lives under /api either way
        QVERIFY(client);
        TrustedCertificateService store(client.get());
        const QString pem = QString::fromLatin1(m_sim->certificate().toPem());
        const auto id = await<QString>([&](auto cb) { store.create(pem, nullptr, cb); });
        CHECK_OK(id);
        const auto all =
            await<QList<TrustedCertificate>>([&](auto cb) { store.list(nullptr, cb); });
        CHECK_OK(all);
        bool listed = false;
        for (const TrustedCertificate &c : all.value)
            listed = listed || c.id == id.value;
        QVERIFY(listed);
        const auto one =
            await<TrustedCertificate>([&](auto cb) { store.get(id.value, nullptr, cb); });
        CHECK_OK(one);
        QCOMPARE(one.value.certificate(), m_sim->certificate());
        CHECK_OK(await<void>([&](auto cb) { store.remove(id.value, nullptr, cb); }));
        const auto bad = await<QString>(
            [&](auto cb) { store.create(QStringLiteral("not a cert"), nullptr, cb); });
        QCOMPARE(bad.error.kind, ApiError::Kind::InvalidInput);
    }

    void cleanupTestCase() { m_sim.reset(); }
};

QTEST_GUILESS_MAIN(TestServicesSimulator)
#include "TestServicesSimulator.moc"
