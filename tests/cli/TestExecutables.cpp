// --version and --help of all three shipped executables, run as real processes. The GUI's must
// work with no display at all, so the environment is stripped of any platform hints.
#include "CluVersion.h"

#include <QProcess>
#include <QtTest>

class TestExecutables : public QObject
{
    Q_OBJECT
private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    static Run run(const QString &program, const QStringList &args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        p.setProcessEnvironment(env);
        p.start(program, args);
        if (!p.waitForFinished(30000)) {
            p.kill();
            return {};
        }
        return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                 QString::fromUtf8(p.readAllStandardOutput()),
                 QString::fromUtf8(p.readAllStandardError()) };
    }

    static QStringList programs()
    {
        return { QString::fromUtf8(CLU_GUI_PATH), qEnvironmentVariable("CLU_CLI"),
                 qEnvironmentVariable("CLU_SIMULATOR") };
    }

private slots:
    void versionOfEveryExecutable_data()
    {
        QTest::addColumn<QString>("program");
        for (const QString &p : programs())
            QTest::newRow(qPrintable(QFileInfo(p).fileName())) << p;
    }
    void versionOfEveryExecutable()
    {
        QFETCH(QString, program);
        QVERIFY2(QFileInfo(program).isExecutable(), qPrintable(program));
        const Run r = run(program, { QStringLiteral("--version") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral(CLU_VERSION_STRING)), qPrintable(r.out));
    }

    void helpOfEveryExecutable_data() { versionOfEveryExecutable_data(); }
    void helpOfEveryExecutable()
    {
        QFETCH(QString, program);
        const Run r = run(program, { QStringLiteral("--help") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("Usage:")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("--version")));
    }

    void cliVersionCommandAndUsageErrors()
    {
        const QString cli = qEnvironmentVariable("CLU_CLI");
        Run r = run(cli, { QStringLiteral("version") });
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral(CLU_VERSION_STRING)));

        r = run(cli, {});
        QCOMPARE(r.exitCode, 2); // usage
        QVERIFY2(r.err.contains(QStringLiteral("no command")), qPrintable(r.err));

        r = run(cli, { QStringLiteral("frobnicate") });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("unknown command \"frobnicate\"")),
                 qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestExecutables)
#include "TestExecutables.moc"
