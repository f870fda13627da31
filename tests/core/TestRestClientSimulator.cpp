#include "SimulatorFixture.h"
#include "credentials/ServerProfile.h"
#include "services/SessionFileService.h"
#include "services/TrustedCertificateService.h"
#include "services/UpdateSessionService.h"

using namespace clu;
using namespace clu::test;

#define CHECK_OK(r) QVERIFY2((r).ok(), qPrintable((r).error.message()))

// The RestClient and TLS policy against the real cl-simulator over HTTPS: flavor detection,
// certificate trust and pinning, re-login after an expired login, 503 retries, trust store.
class TestRestClientSimulator : public QObject, protected SimulatorFixture
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        const QString why = setUpSimulator();
        QVERIFY2(why.isEmpty(), qPrintable(why));
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

        // A create carries a Client-Token, so it goes again: the repeat reaches the server,
        // which answers for the (unknown) item itself.
        m_sim->control("POST", QStringLiteral("/control/fail-calls"),
                       QJsonObject { { QStringLiteral("count"), 1 },
                                     { QStringLiteral("status"), 503 },
                                     { QStringLiteral("retry_after"), 1 } });
        const auto created = await<QString>([&](auto cb) {
            UpdateSessionService(client.get())
                .create(QStringLiteral("no-such-item"), {}, nullptr, cb);
        });
        QVERIFY2(created.error.isNotFound(), qPrintable(created.error.message()));

        // A call nobody checks after a repeat is not repeated: the typed error reaches the caller.
        m_sim->control("POST", QStringLiteral("/control/fail-calls"),
                       QJsonObject { { QStringLiteral("count"), 1 },
                                     { QStringLiteral("status"), 503 },
                                     { QStringLiteral("retry_after"), 1 } });
        const auto removed = await<void>([&](auto cb) {
            SessionFileService(client.get())
                .remove(QStringLiteral("no-such-session"), QStringLiteral("f"), nullptr, cb);
        });
        QVERIFY2(removed.error.is(ErrorType::ServiceUnavailable),
                 qPrintable(removed.error.message()));
        QCOMPARE(removed.error.httpStatus, 503);
    }

    void loginTouchedWhileLongWorkRuns_data() { flavors(); }
    void loginTouchedWhileLongWorkRuns()
    {
        QFETCH(QString, flavor);
        auto client = loginAs(flavor);
        QVERIFY(client);
        const bool api = flavor == QLatin1String("api");
        const QString method = api ? QStringLiteral("GET") : QStringLiteral("POST");
        const QString path =
            api ? QStringLiteral("/api/session") : QStringLiteral("/rest/com/vmware/cis/session");
        const int before = countRequests(*m_sim, method, path);
        client->setKeepAliveInterval(std::chrono::milliseconds(200));
        QSignalSpy touched(client.get(), &RestClient::sessionTouched);
        client->beginLongOperation();
        QTRY_VERIFY_WITH_TIMEOUT(touched.size() >= 2, kWaitMs);
        client->endLongOperation();
        for (const QList<QVariant> &t : touched)
            QVERIFY(t.first().toBool());
        // The touches went over the wire as the flavor's cheap "who am I" call.
        QVERIFY(countRequests(*m_sim, method, path) - before >= 2);
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

QTEST_GUILESS_MAIN(TestRestClientSimulator)
#include "TestRestClientSimulator.moc"
