// --version and --help of all three shipped executables, run as real processes. The GUI's must
// work with no display at all, so the environment is stripped of any platform hints.
#include "CluVersion.h"

#include <QLibraryInfo>
#include <QProcess>
#include <QTranslator>
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

    // `locale` is what LANG says; LANGUAGE and LC_* are cleared so the machine's own settings
    // cannot change which language the texts under test come out in.
    static Run run(const QString &program, const QStringList &args,
                   const QString &locale = QStringLiteral("C.UTF-8"))
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        for (const QString &k : env.keys()) {
            if (k == QLatin1String("LANGUAGE") || k.startsWith(QLatin1String("LC_")))
                env.remove(k);
        }
        env.insert(QStringLiteral("LANG"), locale);
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

    // What the catalogue of `code` makes of the --lang help line, whitespace collapsed (the
    // parser wraps long lines).
    static QString langHelpIn(const QString &code, const char *context)
    {
        QTranslator t;
        if (!t.load(QStringLiteral(":/i18n/cl-uploader_%1.qm").arg(code)))
            return {};
        const QString text =
            t.translate(context, "User interface language: %1. Default: the system language.");
        return text.isEmpty() ? QString() : text.arg(QStringLiteral("de, en, fr, ja, zh_CN"));
    }

    static QString frontEndContext(const QString &program)
    {
        return program == QString::fromUtf8(CLU_GUI_PATH) ? QStringLiteral("GuiOptions")
                                                          : QStringLiteral("CliOptions");
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

    void frontEndsFollowLangAndTheSystemLocale_data()
    {
        QTest::addColumn<QString>("program");
        QTest::newRow("cl-uploader") << QString::fromUtf8(CLU_GUI_PATH);
        QTest::newRow("cl-uploader-cli") << qEnvironmentVariable("CLU_CLI");
    }
    void frontEndsFollowLangAndTheSystemLocale()
    {
        QFETCH(QString, program);
        const QByteArray context = frontEndContext(program).toLatin1();

        // Without a choice, C/POSIX means English.
        Run r = run(program, { QStringLiteral("--help") });
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.simplified().contains(QStringLiteral(
                     "User interface language: de, en, fr, ja, zh_CN. Default: the system "
                     "language.")),
                 qPrintable(r.out));

        // --lang picks the catalogue, for our texts and Qt's.
        const QString german = langHelpIn(QStringLiteral("de"), context);
        QVERIFY2(!german.isEmpty(), "the German catalogue lacks the --lang help");
        r = run(program,
                { QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("--help") });
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.simplified().contains(german.simplified()), qPrintable(r.out));
        if (QFile::exists(QLibraryInfo::path(QLibraryInfo::TranslationsPath)
                          + QStringLiteral("/qtbase_de.qm")))
            QVERIFY2(r.out.contains(QStringLiteral("Zeigt Versionsinformation an.")),
                     qPrintable(r.out));

        // The system locale when --lang is absent, and --lang wins over it.
        const QString french = langHelpIn(QStringLiteral("fr"), context);
        QVERIFY2(!french.isEmpty(), "the French catalogue lacks the --lang help");
        r = run(program, { QStringLiteral("--help") }, QStringLiteral("fr_FR.UTF-8"));
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.simplified().contains(french.simplified()), qPrintable(r.out));
        r = run(program, { QStringLiteral("--lang=de"), QStringLiteral("--help") },
                QStringLiteral("fr_FR.UTF-8"));
        QVERIFY2(r.out.simplified().contains(german.simplified()), qPrintable(r.out));

        // A language that is not shipped is a usage error that names it and the choices.
        r = run(program,
                { QStringLiteral("--lang"), QStringLiteral("tlh"), QStringLiteral("--help") });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("\"tlh\""))
                     && r.err.contains(QStringLiteral("zh_CN")),
                 qPrintable(r.err));
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
