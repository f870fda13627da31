// cl-simulator over real HTTPS: start contract, TLS identity, login/logout in both flavors,
// 401 bodies, idle timeout, unknown routes, injected call failures, command-line refusals.
#include "SimClient.h"
#include "SimulatorProcess.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QtTest>

using namespace clu::test;

class TestSimAuth : public QObject
{
    Q_OBJECT
private slots:
    void startLinesAndCertificate();
    void loginBothFlavors();
    void wrongPasswordAndMissingToken();
    void sessionInfoAndLogout();
    void loginIdleTimeoutAndExpireLogins();
    void unknownRoutesAnswerVapi404();
    void injectedCallFailures();
    void usageErrorsExitWithCode2();
    void plainHttpAndUsers();
    void apiLatencyDelaysAnswers();
    void readOnlyUserGets403InBothFlavors();
};

void TestSimAuth::startLinesAndCertificate()
{
    SimulatorProcess sim;
    QVERIFY2(sim.start(), qPrintable(sim.errorString()));
    QCOMPARE(sim.baseUrl().scheme(), QStringLiteral("https"));
    QCOMPARE(sim.baseUrl().host(), QStringLiteral("127.0.0.1"));
    QCOMPARE(sim.username(), QStringLiteral("administrator@vsphere.local"));
    QCOMPARE(sim.password(), QStringLiteral("VMware1!"));
    QVERIFY(sim.controlUrl().isValid());
    const QSslCertificate first = sim.certificate();
    QVERIFY(!first.isNull());
    QVERIFY(QFile::exists(sim.dataDir() + QStringLiteral("/tls/key.pem")));
    // The certificate names the loopback address, so a client can verify the name once pinned.
    const auto sans = first.subjectAlternativeNames();
    QVERIFY(sans.values(QSsl::IpAddressEntry).contains(QStringLiteral("127.0.0.1")));
    QVERIFY(sans.values(QSsl::DnsEntry).contains(QStringLiteral("localhost")));
    // Reused after a restart with the same data directory (pins stay valid).
    QVERIFY2(sim.restart(), qPrintable(sim.errorString()));
    QCOMPARE(sim.certificate(), first);
    SimClient c(sim);
    QVERIFY(c.login());
}

void TestSimAuth::loginBothFlavors()
{
    SimulatorProcess sim;
    QVERIFY2(sim.start(), qPrintable(sim.errorString()));
    SimClient c(sim);
    const QByteArray auth =
        "Basic " + (sim.username() + QLatin1Char(':') + sim.password()).toUtf8().toBase64();
    const SimReply api =
        c.request("POST", QStringLiteral("/api/session"), {}, { { "Authorization", auth } });
    QCOMPARE(api.status, 201);
    QVERIFY2(api.body.startsWith('"') && api.body.endsWith('"'),
             api.body.constData()); // JSON string literal
    const SimReply rest =
        c.request("POST", QStringLiteral("/rest/com/vmware/cis/session"), {},
                  { { "Authorization", auth }, { "vmware-use-header-authn", "true" } });
    QCOMPARE(rest.status, 200);
    QVERIFY(!rest.value().toString().isEmpty());
    QVERIFY(!rest.headers.contains("set-cookie")); // header auth asked for: no cookie
    // Tokens are interchangeable between the flavors (§2).
    c.setToken(rest.value().toString());
    QCOMPARE(c.call("GET", QStringLiteral("/api/session")).status, 200);
    c.setToken(api.json.toString());
    QCOMPARE(c.call("POST", QStringLiteral("/rest/com/vmware/cis/session?~action=get")).status,
             200);
    // vcsim-style cookie when vmware-use-header-authn is absent, and it authenticates /rest.
    const SimReply cookie = c.request("POST", QStringLiteral("/rest/com/vmware/cis/session"), {},
                                      { { "Authorization", auth } });
    QVERIFY(cookie.headers.value("set-cookie").startsWith("vmware-api-session-id="));
    const SimReply viaCookie =
        c.request("GET", QStringLiteral("/rest/com/vmware/content/library"), {},
                  { { "Cookie", "vmware-api-session-id=" + cookie.value().toString().toUtf8() } });
    QCOMPARE(viaCookie.status, 200);
}

void TestSimAuth::wrongPasswordAndMissingToken()
{
    SimulatorProcess sim;
    QVERIFY2(sim.start(), qPrintable(sim.errorString()));
    SimClient c(sim);
    const QByteArray bad = "Basic " + QByteArray("administrator@vsphere.local:wrong").toBase64();
    const SimReply api =
        c.request("POST", QStringLiteral("/api/session"), {}, { { "Authorization", bad } });
    QCOMPARE(api.status, 401);
    QCOMPARE(api.obj().value(QLatin1String("error_type")).toString(),
             QStringLiteral("UNAUTHENTICATED"));
    QCOMPARE(api.messageId(),
             QStringLiteral("com.vmware.vapi.endpoint.method.authentication.required"));
    QCOMPARE(api.message(), QStringLiteral("Authentication required."));
    const SimReply rest = c.request("POST", QStringLiteral("/rest/com/vmware/cis/session"), {},
                                    { { "Authorization", bad } });
    QCOMPARE(rest.status, 401);
    QCOMPARE(rest.obj().value(QLatin1String("type")).toString(),
             QStringLiteral("com.vmware.vapi.std.errors.unauthenticated"));
    QCOMPARE(rest.errorType(), QStringLiteral("UNAUTHENTICATED"));
    QCOMPARE(rest.messageId(),
             QStringLiteral("com.vmware.vapi.endpoint.method.authentication.required"));
    // No Authorization at all, then calls without / with a made-up token.
    QCOMPARE(c.request("POST", QStringLiteral("/api/session")).status, 401);
    QCOMPARE(c.call("GET", QStringLiteral("/api/content/library")).status, 401);
    c.setToken(QStringLiteral("not-a-token"));
    const SimReply unknown = c.call("GET", QStringLiteral("/api/content/library"));
    QCOMPARE(unknown.status, 401);
    QCOMPARE(unknown.errorType(), QStringLiteral("UNAUTHENTICATED"));
}

void TestSimAuth::sessionInfoAndLogout()
{
    SimulatorProcess sim;
    QVERIFY2(sim.start(), qPrintable(sim.errorString()));
    SimClient c(sim);
    QVERIFY(c.login());
    const SimReply info = c.call("GET", QStringLiteral("/api/session"));
    QCOMPARE(info.status, 200);
    QCOMPARE(info.obj().value(QLatin1String("user")).toString(), sim.username());
    QVERIFY(QDateTime::fromString(info.obj().value(QLatin1String("created_time")).toString(),
                                  Qt::ISODateWithMs)
                .isValid());
    QVERIFY(info.obj().contains(QLatin1String("last_accessed_time")));
    const SimReply restInfo =
        c.call("POST", QStringLiteral("/rest/com/vmware/cis/session?~action=get"));
    QCOMPARE(restInfo.value().toObject().value(QLatin1String("user")).toString(), sim.username());
    QCOMPARE(c.call("DELETE", QStringLiteral("/api/session")).status, 204);
    QCOMPARE(c.call("GET", QStringLiteral("/api/session")).status, 401);
    QVERIFY(c.login(true));
    const SimReply restLogout = c.call("DELETE", QStringLiteral("/rest/com/vmware/cis/session"));
    QCOMPARE(restLogout.status, 200);
    QVERIFY(restLogout.body.isEmpty());
    QCOMPARE(c.call("GET", QStringLiteral("/api/content/library")).status, 401);
}

void TestSimAuth::loginIdleTimeoutAndExpireLogins()
{
    SimulatorProcess sim({ QStringLiteral("--login-timeout"), QStringLiteral("2") });
    QVERIFY2(sim.start(), qPrintable(sim.errorString()));
    SimClient c(sim);
    QVERIFY(c.login());
    QCOMPARE(c.call("GET", QStringLiteral("/api/session")).status, 200);
    QTest::qWait(3000); // idle longer than --login-timeout
    QCOMPARE(c.call("GET", QStringLiteral("/api/session")).status, 401);
    QVERIFY(c.login());
    sim.control("POST", QStringLiteral("/control/expire-logins"));
    QVERIFY(sim.lastControlOk());
    const SimReply r = c.call("GET", QStringLiteral("/api/content/library"));
    QCOMPARE(r.status, 401);
    QCOMPARE(r.messageId(),
             QStringLiteral("com.vmware.vapi.endpoint.method.authentication.required"));
}

void TestSimAuth::unknownRoutesAnswerVapi404()
{
    SimulatorProcess sim;
    QVERIFY2(sim.start(), qPrintable(sim.errorString()));
    SimClient c(sim);
    QVERIFY(c.login());
    const SimReply api =
        c.call("GET", QStringLiteral("/api/content/library/item/updatesession/x/files"));
    QCOMPARE(api.status, 404);
    QCOMPARE(api.errorType(), QStringLiteral("NOT_FOUND"));
    QCOMPARE(api.messageId(), QStringLiteral("com.vmware.vapi.rest.httpNotFound"));
    const SimReply rest = c.call("GET", QStringLiteral("/rest/com/vmware/content/nothing"));
    QCOMPARE(rest.status, 404);
    QCOMPARE(rest.obj().value(QLatin1String("type")).toString(),
             QStringLiteral("com.vmware.vapi.std.errors.not_found"));
    QCOMPARE(c.call("GET", QStringLiteral("/elsewhere")).status, 404);
    // Malformed JSON body: a clear INVALID_ARGUMENT, not a crash.
    const SimReply bad = c.request("POST", QStringLiteral("/api/content/library/item"), "{not json",
                                   { { "vmware-api-session-id", c.token().toUtf8() },
                                     { "Content-Type", "application/json" } });
    QCOMPARE(bad.status, 400);
    QCOMPARE(bad.errorType(), QStringLiteral("INVALID_ARGUMENT"));
}

void TestSimAuth::injectedCallFailures()
{
    SimulatorProcess sim;
    QVERIFY2(sim.start(), qPrintable(sim.errorString()));
    SimClient c(sim);
    QVERIFY(c.login());
    sim.control("POST", QStringLiteral("/control/fail-calls"),
                { { QStringLiteral("count"), 2 },
                  { QStringLiteral("status"), 503 },
                  { QStringLiteral("retry_after"), 2 } });
    QVERIFY(sim.lastControlOk());
    const SimReply first = c.call("GET", QStringLiteral("/api/content/library"));
    QCOMPARE(first.status, 503);
    QCOMPARE(first.headers.value("retry-after"), QByteArray("2"));
    QCOMPARE(first.errorType(), QStringLiteral("SERVICE_UNAVAILABLE"));
    const SimReply second = c.call("GET", QStringLiteral("/rest/com/vmware/content/library"));
    QCOMPARE(second.status, 503);
    QCOMPARE(second.obj().value(QLatin1String("type")).toString(),
             QStringLiteral("com.vmware.vapi.std.errors.service_unavailable"));
    QCOMPARE(c.call("GET", QStringLiteral("/api/content/library")).status, 200);
    sim.control("POST", QStringLiteral("/control/fail-calls"),
                { { QStringLiteral("count"), 1 }, { QStringLiteral("status"), 500 } });
    const SimReply ise = c.call("GET", QStringLiteral("/api/content/library"));
    QCOMPARE(ise.status, 500);
    QCOMPARE(ise.errorType(), QStringLiteral("INTERNAL_SERVER_ERROR"));
    QVERIFY(!ise.headers.contains("retry-after"));
    // Control endpoint refuses nonsense with a reason.
    sim.control("POST", QStringLiteral("/control/busy-status"),
                { { QStringLiteral("status"), 418 } });
    QVERIFY(!sim.lastControlOk());
    QVERIFY(sim.lastControlError().contains(QStringLiteral("500 or 400"))
            || !sim.lastControlError().isEmpty());
    // What went over the wire is visible, with the token redacted.
    const QJsonArray requests = sim.control("GET", QStringLiteral("/control/requests"))
                                    .object()
                                    .value(QLatin1String("requests"))
                                    .toArray();
    QVERIFY(!requests.isEmpty());
    bool sawRedacted = false;
    for (const QJsonValue &r : requests)
        sawRedacted = sawRedacted
            || r.toObject()
                    .value(QLatin1String("headers"))
                    .toObject()
                    .value(QLatin1String("vmware-api-session-id"))
                    .toString()
                == QLatin1String("<redacted>");
    QVERIFY(sawRedacted);
    const QJsonObject stats = sim.control("GET", QStringLiteral("/control/stats")).object();
    QCOMPARE(stats.value(QLatin1String("api_sessions")).toInt(), 1);
    QVERIFY(stats.value(QLatin1String("peak_rss_kib")).toInteger() > 0);
}

void TestSimAuth::usageErrorsExitWithCode2()
{
    const QString program = qEnvironmentVariable("CLU_SIMULATOR");
    QVERIFY(!program.isEmpty());
    struct Case
    {
        QStringList args;
        QString mustMention;
    };
    const QList<Case> cases {
        { { QStringLiteral("--listen"), QStringLiteral("0.0.0.0:0") },
          QStringLiteral("--allow-remote") },
        { { QStringLiteral("--listen"), QStringLiteral("127.0.0.1") },
          QStringLiteral("HOST:PORT") },
        { { QStringLiteral("--busy-status"), QStringLiteral("404") },
          QStringLiteral("500 or 400") },
        { { QStringLiteral("--session-timeout"), QStringLiteral("soon") },
          QStringLiteral("--session-timeout") },
        { { QStringLiteral("--users"), QStringLiteral("nopassword") },
          QStringLiteral("user:password") },
        { { QStringLiteral("--seed"), QStringLiteral("big") }, QStringLiteral("demo") },
        { { QStringLiteral("--readonly-users"), QStringLiteral("mallory") },
          QStringLiteral("mallory") },
        { { QStringLiteral("--api-latency"), QStringLiteral("-5") },
          QStringLiteral("--api-latency") },
        { { QStringLiteral("--bogus") }, QStringLiteral("bogus") },
    };
    for (const Case &c : cases) {
        QProcess p;
        p.start(program, c.args);
        QVERIFY(p.waitForFinished(30000));
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(p.exitCode() == 2,
                 qPrintable(c.args.join(QLatin1Char(' ')) + QStringLiteral(": ") + err));
        QVERIFY2(err.contains(c.mustMention), qPrintable(err));
    }
    QProcess help;
    help.start(program, { QStringLiteral("--help") });
    QVERIFY(help.waitForFinished(30000));
    const QString text = QString::fromUtf8(help.readAllStandardOutput());
    for (const char *flag :
         { "--listen", "--http", "--allow-remote", "--data-dir", "--tls-cert", "--tls-key",
           "--users", "--login-timeout", "--session-timeout", "--busy-status", "--accept-chunked",
           "--throttle-upload", "--drop-upload-after", "--preview-delay", "--seed",
           "--control-listen", "--log-requests", "--readonly-users", "--api-latency" })
        QVERIFY2(text.contains(QLatin1String(flag)), flag);
}

void TestSimAuth::plainHttpAndUsers()
{
    SimulatorProcess sim({ QStringLiteral("--http"), QStringLiteral("--users"),
                           QStringLiteral("alice:pw1,bob:pw2") });
    QVERIFY2(sim.start(), qPrintable(sim.errorString()));
    QCOMPARE(sim.baseUrl().scheme(), QStringLiteral("http"));
    QCOMPARE(sim.username(), QStringLiteral("alice"));
    QCOMPARE(sim.password(), QStringLiteral("pw1"));
    QVERIFY(sim.certificate().isNull());
    SimClient c(sim);
    QVERIFY(c.login(false, QStringLiteral("bob"), QStringLiteral("pw2")));
    QCOMPARE(
        c.call("GET", QStringLiteral("/api/session")).obj().value(QLatin1String("user")).toString(),
        QStringLiteral("bob"));
    QVERIFY(!c.login(false, QStringLiteral("bob"), QStringLiteral("pw1")));
}

// --api-latency answers late (a lower bound only: how much later on a loaded machine is noise).
void TestSimAuth::apiLatencyDelaysAnswers()
{
    SimulatorProcess sim({ QStringLiteral("--api-latency"), QStringLiteral("300") });
    QVERIFY2(sim.start(), qPrintable(sim.errorString()));
    SimClient c(sim);
    QElapsedTimer t;
    t.start();
    QVERIFY(c.login(false));
    QVERIFY2(t.elapsed() >= 300, qPrintable(QString::number(t.elapsed())));
}

// §3.5: 403 = authenticated but lacking a privilege (ContentLibrary.UpdateSession for session
// create, ContentLibrary.AddLibraryItem for item create). Reading stays allowed.
void TestSimAuth::readOnlyUserGets403InBothFlavors()
{
    SimulatorProcess sim({ QStringLiteral("--users"), QStringLiteral("admin:pw1,Viewer:pw2"),
                           QStringLiteral("--readonly-users"), QStringLiteral("viewer") });
    QVERIFY2(sim.start(), qPrintable(sim.errorString()));
    SimClient admin(sim);
    QVERIFY(admin.login());
    const QString lib = admin.createLibrary(QStringLiteral("Media"));
    QVERIFY(!lib.isEmpty());
    const QString item = admin.createItem(lib, QStringLiteral("tools.iso"));
    QVERIFY(!item.isEmpty());

    SimClient viewer(sim);
    QVERIFY(viewer.login(false, QStringLiteral("viewer"), QStringLiteral("pw2")));
    SimReply r = viewer.call("GET", QStringLiteral("/api/content/library"));
    QCOMPARE(r.status, 200);
    QVERIFY(r.arr().contains(lib));

    r = viewer.call("POST", QStringLiteral("/api/content/library/item/update-session"),
                    QJsonObject { { QStringLiteral("library_item_id"), item } });
    QCOMPARE(r.status, 403);
    QCOMPARE(r.obj().value(QLatin1String("error_type")).toString(), QStringLiteral("UNAUTHORIZED"));
    QCOMPARE(r.messageId(), QStringLiteral("vapi.security.authorization.invalid"));

    r = viewer.call("POST", QStringLiteral("/api/content/library/item"),
                    QJsonObject { { QStringLiteral("library_id"), lib },
                                  { QStringLiteral("name"), QStringLiteral("new.iso") } });
    QCOMPARE(r.status, 403);
    QCOMPARE(r.errorType(), QStringLiteral("UNAUTHORIZED"));

    SimClient viewerRest(sim);
    QVERIFY(viewerRest.login(true, QStringLiteral("viewer"), QStringLiteral("pw2")));
    r = viewerRest.call(
        "POST", QStringLiteral("/rest/com/vmware/content/library/item/update-session"),
        QJsonObject { { QStringLiteral("create_spec"),
                        QJsonObject { { QStringLiteral("library_item_id"), item } } } });
    QCOMPARE(r.status, 403);
    QCOMPARE(r.obj().value(QLatin1String("type")).toString(),
             QStringLiteral("com.vmware.vapi.std.errors.unauthorized"));
    QCOMPARE(r.messageId(), QStringLiteral("vapi.security.authorization.invalid"));

    // Nothing was created by the refused calls; the privileged user is unaffected.
    QVERIFY(!admin.createSession(item).isEmpty());
}

QTEST_GUILESS_MAIN(TestSimAuth)
#include "TestSimAuth.moc"
