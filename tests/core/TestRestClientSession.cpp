#include "LoopbackServer.h"
#include "net/RestClient.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <QtTest>

using namespace clu;
using clu::test::LoopbackServer;

namespace {

ApiResult waitFor(const std::function<void(RestClient::Callback)> &start, int timeoutMs = 20000)
{
    ApiResult out;
    bool done = false;
    start([&](const ApiResult &r) {
        out = r;
        done = true;
    });
    if (!QTest::qWaitFor([&]() { return done; }, timeoutMs)) {
        out.error.kind = ApiError::Kind::Canceled;
        out.error.detail = QStringLiteral("test gave up waiting");
    }
    return out;
}

const QByteArray kUnauthenticated =
    "{\"error_type\":\"UNAUTHENTICATED\",\"messages\":[{\"args\":[],\"default_message\":"
    "\"Authentication "
    "required.\",\"id\":\"com.vmware.vapi.endpoint.method.authentication.required\"}]}";

QByteArray firstLine(const QByteArray &request)
{
    return request.left(request.indexOf("\r\n"));
}

QByteArray header(const QByteArray &request, const QByteArray &name)
{
    for (const QByteArray &line : request.split('\n')) {
        if (line.toLower().startsWith(name.toLower() + ':'))
            return line.mid(name.size() + 1).trimmed();
    }
    return {};
}

} // namespace

// Login, flavor detection, re-login and retry over a real loopback HTTP server whose answers
// the test scripts; TestServicesSimulator covers the same against cl-simulator.
class TestRestClientSession : public QObject
{
    Q_OBJECT
private slots:
    void detectsApiFlavorAndSendsTokenHeader()
    {
        LoopbackServer s;
        QVERIFY(s.listen());
        s.responses = { LoopbackServer::http(201, "\"tok-1\""), LoopbackServer::http(200, "[]") };
        RestClient client;
        client.setBaseUrl(s.url());
        client.setAllowPlainHttp(true); // a plain-http loopback server: the lab switch
        client.setCredentials(QStringLiteral("admin@vsphere.local"), QStringLiteral("s3cret:x"));
        const ApiResult login = waitFor([&](auto cb) { client.login(nullptr, cb); });
        QVERIFY2(login.ok(), qPrintable(login.error.message()));
        QCOMPARE(client.flavor(), ApiFlavor::Api);
        QCOMPARE(client.sessionToken(), QByteArray("tok-1"));
        QVERIFY(waitFor([&](auto cb) {
                    client.call(client.routes().listLibraries(), nullptr, cb);
                }).ok());
        QCOMPARE(s.requests.size(), 2);
        QCOMPARE(firstLine(s.requests.at(0)), QByteArray("POST /api/session HTTP/1.1"));
        QCOMPARE(header(s.requests.at(0), "Authorization"),
                 "Basic " + QByteArray("admin@vsphere.local:s3cret:x").toBase64());
        QVERIFY(header(s.requests.at(0), "vmware-api-session-id").isEmpty());
        QCOMPARE(header(s.requests.at(1), "vmware-api-session-id"), QByteArray("tok-1"));
        QVERIFY(header(s.requests.at(1), "Authorization").isEmpty());
    }

    void fallsBackToRestOn404()
    {
        LoopbackServer s;
        QVERIFY(s.listen());
        s.responses = { LoopbackServer::http(404, "Not found"),
                        LoopbackServer::http(200, "{\"value\":\"tok-r\"}") };
        RestClient client;
        client.setBaseUrl(s.url());
        client.setAllowPlainHttp(true); // a plain-http loopback server: the lab switch
        client.setCredentials(QStringLiteral("u"), QStringLiteral("p"));
        QSignalSpy loggedIn(&client, &RestClient::loggedIn);
        QVERIFY(waitFor([&](auto cb) { client.login(nullptr, cb); }).ok());
        QCOMPARE(client.flavor(), ApiFlavor::Rest);
        QCOMPARE(client.sessionToken(), QByteArray("tok-r"));
        QCOMPARE(loggedIn.size(), 1);
        QCOMPARE(firstLine(s.requests.at(1)),
                 QByteArray("POST /rest/com/vmware/cis/session HTTP/1.1"));
    }

    void wrongPasswordIsTypedAndNotRetried()
    {
        LoopbackServer s;
        QVERIFY(s.listen());
        s.fallback = LoopbackServer::http(401, kUnauthenticated);
        RestClient client;
        client.setBaseUrl(s.url());
        client.setAllowPlainHttp(true); // a plain-http loopback server: the lab switch
        client.setCredentials(QStringLiteral("u"), QStringLiteral("wrong"));
        const ApiResult r = waitFor([&](auto cb) { client.login(nullptr, cb); });
        QCOMPARE(r.error.kind, ApiError::Kind::Server);
        QVERIFY(r.error.isUnauthenticated());
        QVERIFY(r.error.message().contains(QStringLiteral("Authentication required.")));
        QCOMPARE(s.requests.size(), 1);
        QVERIFY(!client.isLoggedIn());
    }

    void reloginOnceOn401ThenRetry()
    {
        LoopbackServer s;
        QVERIFY(s.listen());
        s.responses = { LoopbackServer::http(201, "\"tok-1\""),
                        LoopbackServer::http(401, kUnauthenticated), // token expired
                        LoopbackServer::http(201, "\"tok-2\""), // transparent re-login
                        LoopbackServer::http(200, "[\"lib1\"]") };
        RestClient client;
        client.setBaseUrl(s.url());
        client.setAllowPlainHttp(true); // a plain-http loopback server: the lab switch
        client.setCredentials(QStringLiteral("u"), QStringLiteral("p"));
        QSignalSpy reauth(&client, &RestClient::reauthenticated);
        QVERIFY(waitFor([&](auto cb) { client.login(nullptr, cb); }).ok());
        const ApiResult r =
            waitFor([&](auto cb) { client.call(client.routes().listLibraries(), nullptr, cb); });
        QVERIFY2(r.ok(), qPrintable(r.error.message()));
        QCOMPARE(r.value.toArray().first().toString(), QStringLiteral("lib1"));
        QCOMPARE(reauth.size(), 1);
        QCOMPARE(s.requests.size(), 4);
        QCOMPARE(header(s.requests.at(1), "vmware-api-session-id"), QByteArray("tok-1"));
        QCOMPARE(firstLine(s.requests.at(2)), QByteArray("POST /api/session HTTP/1.1"));
        QCOMPARE(header(s.requests.at(3), "vmware-api-session-id"), QByteArray("tok-2"));
    }

    void onlyOneReloginPerCall()
    {
        LoopbackServer s;
        QVERIFY(s.listen());
        s.responses = { LoopbackServer::http(201, "\"tok-1\""),
                        LoopbackServer::http(401, kUnauthenticated),
                        LoopbackServer::http(201, "\"tok-2\""),
                        LoopbackServer::http(401, kUnauthenticated) };
        s.fallback = LoopbackServer::http(201, "\"tok-x\"");
        RestClient client;
        client.setBaseUrl(s.url());
        client.setAllowPlainHttp(true); // a plain-http loopback server: the lab switch
        client.setCredentials(QStringLiteral("u"), QStringLiteral("p"));
        QVERIFY(waitFor([&](auto cb) { client.login(nullptr, cb); }).ok());
        const ApiResult r =
            waitFor([&](auto cb) { client.call(client.routes().listLibraries(), nullptr, cb); });
        QVERIFY(r.error.isUnauthenticated());
        QCOMPARE(s.requests.size(), 4); // login, call, re-login, call again — then give up
    }

    void noReloginAfterLogout()
    {
        LoopbackServer s;
        QVERIFY(s.listen());
        s.responses = { LoopbackServer::http(201, "\"tok-1\""), LoopbackServer::http(204, ""),
                        LoopbackServer::http(401, kUnauthenticated) };
        RestClient client;
        client.setBaseUrl(s.url());
        client.setAllowPlainHttp(true); // a plain-http loopback server: the lab switch
        client.setCredentials(QStringLiteral("u"), QStringLiteral("p"));
        QSignalSpy loggedOut(&client, &RestClient::loggedOut);
        QVERIFY(waitFor([&](auto cb) { client.login(nullptr, cb); }).ok());
        QVERIFY(waitFor([&](auto cb) { client.logout(nullptr, cb); }).ok());
        QCOMPARE(loggedOut.size(), 1);
        QCOMPARE(firstLine(s.requests.at(1)), QByteArray("DELETE /api/session HTTP/1.1"));
        QCOMPARE(header(s.requests.at(1), "vmware-api-session-id"), QByteArray("tok-1"));
        QVERIFY(!client.isLoggedIn());
        const ApiResult r =
            waitFor([&](auto cb) { client.call(client.routes().listLibraries(), nullptr, cb); });
        QVERIFY(r.error.isUnauthenticated());
        QCOMPARE(s.requests.size(), 3);
    }

    void retriesIdempotentCallsAfter503WithRetryAfter()
    {
        LoopbackServer s;
        QVERIFY(s.listen());
        const QByteArray unavailable = "{\"error_type\":\"SERVICE_UNAVAILABLE\",\"messages\":[{"
                                       "\"args\":[],\"default_message\":\"Busy\",\"id\":\"x\"}]}";
        s.responses = { LoopbackServer::http(503, unavailable, "Retry-After: 1\r\n"),
                        LoopbackServer::http(503, unavailable, "Retry-After: 1\r\n"),
                        LoopbackServer::http(200, "[]") };
        RestClient client;
        client.setBaseUrl(s.url());
        client.setAllowPlainHttp(true); // a plain-http loopback server: the lab switch
        QElapsedTimer timer;
        timer.start();
        const ApiResult r =
            waitFor([&](auto cb) { client.call(client.routes().listLibraries(), nullptr, cb); });
        QVERIFY2(r.ok(), qPrintable(r.error.message()));
        QCOMPARE(s.requests.size(), 3);
        QVERIFY(timer.elapsed() >= 1900); // Retry-After was honoured, twice
    }

    void retriesAreBounded()
    {
        LoopbackServer s;
        QVERIFY(s.listen());
        s.fallback = LoopbackServer::http(
            503, "{\"error_type\":\"SERVICE_UNAVAILABLE\",\"messages\":[]}", "Retry-After: 0\r\n");
        RestClient client;
        client.setBaseUrl(s.url());
        client.setAllowPlainHttp(true); // a plain-http loopback server: the lab switch
        client.setRetryLimit(2);
        const ApiResult r =
            waitFor([&](auto cb) { client.call(client.routes().listLibraries(), nullptr, cb); });
        QVERIFY(r.error.is(ErrorType::ServiceUnavailable));
        QCOMPARE(r.httpStatus, 503);
        QCOMPARE(s.requests.size(), 3);
    }

    void nonIdempotentCallsAreNotRetried()
    {
        LoopbackServer s;
        QVERIFY(s.listen());
        s.fallback = LoopbackServer::http(
            503, "{\"error_type\":\"SERVICE_UNAVAILABLE\",\"messages\":[]}", "Retry-After: 0\r\n");
        RestClient client;
        client.setBaseUrl(s.url());
        client.setAllowPlainHttp(true); // a plain-http loopback server: the lab switch
        // Adding a session file is resent by its caller (remove + add), never by the client.
        const ApiResult r = waitFor([&](auto cb) {
            client.call(client.routes().addFile(QStringLiteral("a:b"), QJsonObject {}), nullptr,
                        cb);
        });
        QVERIFY(r.error.is(ErrorType::ServiceUnavailable));
        QCOMPARE(s.requests.size(), 1);
    }

    void stateCheckedWritesAreResentAfter503Only()
    {
        // complete after a 503 goes again (the engine checks the session when a repeat is
        // refused); after a 500 it does not: the server may have carried it out halfway.
        LoopbackServer s;
        QVERIFY(s.listen());
        s.responses = { LoopbackServer::http(503, "{\"error_type\":\"SERVICE_UNAVAILABLE\"}",
                                             "Retry-After: 0\r\n"),
                        LoopbackServer::http(204, "") };
        RestClient client;
        client.setBaseUrl(s.url());
        client.setAllowPlainHttp(true); // a plain-http loopback server: the lab switch
        const ApiResult ok = waitFor([&](auto cb) {
            client.call(client.routes().completeSession(QStringLiteral("a:b")), nullptr, cb);
        });
        QVERIFY2(ok.ok(), qPrintable(ok.error.message()));
        QCOMPARE(s.requests.size(), 2);

        LoopbackServer t;
        QVERIFY(t.listen());
        t.fallback = LoopbackServer::http(500, "{\"error_type\":\"ERROR\"}", "Retry-After: 0\r\n");
        client.setBaseUrl(t.url());
        client.setAllowPlainHttp(true); // a plain-http loopback server: the lab switch
        const ApiResult failed = waitFor([&](auto cb) {
            client.call(client.routes().failSession(QStringLiteral("a:b"), QStringLiteral("x")),
                        nullptr, cb);
        });
        QCOMPARE(failed.httpStatus, 500);
        QCOMPARE(t.requests.size(), 1);
    }

    void touchesTheLoginWhileLongWorkRuns()
    {
        LoopbackServer s;
        QVERIFY(s.listen());
        s.responses = { LoopbackServer::http(201, "\"tok-1\"") };
        s.fallback = LoopbackServer::http(200, "{\"user\":\"u\"}");
        RestClient client;
        client.setBaseUrl(s.url());
        client.setAllowPlainHttp(true); // a plain-http loopback server: the lab switch
        client.setCredentials(QStringLiteral("u"), QStringLiteral("p"));
        client.setKeepAliveInterval(std::chrono::milliseconds(150));
        QVERIFY(waitFor([&](auto cb) { client.login(nullptr, cb); }).ok());
        QSignalSpy touched(&client, &RestClient::sessionTouched);
        client.beginLongOperation();
        client.beginLongOperation();
        client.endLongOperation(); // still one running
        QTRY_VERIFY_WITH_TIMEOUT(touched.size() >= 2, 20000);
        QVERIFY(touched.first().first().toBool());
        client.endLongOperation();
        const int sent = int(s.requests.size());
        QTest::qWait(600); // several intervals: no touch may follow once the work ended
        QVERIFY(s.requests.size() <= sent + 1); // at most one already in flight
        for (qsizetype i = 1; i < s.requests.size(); ++i)
            QCOMPARE(firstLine(s.requests.at(i)), QByteArray("GET /api/session HTTP/1.1"));
    }
};

QTEST_GUILESS_MAIN(TestRestClientSession)
#include "TestRestClientSession.moc"
