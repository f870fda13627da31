#include "AwaitCallback.h"
#include "LoopbackServer.h"
#include "SimulatorProcess.h"
#include "net/RestClient.h"
#include "net/TransportRules.h"
#include "net/UploadTargetPolicy.h"
#include "upload/FileUploadJob.h"

#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace clu;
using clu::test::LoopbackServer;

// Issue 10 #1–#3, #5, #6, #8, #19 against hostile loopback servers we control: a redirect to
// another loopback address (127.0.0.2 is another origin), an upload URI on 127.0.0.2 that
// records whether the token arrived, a CR LF token, a trickling body, a huge body; and a plain
// http:// request to the real cl-simulator's TLS port.
namespace {

const QHostAddress kOtherHost(QStringLiteral("127.0.0.2"));

ApiResult callAndWait(RestClient &client, const ApiRequest &req, int timeoutMs = 20000)
{
    return clu::test::awaitCallback<ApiResult>(timeoutMs,
                                               [&](auto done) { client.call(req, nullptr, done); });
}

ApiResult loginAndWait(RestClient &client)
{
    ApiResult out;
    bool done = false;
    client.login(nullptr, [&](const ApiResult &r) {
        out = r;
        done = true;
    });
    if (!QTest::qWaitFor([&]() { return done; }, 20000)) {
        out.error.kind = ApiError::Kind::Canceled;
        out.error.detail = QStringLiteral("test gave up waiting for the callback");
    }
    return out;
}

bool sawToken(const LoopbackServer &server, const QByteArray &token)
{
    for (const QByteArray &r : server.requests) {
        if (r.toLower().contains("vmware-api-session-id: " + token.toLower()))
            return true;
    }
    return false;
}

} // namespace

class TestWireSecurity : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    // A plain-http API on 127.0.0.1 that logged us in with `token`.
    void loginPlain(LoopbackServer &api, RestClient &client, const QByteArray &token)
    {
        api.responses = { LoopbackServer::http(201, '"' + token + '"') };
        client.setBaseUrl(api.url());
        client.setAllowPlainHttp(true);
        client.setCredentials(QStringLiteral("u"), QStringLiteral("p"));
        QVERIFY(loginAndWait(client).ok());
    }

    // Runs one FileUploadJob of a small file to `uri`; returns its error.
    ApiError upload(RestClient &client, const QUrl &uri,
                    std::chrono::milliseconds stallTimeout = std::chrono::milliseconds(120000))
    {
        const QString path = m_dir.filePath(QStringLiteral("f.bin"));
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(QByteArray(1000, 'x'));
        f.close();
        UploadSource source;
        source.name = QStringLiteral("f.bin");
        source.localPath = path;
        source.size = 1000;
        FileUploadJob job(&client, source, uri);
        job.setStallTimeout(stallTimeout);
        QSignalSpy finished(&job, &FileUploadJob::finished);
        job.start();
        if (finished.isEmpty())
            finished.wait(20000);
        return job.error();
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // #1: a plain http base URL is refused before anything is sent, with the lab switch named.
    void plainHttpRefusedByDefault()
    {
        LoopbackServer api;
        QVERIFY(api.listen());
        api.fallback = LoopbackServer::http(201, "\"tok\"");
        RestClient client;
        client.setBaseUrl(api.url());
        client.setCredentials(QStringLiteral("u"), QStringLiteral("secret"));
        const ApiResult r = loginAndWait(client);
        QCOMPARE(r.error.kind, ApiError::Kind::InvalidInput);
        QVERIFY2(r.error.message().contains(QLatin1String("CLU_ALLOW_HTTP=1")),
                 qPrintable(r.error.message()));
        QCOMPARE(api.connections(), 0);
        QVERIFY(!client.isLoggedIn());

        client.setAllowPlainHttp(true); // the lab switch
        QVERIFY(loginAndWait(client).ok());
        QCOMPARE(api.requests.size(), 1);
    }

    // #3: a 307 on login to another loopback host is not followed: no Basic password there.
    void loginRedirectToOtherHostNotFollowed()
    {
        LoopbackServer other;
        QVERIFY(other.listen(kOtherHost));
        other.fallback = LoopbackServer::http(201, "\"stolen\"");
        LoopbackServer api;
        QVERIFY(api.listen());
        api.responses = { LoopbackServer::http(
            307, "", "Location: " + other.url().toEncoded() + "/api/session\r\n") };
        RestClient client;
        client.setBaseUrl(api.url());
        client.setAllowPlainHttp(true);
        client.setCredentials(QStringLiteral("u"), QStringLiteral("secret"));
        const ApiResult r = loginAndWait(client);
        QCOMPARE(r.error.kind, ApiError::Kind::Http);
        const QString m = r.error.message();
        QVERIFY2(m.contains(UploadTargetPolicy::origin(api.url()))
                     && m.contains(UploadTargetPolicy::origin(other.url())),
                 qPrintable(m));
        QVERIFY(api.requests.value(0).contains("Authorization: Basic"));
        QTest::qWait(200);
        QCOMPARE(other.connections(), 0);
        QVERIFY(!client.isLoggedIn());
    }

    // #3: a 302 on a GET with the session header is not followed either.
    void getRedirectToOtherHostNotFollowed()
    {
        LoopbackServer other;
        QVERIFY(other.listen(kOtherHost));
        other.fallback = LoopbackServer::http(200, "[]");
        LoopbackServer api;
        QVERIFY(api.listen());
        RestClient client;
        loginPlain(api, client, "tok302");
        api.responses = { LoopbackServer::http(
            302, "", "Location: " + other.url().toEncoded() + "/api/content/library\r\n") };
        const ApiResult r = callAndWait(client, client.routes().listLibraries());
        QCOMPARE(r.error.kind, ApiError::Kind::Http);
        QCOMPARE(r.error.httpStatus, 302);
        QVERIFY2(r.error.message().contains(QLatin1String("not followed")),
                 qPrintable(r.error.message()));
        QTest::qWait(200);
        QCOMPARE(other.connections(), 0);
        QVERIFY(sawToken(api, "tok302")); // the API itself did get it: the test can see tokens
    }

    // #2: the rule alone.
    void uploadTargetRule_data()
    {
        QTest::addColumn<QString>("api");
        QTest::addColumn<QString>("upload");
        QTest::addColumn<bool>("allowHttp");
        QTest::addColumn<QStringList>("allowed");
        QTest::addColumn<bool>("ok");
        const QString vc = QStringLiteral("https://vc.example.com");
        QTest::newRow("same host")
            << vc << "https://vc.example.com/cls-data/1" << false << QStringList() << true;
        QTest::newRow("same host, explicit 443")
            << vc << "https://VC.example.com:443/x" << false << QStringList() << true;
        QTest::newRow("other port")
            << vc << "https://vc.example.com:8443/x" << false << QStringList() << false;
        QTest::newRow("other host")
            << vc << "https://evil.example.com/x" << false << QStringList() << false;
        QTest::newRow("other host allowed")
            << vc << "https://esx1.example.com/x" << false
            << QStringList { QStringLiteral("esx1.example.com") } << true;
        QTest::newRow("other host:port allowed, other port")
            << vc << "https://esx1.example.com:9443/x" << false
            << QStringList { QStringLiteral("esx1.example.com:443") } << false;
        QTest::newRow("plain http same host")
            << vc << "http://vc.example.com/x" << false << QStringList() << false;
        QTest::newRow("plain http allowed, same host:port")
            << "http://vc.example.com"
            << "http://vc.example.com/x" << true << QStringList() << true;
        QTest::newRow("ftp") << vc << "ftp://vc.example.com/x" << true << QStringList() << false;
        QTest::newRow("no host") << vc << "https:///x" << false << QStringList() << false;
    }
    void uploadTargetRule()
    {
        QFETCH(QString, api);
        QFETCH(QString, upload);
        QFETCH(bool, allowHttp);
        QFETCH(QStringList, allowed);
        QFETCH(bool, ok);
        const QString why = UploadTargetPolicy::check(QUrl(api), QUrl(upload), allowHttp, allowed);
        QVERIFY2(why.isEmpty() == ok, qPrintable(why));
    }

    // #2 on the wire: an upload URI on 127.0.0.2 gets neither the file nor the token unless
    // that host was allowed; plain http is refused unless plain http was allowed.
    void uploadToOtherHostGetsNoToken()
    {
        LoopbackServer other;
        QVERIFY(other.listen(kOtherHost));
        other.fallback = LoopbackServer::http(200, "");
        LoopbackServer api;
        QVERIFY(api.listen());
        RestClient client;
        loginPlain(api, client, "tokUpload");
        const QUrl uri(other.url().toString() + QStringLiteral("/cls-data/f.bin"));

        ApiError e = upload(client, uri);
        QCOMPARE(e.kind, ApiError::Kind::InvalidInput);
        QVERIFY2(e.message().contains(QLatin1String("CLU_UPLOAD_HOSTS=127.0.0.2")),
                 qPrintable(e.message()));
        QTest::qWait(200);
        QCOMPARE(other.connections(), 0);

        client.setAllowedUploadHosts({ QStringLiteral("127.0.0.2") });
        e = upload(client, uri);
        QVERIFY2(!e.isError(), qPrintable(e.message()));
        QVERIFY(sawToken(other, "tokUpload")); // allowed: the recorder sees the token

        client.setAllowPlainHttp(false); // host allowed, but not plain http any more
        const int before = other.connections();
        e = upload(client, uri);
        QCOMPARE(e.kind, ApiError::Kind::InvalidInput);
        QVERIFY2(e.message().contains(QLatin1String("plain http")), qPrintable(e.message()));
        QTest::qWait(200);
        QCOMPARE(other.connections(), before);
    }

    // The recorder itself, checked with a client we did not write: curl's header arrives.
    void recorderSeesTokenFromCurl()
    {
        const QString curl = QStandardPaths::findExecutable(QStringLiteral("curl"));
        if (curl.isEmpty())
            QSKIP("curl is not installed");
        LoopbackServer other;
        QVERIFY(other.listen(kOtherHost));
        other.fallback = LoopbackServer::http(200, "");
        QProcess p;
        p.start(curl,
                { QStringLiteral("-s"), QStringLiteral("-X"), QStringLiteral("PUT"),
                  QStringLiteral("--data-binary"), QStringLiteral("abc"), QStringLiteral("-H"),
                  QStringLiteral("vmware-api-session-id: fromCurl"),
                  other.url().toString() + QStringLiteral("/x") });
        QVERIFY(p.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(p.state() == QProcess::NotRunning, 10000);
        QVERIFY(sawToken(other, "fromCurl"));
    }

    // #5: a token with CR LF (header injection) or another non-token character is refused.
    void loginTokenWithCrLfRefused_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("codePoint");
        QTest::newRow("CR LF") << QByteArray("\"abc\\r\\nX-Evil: 1\"") << "U+000d";
        QTest::newRow("space") << QByteArray("\"abc def\"") << "U+0020";
        QTest::newRow("NUL") << QByteArray("\"abc\\u0000\"") << "U+0000";
        QTest::newRow("non-ASCII") << QByteArray("\"ab\xc3\xa9\"") << "U+00e9";
    }
    void loginTokenWithCrLfRefused()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, codePoint);
        LoopbackServer api;
        QVERIFY(api.listen());
        api.responses = { LoopbackServer::http(201, json) };
        RestClient client;
        client.setBaseUrl(api.url());
        client.setAllowPlainHttp(true);
        client.setCredentials(QStringLiteral("u"), QStringLiteral("p"));
        const ApiResult r = loginAndWait(client);
        QCOMPARE(r.error.kind, ApiError::Kind::BadResponse);
        QVERIFY2(r.error.message().contains(codePoint), qPrintable(r.error.message()));
        QVERIFY(!client.isLoggedIn());
        QVERIFY(
            TransportRules::checkSessionToken(QStringLiteral("b00b5c1b6c0e4f0f9f0e1e2d3c4b5a69"))
                .isEmpty());
        QVERIFY(TransportRules::checkSessionToken(QStringLiteral("aGVsbG8rL3dvcmxk==")).isEmpty());
    }

    // #6: a Content-Length over the limit is refused from the headers alone.
    void hugeContentLengthRefused()
    {
        LoopbackServer api;
        QVERIFY(api.listen());
        RestClient client;
        loginPlain(api, client, "tokBig");
        // Claims 200 MB and sends a little: nothing of that size is ever allocated.
        api.responses = { "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                          "Content-Length: 200000000\r\n\r\n[\"a\",\"b\"," };
        const ApiResult r = callAndWait(client, client.routes().listLibraries());
        QCOMPARE(r.error.kind, ApiError::Kind::BadResponse);
        QVERIFY2(r.error.message().contains(QLatin1String("200000000"))
                     && r.error.message().contains(QLatin1String("32.0 MiB")),
                 qPrintable(r.error.message()));
    }

    // #6: a chunked answer (no length up front) is cut off once it passes the limit.
    void hugeChunkedBodyCutOff()
    {
        LoopbackServer api;
        QVERIFY(api.listen());
        RestClient client;
        loginPlain(api, client, "tokChunk");
        client.setMaxResponseBytes(64 * 1024);
        QByteArray answer = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                            "Transfer-Encoding: chunked\r\n\r\n";
        const QByteArray chunk = '[' + QByteArray(16 * 1024, ' ');
        for (int i = 0; i < 64; ++i) // 1 MiB, never terminated
            answer += QByteArray::number(chunk.size(), 16) + "\r\n" + chunk + "\r\n";
        api.responses = { answer };
        const ApiResult r = callAndWait(client, client.routes().listLibraries());
        QCOMPARE(r.error.kind, ApiError::Kind::BadResponse);
        QVERIFY2(r.error.message().contains(QLatin1String("while it arrived")),
                 qPrintable(r.error.message()));
    }

    // #8: a body trickling one byte every 50 ms never passes the inactivity timeout; the
    // overall deadline ends the call.
    void tricklingBodyMeetsDeadline()
    {
        LoopbackServer api;
        QVERIFY(api.listen());
        RestClient client;
        loginPlain(api, client, "tokSlow");
        client.setTimeout(std::chrono::seconds(30));
        client.setCallDeadline(std::chrono::milliseconds(1500));
        api.trickleMs = 50;
        api.responses = { LoopbackServer::http(200, '[' + QByteArray(2000, ' ') + ']') };
        QElapsedTimer clock;
        clock.start();
        const ApiResult r = callAndWait(client, client.routes().listLibraries());
        QCOMPARE(r.error.kind, ApiError::Kind::Timeout);
        QVERIFY2(r.error.message().contains(QLatin1String("within 1.5 s")),
                 qPrintable(r.error.message()));
        QVERIFY2(clock.elapsed() < 10000, "the deadline, not the test's wait, ended the call");
    }

    // #3 for the data PUT: a 307 to another host is not followed (Qt would send the token and
    // the file again, to the new host).
    void putRedirectToOtherHostNotFollowed()
    {
        LoopbackServer other;
        QVERIFY(other.listen(kOtherHost));
        other.fallback = LoopbackServer::http(200, "");
        LoopbackServer api;
        QVERIFY(api.listen());
        RestClient client;
        loginPlain(api, client, "tokPut307");
        client.setAllowedUploadHosts({ QStringLiteral("127.0.0.2") }); // even an allowed host
        api.responses = { LoopbackServer::http(
            307, "", "Location: " + other.url().toEncoded() + "/cls/data/1/f.bin\r\n") };
        const ApiError e = upload(client, QUrl(api.url().toString() + "/cls/data/1/f.bin"));
        QCOMPARE(e.kind, ApiError::Kind::Http);
        QVERIFY2(e.message().contains(QLatin1String("not followed")), qPrintable(e.message()));
        QTest::qWait(200);
        QCOMPARE(other.connections(), 0);
    }

    // #6 and #8 for the data PUT: the upload host's answer is bounded in size (it carries
    // nothing we need), and one that never comes after the whole body is ended by the stall
    // watchdog, saying that all bytes went out.
    void putAnswerBoundedInSizeAndTime()
    {
        LoopbackServer api;
        QVERIFY(api.listen());
        RestClient client;
        loginPlain(api, client, "tokPut");
        const QUrl uri(api.url().toString() + QStringLiteral("/cls/data/1/f.bin"));
        api.responses = { "HTTP/1.1 200 OK\r\nContent-Length: 200000000\r\n\r\nxx" };
        ApiError e = upload(client, uri);
        QCOMPARE(e.kind, ApiError::Kind::BadResponse);
        QVERIFY2(e.message().contains(QLatin1String("200000000")), qPrintable(e.message()));

        api.responses = { QByteArray() }; // reads the whole body, never answers
        QElapsedTimer clock;
        clock.start();
        e = upload(client, uri, std::chrono::milliseconds(2000));
        QCOMPARE(e.kind, ApiError::Kind::Network);
        QVERIFY2(e.message().contains(QLatin1String("all 1000 bytes were sent"))
                     && e.message().contains(QLatin1String("did not answer within 2 s")),
                 qPrintable(e.message()));
        QVERIFY2(clock.elapsed() < 15000, "the watchdog, not the test's wait, ended the PUT");
        QVERIFY(api.requests.last().startsWith("PUT /cls/data/1/f.bin"));
    }

    // #19: http:// to the real cl-simulator's HTTPS port says the server probably speaks HTTPS.
    void plainHttpOnTlsPortExplained()
    {
        clu::test::SimulatorProcess sim;
        QVERIFY2(sim.start(), qPrintable(sim.errorString()));
        QUrl http = sim.baseUrl();
        http.setScheme(QStringLiteral("http"));
        RestClient client;
        client.setBaseUrl(http);
        client.setAllowPlainHttp(true);
        client.setCredentials(sim.username(), sim.password());
        const ApiResult r = loginAndWait(client);
        QVERIFY(r.error.isError());
        QVERIFY2(r.error.message().contains(QLatin1String("probably speaks HTTPS")),
                 qPrintable(r.error.message()));
    }
};

QTEST_GUILESS_MAIN(TestWireSecurity)
#include "TestWireSecurity.moc"
