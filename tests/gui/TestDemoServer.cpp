#include "demo/DemoServer.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using clu::gui::DemoServer;

class TestDemoServer : public QObject
{
    Q_OBJECT
private slots:
    void parsesTheStdoutContract()
    {
        DemoServer d;
        QVERIFY(!d.parseStartLines("cl-simulator listening on https://127.0.0.1:40123\n"));
        QVERIFY(
            !d.parseStartLines("cl-simulator listening on https://127.0.0.1:40123\n"
                               "cl-simulator credentials administrator@vsphere.local s3cr3t!\n"));
        QVERIFY(d.parseStartLines("cl-simulator listening on https://127.0.0.1:40123\n"
                                  "cl-simulator credentials administrator@vsphere.local s3cr3t!\n"
                                  "cl-simulator control on http://127.0.0.1:40124\n"
                                  "cl-simulator data directory /tmp/cl-simulator-AbC123\n"));
        QCOMPARE(d.dataDir(), QStringLiteral("/tmp/cl-simulator-AbC123"));
        QCOMPARE(d.baseUrl(), QUrl(QStringLiteral("https://127.0.0.1:40123")));
        QCOMPARE(d.username(), QStringLiteral("administrator@vsphere.local"));
        QCOMPARE(d.password(), QStringLiteral("s3cr3t!"));
    }

    void missingExecutableIsAClearError()
    {
        DemoServer d;
        d.setExecutable(QStringLiteral("/nonexistent/cl-simulator"));
        QSignalSpy failed(&d, &DemoServer::failed);
        QSignalSpy started(&d, &DemoServer::started);
        d.start();
        QVERIFY(failed.wait(10000));
        QCOMPARE(started.count(), 0);
        const QString msg = failed.at(0).at(0).toString();
        QVERIFY2(msg.contains(QStringLiteral("/nonexistent/cl-simulator")), qPrintable(msg));
        QVERIFY(!d.isRunning());
    }

    void serverThatExitsEarlyReportsItsStderr()
    {
        QTemporaryDir dir;
        const QString script = dir.filePath(QStringLiteral("fake-sim.sh"));
        QFile f(script);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("#!/bin/sh\necho 'cannot bind 127.0.0.1:0: permission denied' >&2\nexit 3\n");
        f.close();
        f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        DemoServer d;
        d.setExecutable(script);
        QSignalSpy failed(&d, &DemoServer::failed);
        d.start();
        QVERIFY(failed.wait(10000));
        const QString msg = failed.at(0).at(0).toString();
        QVERIFY2(msg.contains(QStringLiteral("exited with code 3")), qPrintable(msg));
        QVERIFY2(msg.contains(QStringLiteral("permission denied")), qPrintable(msg));
    }

    void silentServerTimesOut()
    {
        QTemporaryDir dir;
        const QString script = dir.filePath(QStringLiteral("silent.sh"));
        QFile f(script);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("#!/bin/sh\nexec sleep 30\n");
        f.close();
        f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        DemoServer d;
        d.setExecutable(script);
        d.setStartTimeout(1000);
        QSignalSpy failed(&d, &DemoServer::failed);
        d.start();
        QVERIFY(failed.wait(10000));
        QVERIFY(failed.at(0).at(0).toString().contains(QStringLiteral("did not report")));
        QVERIFY(!d.isRunning());
    }
};

QTEST_GUILESS_MAIN(TestDemoServer)
#include "TestDemoServer.moc"
