// cl-simulator against request bytes no HTTP library shaped: body-less POSTs without
// Content-Length (curl -X POST, RFC 9112 §6.3: length zero), with an empty chunked body (govmomi)
// and with Content-Length: 0, for login and every session action in both flavors, each answered
// at once and leaving the keep-alive connection usable; plus the documented curl login itself.
#include "RawHttpConnection.h"
#include "SimClient.h"
#include "SimulatorProcess.h"

#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QtTest>

using namespace clu::test;

namespace {

// Generous: the bug this guards against is a 120 s wait, a loaded CI machine answers in < 1 s.
constexpr int kAnswerMs = 10000;

enum class Framing { NoLength, EmptyChunked, ZeroLength };

// Header lines and body of a request without payload, framed one of the three ways.
QList<QByteArray> framingHeaders(Framing f)
{
    switch (f) {
    case Framing::NoLength:
        return {};
    case Framing::EmptyChunked:
        return { "Transfer-Encoding: chunked" };
    case Framing::ZeroLength:
        return { "Content-Length: 0" };
    }
    return {};
}

QByteArray framingBody(Framing f)
{
    return f == Framing::EmptyChunked ? QByteArray("0\r\n\r\n") : QByteArray();
}

QByteArray basicAuth(const SimulatorProcess &sim)
{
    return "Authorization: Basic "
        + (sim.username() + QLatin1Char(':') + sim.password()).toUtf8().toBase64();
}

QString describe(const RawResponse &r)
{
    return r.status ? QStringLiteral("HTTP %1 %2").arg(r.status).arg(QString::fromUtf8(r.body))
                    : r.error;
}

void addFramingRows()
{
    QTest::addColumn<bool>("rest");
    QTest::addColumn<Framing>("framing");
    for (const bool rest : { false, true }) {
        const char *flavor = rest ? "rest" : "api";
        QTest::addRow("%s no length", flavor) << rest << Framing::NoLength;
        QTest::addRow("%s empty chunked", flavor) << rest << Framing::EmptyChunked;
        QTest::addRow("%s content-length 0", flavor) << rest << Framing::ZeroLength;
    }
}

} // namespace

Q_DECLARE_METATYPE(Framing)

class TestSimRawHttp : public QObject
{
    Q_OBJECT
private slots:
    void loginWithoutBody_data() { addFramingRows(); }
    void loginWithoutBody();
    void sessionActionsWithoutBody_data() { addFramingRows(); }
    void sessionActionsWithoutBody();
    void uploadWithoutLengthRefusedAtOnce();
    void unknownTransferCodingRefused();
    void curlLoginAsDocumented();
};

void TestSimRawHttp::loginWithoutBody()
{
    QFETCH(bool, rest);
    QFETCH(Framing, framing);
    SimulatorProcess sim;
    QVERIFY2(sim.start(), qPrintable(sim.errorString()));
    RawHttpConnection conn(sim.baseUrl());
    QString error;
    QVERIFY2(conn.open(kAnswerMs, &error), qPrintable(error));

    QList<QByteArray> headers = framingHeaders(framing);
    headers << basicAuth(sim);
    if (rest)
        headers << "vmware-use-header-authn: true";
    const RawResponse login =
        conn.exchange(conn.request("POST", rest ? "/rest/com/vmware/cis/session" : "/api/session",
                                   headers, framingBody(framing)),
                      kAnswerMs);
    QVERIFY2(login.status == (rest ? 200 : 201), qPrintable(describe(login)));
    const QJsonValue parsed = QJsonDocument::fromJson("[" + login.body + "]").array().first();
    const QString token =
        rest ? parsed.toObject().value(QLatin1String("value")).toString() : parsed.toString();
    QVERIFY2(!token.isEmpty(), login.body.constData());

    // Same connection: the server did not eat the next request as the login's body.
    QList<QByteArray> again = framingHeaders(framing);
    again << "vmware-api-session-id: " + token.toUtf8();
    const RawResponse info =
        conn.exchange(conn.request("POST", "/rest/com/vmware/cis/session?~action=get", again,
                                   framingBody(framing)),
                      kAnswerMs);
    QVERIFY2(info.status == 200, qPrintable(describe(info)));
    QCOMPARE(QJsonDocument::fromJson(info.body)
                 .object()
                 .value(QLatin1String("value"))
                 .toObject()
                 .value(QLatin1String("user"))
                 .toString(),
             sim.username());
    const RawResponse get = conn.exchange(
        conn.request("GET", "/api/session", { "vmware-api-session-id: " + token.toUtf8() }),
        kAnswerMs);
    QVERIFY2(get.status == 200, qPrintable(describe(get)));
    QVERIFY(conn.isOpen());
}

void TestSimRawHttp::sessionActionsWithoutBody()
{
    QFETCH(bool, rest);
    QFETCH(Framing, framing);
    SimulatorProcess sim;
    QVERIFY2(sim.start(), qPrintable(sim.errorString()));
    SimClient c(sim);
    QVERIFY(c.login());
    const QString library = c.createLibrary(QStringLiteral("L"));
    const QString first = c.createSession(c.createItem(library, QStringLiteral("a")));
    const QString second = c.createSession(c.createItem(library, QStringLiteral("b")));
    const QString third = c.createSession(c.createItem(library, QStringLiteral("c")));
    QVERIFY(!first.isEmpty() && !second.isEmpty() && !third.isEmpty());
    const QJsonObject file =
        c.addFile(first,
                  QJsonObject { { QStringLiteral("name"), QStringLiteral("x.iso") },
                                { QStringLiteral("source_type"), QStringLiteral("PUSH") },
                                { QStringLiteral("size"), 5 } });
    const QString uri = file.value(QLatin1String("upload_endpoint"))
                            .toObject()
                            .value(QLatin1String("uri"))
                            .toString();
    QCOMPARE(c.uploadBytes(uri, "hello").status, 200);

    auto sessionTarget = [rest](const QString &sid, const char *action) {
        return rest
            ? "/rest/com/vmware/content/library/item/update-session/id:" + sid.toUtf8()
                + "?~action=" + action
            : "/api/content/library/item/update-session/" + sid.toUtf8() + "?action=" + action;
    };
    const QByteArray validateTarget = rest
        ? "/rest/com/vmware/content/library/item/updatesession/file/id:" + first.toUtf8()
            + "?~action=validate"
        : "/api/content/library/item/update-session/" + first.toUtf8() + "/file?action=validate";
    const int empty = rest ? 200 : 204;
    struct Step
    {
        QByteArray target;
        int status;
        const char *what;
    };
    const QList<Step> steps {
        { sessionTarget(first, "keep-alive"), empty, "keep-alive" },
        { validateTarget, 200, "validate" },
        { sessionTarget(first, "complete"), empty, "complete" },
        { sessionTarget(second, "cancel"), empty, "cancel" },
        // fail needs client_error_message: a prompt 400 INVALID_ARGUMENT, not a wait.
        { sessionTarget(third, "fail"), 400, "fail" },
    };

    // All steps over one keep-alive connection: each body-less request must leave the stream in
    // step for the next one.
    RawHttpConnection conn(sim.baseUrl());
    QString error;
    QVERIFY2(conn.open(kAnswerMs, &error), qPrintable(error));
    QList<QByteArray> headers = framingHeaders(framing);
    headers << "vmware-api-session-id: " + c.token().toUtf8();
    for (const Step &step : steps) {
        const RawResponse r = conn.exchange(
            conn.request("POST", step.target, headers, framingBody(framing)), kAnswerMs);
        QVERIFY2(r.status == step.status,
                 qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(step.what), describe(r))));
        if (step.status == 400)
            QVERIFY2(r.body.contains("INVALID_ARGUMENT") && r.body.contains("client_error_message"),
                     r.body.constData());
    }
    QCOMPARE(c.getSession(first).value(QLatin1String("state")).toString(), QStringLiteral("DONE"));
    QCOMPARE(c.getSession(second).value(QLatin1String("state")).toString(),
             QStringLiteral("CANCELED"));
    QCOMPARE(c.getSession(third).value(QLatin1String("state")).toString(),
             QStringLiteral("ACTIVE"));

    // Logout (DELETE) without a body, then the token is gone.
    const RawResponse logout =
        conn.exchange(conn.request("DELETE", rest ? "/rest/com/vmware/cis/session" : "/api/session",
                                   headers, framingBody(framing)),
                      kAnswerMs);
    QVERIFY2(logout.status == empty, qPrintable(describe(logout)));
    QCOMPARE(c.call("GET", QStringLiteral("/api/session")).status, 401);
}

void TestSimRawHttp::uploadWithoutLengthRefusedAtOnce()
{
    SimulatorProcess sim;
    QVERIFY2(sim.start(), qPrintable(sim.errorString()));
    SimClient c(sim);
    QVERIFY(c.login());
    const QString sid =
        c.createSession(c.createItem(c.createLibrary(QStringLiteral("L")), QStringLiteral("i")));
    const QJsonObject file =
        c.addFile(sid,
                  QJsonObject { { QStringLiteral("name"), QStringLiteral("x.iso") },
                                { QStringLiteral("source_type"), QStringLiteral("PUSH") },
                                { QStringLiteral("size"), 5 } });
    const QUrl uri(file.value(QLatin1String("upload_endpoint"))
                       .toObject()
                       .value(QLatin1String("uri"))
                       .toString());
    RawHttpConnection conn(sim.baseUrl());
    QString error;
    QVERIFY2(conn.open(kAnswerMs, &error), qPrintable(error));
    const QByteArray target = uri.path(QUrl::FullyEncoded).toUtf8();
    // No length: a zero-length body, refused with 411 at once (not read until EOF).
    const RawResponse refused = conn.exchange(conn.request("PUT", target, {}), kAnswerMs);
    QVERIFY2(refused.status == 411, qPrintable(describe(refused)));
    QVERIFY(refused.body.contains("upload_length_required"));
    QCOMPARE(c.getFile(sid, QStringLiteral("x.iso")).value(QLatin1String("status")).toString(),
             QStringLiteral("WAITING_FOR_TRANSFER"));
    // The same connection then carries the real upload.
    const RawResponse sent =
        conn.exchange(conn.request("PUT", target, { "Content-Length: 5" }, "hello"), kAnswerMs);
    QVERIFY2(sent.status == 200, qPrintable(describe(sent)));
    QCOMPARE(c.getFile(sid, QStringLiteral("x.iso")).value(QLatin1String("status")).toString(),
             QStringLiteral("READY"));
}

void TestSimRawHttp::unknownTransferCodingRefused()
{
    SimulatorProcess sim;
    QVERIFY2(sim.start(), qPrintable(sim.errorString()));
    RawHttpConnection conn(sim.baseUrl());
    QString error;
    QVERIFY2(conn.open(kAnswerMs, &error), qPrintable(error));
    // A coding whose end we cannot find: 501 (RFC 9112 §6.1) naming it, instead of a wait.
    const RawResponse r = conn.exchange(
        conn.request("POST", "/api/session", { "Transfer-Encoding: gzip", basicAuth(sim) }),
        kAnswerMs);
    QVERIFY2(r.status == 501, qPrintable(describe(r)));
    QVERIFY2(r.body.contains("Transfer-Encoding gzip is not supported"), r.body.constData());
}

void TestSimRawHttp::curlLoginAsDocumented()
{
    const QString curl = QStandardPaths::findExecutable(QStringLiteral("curl"));
    if (curl.isEmpty())
        QSKIP("curl is not installed (scripts/lib.sh installs it on CI)");
    SimulatorProcess sim;
    QVERIFY2(sim.start(), qPrintable(sim.errorString()));
    // Exactly VMware's documented login: -X POST, no body, no Content-Length.
    QProcess p;
    p.start(curl,
            { QStringLiteral("-k"), QStringLiteral("-sS"), QStringLiteral("--max-time"),
              QString::number(kAnswerMs / 1000), QStringLiteral("-u"),
              sim.username() + QLatin1Char(':') + sim.password(), QStringLiteral("-X"),
              QStringLiteral("POST"), sim.baseUrl().toString() + QStringLiteral("/api/session") });
    QVERIFY(p.waitForFinished(kAnswerMs + 5000));
    QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    const QByteArray out = p.readAllStandardOutput();
    const QString token = QJsonDocument::fromJson("[" + out + "]").array().first().toString();
    QVERIFY2(!token.isEmpty(), out.constData());
    SimClient c(sim);
    c.setToken(token);
    const SimReply me = c.call("GET", QStringLiteral("/api/session"));
    QCOMPARE(me.status, 200);
    QCOMPARE(me.obj().value(QLatin1String("user")).toString(), sim.username());
}

QTEST_GUILESS_MAIN(TestSimRawHttp)
#include "TestSimRawHttp.moc"
