#include "../core/LoopbackServer.h"

#include <QProcess>
#include <QtTest>

using clu::test::LoopbackServer;

// The real cl-uploader-cli against a hostile loopback server (issue 10 #1, #4): server text with
// terminal control sequences is printed neutralised in text output and exact in --json, and a
// plain http:// CLU_URL is refused unless CLU_ALLOW_HTTP=1.
class TestCliHostile : public QObject
{
    Q_OBJECT
private:
    struct Run
    {
        int code;
        QByteArray out;
        QByteArray err;
    };

    static QByteArray hostileName() { return "\x1b]0;pwned\x07\x1b[2Jlib"; }

    void serveLibrary(LoopbackServer &s)
    {
        const QByteArray lib = "{\"id\":\"lib1\",\"name\":\"\\u001b]0;pwned\\u0007\\u001b[2Jlib\","
                               "\"type\":\"LOCAL\",\"storage_backings\":[]}";
        s.responses = { LoopbackServer::http(201, "\"tok1\""), LoopbackServer::http(200, "[\"lib1\"]"),
                        LoopbackServer::http(200, lib), LoopbackServer::http(204, "") };
    }

    Run run(const QStringList &args, const QUrl &url, bool allowHttp)
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("CLU_URL"), url.toString());
        e.insert(QStringLiteral("CLU_USERNAME"), QStringLiteral("u"));
        e.insert(QStringLiteral("CLU_PASSWORD"), QStringLiteral("p"));
        e.remove(QStringLiteral("CLU_ALLOW_HTTP"));
        if (allowHttp)
            e.insert(QStringLiteral("CLU_ALLOW_HTTP"), QStringLiteral("1"));
        QProcess p;
        p.setProcessEnvironment(e);
        p.start(qEnvironmentVariable("CLU_CLI"), args);
        // The server lives in this thread: keep its event loop turning while the CLI runs.
        const bool ended = QTest::qWaitFor([&]() { return p.state() == QProcess::NotRunning; }, 30000);
        if (!ended)
            p.kill();
        return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
                 p.readAllStandardError() };
    }

private slots:
    void controlCharactersNeutralisedInText()
    {
        LoopbackServer s;
        QVERIFY(s.listen());
        serveLibrary(s);
        const Run r = run({ QStringLiteral("libraries") }, s.url(), true);
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY2(!r.out.contains('\x1b') && !r.out.contains('\x07'), r.out.constData());
        QVERIFY2(r.out.contains("\\x1b]0;pwned\\x07\\x1b[2Jlib"), r.out.constData());
        QVERIFY(r.err.contains("CLU_ALLOW_HTTP=1")); // the lab switch is not silent
    }

    // Server error messages reach stderr neutralised as well.
    void controlCharactersNeutralisedInErrors()
    {
        LoopbackServer s;
        QVERIFY(s.listen());
        const QByteArray error = "{\"error_type\":\"INVALID_ARGUMENT\",\"messages\":[{\"id\":\"x\","
                                 "\"default_message\":\"bad \\u001b]0;pwned\\u0007\\u001b[2J\","
                                 "\"args\":[]}]}";
        s.responses = { LoopbackServer::http(201, "\"tok1\""), LoopbackServer::http(400, error) };
        s.fallback = LoopbackServer::http(204, "");
        const Run r = run({ QStringLiteral("libraries") }, s.url(), true);
        QVERIFY(r.code != 0);
        QVERIFY2(!r.err.contains('\x1b') && !r.err.contains('\x07'), r.err.constData());
        QVERIFY2(r.err.contains("bad \\x1b]0;pwned\\x07\\x1b[2J"), r.err.constData());
    }

    void jsonOutputStaysExact()
    {
        LoopbackServer s;
        QVERIFY(s.listen());
        serveLibrary(s);
        const Run r = run({ QStringLiteral("--json"), QStringLiteral("libraries") }, s.url(), true);
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonArray a = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(a.size(), 1);
        QCOMPARE(a.at(0).toObject().value(QLatin1String("name")).toString().toUtf8(), hostileName());
    }

    void plainHttpRefusedWithoutLabSwitch()
    {
        LoopbackServer s;
        QVERIFY(s.listen());
        serveLibrary(s);
        const Run r = run({ QStringLiteral("libraries") }, s.url(), false);
        QCOMPARE(r.code, 2); // usage
        QVERIFY2(r.err.contains("CLU_ALLOW_HTTP=1"), r.err.constData());
        QCOMPARE(s.connections(), 0); // not even the password went out
    }
};

QTEST_GUILESS_MAIN(TestCliHostile)
#include "TestCliHostile.moc"
