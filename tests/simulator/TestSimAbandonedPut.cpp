// cl-simulator's answer to a data PUT it abandons while the bytes stream in: the session was
// canceled, failed or expired, or the file was removed or added again. The uploader is the real
// curl binary (a client we did not write); each case must say what happened, with vCenter's
// status for it, never a transport-level "Pipe closed".
#include "SimClient.h"
#include "SimulatorProcess.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryFile>
#include <QtTest>

using namespace clu::test;

class TestSimAbandonedPut : public QObject
{
    Q_OBJECT
private slots:
    void answerSaysWhatHappened_data();
    void answerSaysWhatHappened();
};

void TestSimAbandonedPut::answerSaysWhatHappened_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("errorType");
    QTest::addColumn<QString>("text");
    QTest::newRow("cancel") << "cancel" << 400 << "NOT_ALLOWED_IN_CURRENT_STATE"
                            << "was canceled during the transfer of slow.bin";
    QTest::newRow("fail") << "fail" << 400 << "NOT_ALLOWED_IN_CURRENT_STATE"
                          << "went to ERROR during the transfer of slow.bin (operator gave up)";
    QTest::newRow("expire") << "expire" << 404 << "NOT_FOUND"
                            << "expired during the transfer of slow.bin";
    QTest::newRow("remove") << "remove" << 404 << "NOT_FOUND"
                            << "File slow.bin was removed from update session";
    QTest::newRow("add again") << "add again" << 400 << "NOT_ALLOWED_IN_CURRENT_STATE"
                               << "File slow.bin was added to update session";
}

void TestSimAbandonedPut::answerSaysWhatHappened()
{
    QFETCH(QString, action);
    QFETCH(int, status);
    QFETCH(QString, errorType);
    QFETCH(QString, text);
    const QString curl = QStandardPaths::findExecutable(QStringLiteral("curl"));
    if (curl.isEmpty())
        QSKIP("curl is not installed (scripts/lib.sh installs it on CI)");

    SimulatorProcess sim;
    QVERIFY2(sim.start(), qPrintable(sim.errorString()));
    SimClient c(sim);
    QVERIFY(c.login());
    const QString sid =
        c.createSession(c.createItem(c.createLibrary(QStringLiteral("L")), QStringLiteral("i")));
    QVERIFY(!sid.isEmpty());
    const qint64 size = 4 * 1024 * 1024;
    const QJsonObject spec { { QStringLiteral("name"), QStringLiteral("slow.bin") },
                             { QStringLiteral("source_type"), QStringLiteral("PUSH") },
                             { QStringLiteral("size"), size } };
    const QString uri = c.addFile(sid, spec)
                            .value(QLatin1String("upload_endpoint"))
                            .toObject()
                            .value(QLatin1String("uri"))
                            .toString();
    QVERIFY(!uri.isEmpty());
    QTemporaryFile data;
    QVERIFY(data.open());
    QVERIFY(data.write(QByteArray(size, 'z')) == size);
    data.close();
    // Slow enough that the action lands while bytes arrive; the rest is discarded at full speed.
    sim.control("POST", QStringLiteral("/control/throttle"),
                { { QStringLiteral("bytes_per_second"), 512 * 1024 } });
    QVERIFY(sim.lastControlOk());

    QProcess put;
    put.start(curl,
              { QStringLiteral("-k"), QStringLiteral("-sS"), QStringLiteral("--max-time"),
                QStringLiteral("60"), QStringLiteral("-T"), data.fileName(), QStringLiteral("-w"),
                QStringLiteral("\n%{http_code}"), uri });
    QVERIFY(put.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(c.getFile(sid, QStringLiteral("slow.bin"))
                                     .value(QLatin1String("bytes_transferred"))
                                     .toInteger()
                                 > 0,
                             20000);

    const QString session = SimClient::sessionPath(sid);
    if (action == QLatin1String("cancel")) {
        QCOMPARE(c.call("POST", session + QStringLiteral("?action=cancel")).status, 204);
    } else if (action == QLatin1String("fail")) {
        QCOMPARE(c.call("POST", session + QStringLiteral("?action=fail"),
                        QJsonObject { { QStringLiteral("client_error_message"),
                                        QStringLiteral("operator gave up") } })
                     .status,
                 204);
    } else if (action == QLatin1String("expire")) {
        sim.control("POST", QStringLiteral("/control/expire-session"),
                    { { QStringLiteral("session_id"), sid } });
        QVERIFY2(sim.lastControlOk(), qPrintable(sim.lastControlError()));
    } else if (action == QLatin1String("remove")) {
        QCOMPARE(c.call("DELETE", session + QStringLiteral("/file/slow.bin")).status, 204);
    } else {
        QCOMPARE(c.call("POST", session + QStringLiteral("/file"), spec).status, 201);
    }

    QVERIFY(put.waitForFinished(60000));
    QVERIFY2(put.exitCode() == 0, put.readAllStandardError().constData());
    const QByteArray out = put.readAllStandardOutput();
    const qsizetype nl = out.lastIndexOf('\n');
    QCOMPARE(out.mid(nl + 1).toInt(), status);
    const QJsonObject body = QJsonDocument::fromJson(out.left(nl)).object();
    QCOMPARE(body.value(QLatin1String("error_type")).toString(), errorType);
    const QString message = body.value(QLatin1String("messages"))
                                .toArray()
                                .first()
                                .toObject()
                                .value(QLatin1String("default_message"))
                                .toString();
    QVERIFY2(message.contains(text), qPrintable(message));
    QVERIFY2(!message.contains(QLatin1String("Pipe closed")), qPrintable(message));
    if (status == 400 && action != QLatin1String("add again"))
        QVERIFY(message.contains(QLatin1String("received bytes were discarded")));
}

QTEST_GUILESS_MAIN(TestSimAbandonedPut)
#include "TestSimAbandonedPut.moc"
