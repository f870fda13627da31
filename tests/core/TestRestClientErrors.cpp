#include "AwaitCallback.h"
#include "LoopbackServer.h"
#include "net/RestClient.h"
#include "services/UpdateSessionService.h"

#include <QSignalSpy>
#include <QtTest>

using namespace clu;
using CannedServer = clu::test::LoopbackServer;

namespace {

ApiResult callAndWait(RestClient &client, const ApiRequest &req, int timeoutMs = 20000)
{
    return clu::test::awaitCallback<ApiResult>(timeoutMs,
                                               [&](auto done) { client.call(req, nullptr, done); });
}

} // namespace

class TestRestClientErrors : public QObject
{
    Q_OBJECT
private slots:
    void malformedJsonIsTypedError()
    {
        CannedServer server;
        QVERIFY(server.listen());
        server.responses = { CannedServer::http(200, "{\"library_item_id\": \"x\", ") };
        RestClient client;
        client.setBaseUrl(server.url());
        client.setAllowPlainHttp(true); // a plain-http loopback server: the lab switch
        const ApiResult r =
            callAndWait(client, ApiRoutes(ApiFlavor::Api).getSession(QStringLiteral("s")));
        QCOMPARE(r.error.kind, ApiError::Kind::BadResponse);
        QCOMPARE(r.httpStatus, 200);
        QVERIFY2(r.error.message().contains(QStringLiteral("not valid JSON")),
                 qPrintable(r.error.message()));
        QVERIFY(r.error.message().contains(QStringLiteral("Reading update session s")));
    }

    void wrongShapeIsTypedErrorWithFieldPath()
    {
        CannedServer server;
        QVERIFY(server.listen());
        server.responses = { CannedServer::http(
            200,
            "{\"library_item_id\":\"i\",\"library_item_content_version\":\"1\",\"client_progress\":"
            "\"lots\","
            "\"state\":\"ACTIVE\",\"expiration_time\":\"2024-05-01T10:10:00.000Z\"}") };
        RestClient client;
        client.setBaseUrl(server.url());
        client.setAllowPlainHttp(true); // a plain-http loopback server: the lab switch
        client.setFlavorMode(RestClient::FlavorMode::ForceApi);
        UpdateSessionService sessions(&client);
        Result<UpdateSession> got;
        bool done = false;
        sessions.get(QStringLiteral("s1"), nullptr, [&](const Result<UpdateSession> &r) {
            got = r;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
        QCOMPARE(got.error.kind, ApiError::Kind::BadResponse);
        QVERIFY2(got.error.message().contains(
                     QStringLiteral("client_progress: expected a 64-bit integer")),
                 qPrintable(got.error.message()));
    }

    void restResultWithoutValueWrapper()
    {
        CannedServer server;
        QVERIFY(server.listen());
        server.responses = { CannedServer::http(200, "[\"lib1\"]") };
        RestClient client;
        client.setBaseUrl(server.url());
        client.setAllowPlainHttp(true); // a plain-http loopback server: the lab switch
        const ApiResult r = callAndWait(client, ApiRoutes(ApiFlavor::Rest).listLibraries());
        QCOMPARE(r.error.kind, ApiError::Kind::BadResponse);
        QVERIFY(r.error.detail.contains(QStringLiteral("value")));
    }

    void bareJsonStringResultIsParsed()
    {
        CannedServer server;
        QVERIFY(server.listen());
        server.responses = { CannedServer::http(201, "\"4f3e:8a7b\"") };
        RestClient client;
        client.setBaseUrl(server.url());
        client.setAllowPlainHttp(true); // a plain-http loopback server: the lab switch
        const ApiResult r = callAndWait(
            client,
            ApiRoutes(ApiFlavor::Api)
                .createSession({ { QStringLiteral("library_item_id"), QStringLiteral("i") } },
                               QStringLiteral("tok")));
        QVERIFY2(r.ok(), qPrintable(r.error.message()));
        QCOMPARE(r.value.toString(), QStringLiteral("4f3e:8a7b"));
        QCOMPARE(server.requests.size(), 1);
        QVERIFY(server.requests.first().contains("Client-Token: tok"));
        QVERIFY(server.requests.first().startsWith(
            "POST /api/content/library/item/update-session HTTP/1.1"));
    }

    void nonVapiErrorIsHttpKind()
    {
        CannedServer server;
        QVERIFY(server.listen());
        server.responses = { CannedServer::http(502, "<html>Bad Gateway</html>") };
        RestClient client;
        client.setBaseUrl(server.url());
        client.setAllowPlainHttp(true); // a plain-http loopback server: the lab switch
        const ApiResult r = callAndWait(client, ApiRoutes(ApiFlavor::Api).listLibraries());
        QCOMPARE(r.error.kind, ApiError::Kind::Http);
        QCOMPARE(r.error.httpStatus, 502);
        QVERIFY(r.error.message().contains(QStringLiteral("Bad Gateway")));
        QVERIFY(r.error.isTransient());
    }

    void busyIsRecognisedWhateverTheStatus_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("400") << 400;
        QTest::newRow("500") << 500;
    }

    void busyIsRecognisedWhateverTheStatus()
    {
        QFETCH(int, status);
        CannedServer server;
        QVERIFY(server.listen());
        server.responses = { CannedServer::http(status,
                                                "{\"type\":\"com.vmware.vapi.std.errors.resource_"
                                                "busy\",\"value\":{\"messages\":[]}}") };
        RestClient client;
        client.setBaseUrl(server.url());
        client.setAllowPlainHttp(true); // a plain-http loopback server: the lab switch
        const ApiResult r =
            callAndWait(client, ApiRoutes(ApiFlavor::Rest).createSession({}, QStringLiteral("t")));
        QCOMPARE(r.error.kind, ApiError::Kind::Server);
        QVERIFY(r.error.isResourceBusy());
        QCOMPARE(r.error.httpStatus, status);
        QCOMPARE(server.requests.size(), 1); // never retried: creating is not idempotent
    }

    void connectionRefused()
    {
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            port = probe.serverPort();
        } // closed again: nothing listens there now
        RestClient client;
        client.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
        client.setAllowPlainHttp(true); // a plain-http loopback server: the lab switch
        const ApiResult r = callAndWait(client, ApiRoutes(ApiFlavor::Api).listLibraries());
        QCOMPARE(r.error.kind, ApiError::Kind::ConnectionRefused);
        QVERIFY(r.error.message().contains(QString::number(port)));
    }

    void silentServerTimesOut()
    {
        CannedServer server;
        QVERIFY(server.listen());
        server.responses = { QByteArray() }; // accept, read, never answer
        RestClient client;
        client.setBaseUrl(server.url());
        client.setAllowPlainHttp(true); // a plain-http loopback server: the lab switch
        client.setTimeout(std::chrono::milliseconds(700));
        const ApiResult r = callAndWait(client, ApiRoutes(ApiFlavor::Api).listLibraries());
        QCOMPARE(r.error.kind, ApiError::Kind::Timeout);
        QVERIFY(r.error.isTransient());
    }

    void emptyIdIsRefusedBeforeSending()
    {
        CannedServer server;
        QVERIFY(server.listen());
        RestClient client;
        client.setBaseUrl(server.url());
        client.setAllowPlainHttp(true); // a plain-http loopback server: the lab switch
        UpdateSessionService sessions(&client);
        Result<void> got;
        bool done = false;
        sessions.complete(QString(), nullptr, [&](const Result<void> &r) {
            got = r;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 5000);
        QCOMPARE(got.error.kind, ApiError::Kind::InvalidInput);
        QVERIFY(server.requests.isEmpty());
    }

    void callbackSkippedWhenContextDies()
    {
        CannedServer server;
        QVERIFY(server.listen());
        server.responses = { CannedServer::http(200, "[]") };
        RestClient client;
        client.setBaseUrl(server.url());
        client.setAllowPlainHttp(true); // a plain-http loopback server: the lab switch
        auto *context = new QObject;
        bool called = false;
        client.call(ApiRoutes(ApiFlavor::Api).listLibraries(), context,
                    [&](const ApiResult &) { called = true; });
        delete context;
        QTRY_COMPARE_WITH_TIMEOUT(server.requests.size(), 1, 10000);
        QTest::qWait(200); // let the answer arrive; the dead context must not be called back
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(TestRestClientErrors)
#include "TestRestClientErrors.moc"
