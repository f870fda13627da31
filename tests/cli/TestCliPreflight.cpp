// `cl-uploader-cli preflight` as a real process on packages made by qemu-img, GNU tar and the
// openssl tool: the checklist text, --json, exit codes (0, 10, 2), warnings and
// --allow-preflight-warnings. Then `upload` of a broken package against the real cl-simulator:
// exit 10 and the simulator's request log shows no update session was ever asked for. And a
// 403 from the simulator's --readonly-users names the missing vCenter privilege.
#include "SimulatorProcess.h"
#include "VmdkFixtures.h"
#include "net/TlsPolicy.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

using clu::test::SimulatorProcess;
using namespace fixtures;

namespace {
// The counts in the checklist's closing verdict (`pattern` with "(\d+)" groups, each noun
// written as in the source text, "failure(s)", or in English plural form, "failures"), or an
// empty list when no line matches.
QList<int> verdictCounts(const QString &out, QString pattern)
{
    for (const char *noun : { "check", "failure", "warning" })
        pattern.replace(QStringLiteral("%1(s)").arg(QLatin1String(noun)),
                        QStringLiteral("%1(?:s|\\(s\\))?").arg(QLatin1String(noun)));
    const QRegularExpressionMatch m =
        QRegularExpression(QLatin1Char('^') + pattern + QLatin1Char('$'),
                           QRegularExpression::MultilineOption)
            .match(out);
    QList<int> counts;
    for (int i = 1; m.hasMatch() && i <= m.lastCapturedIndex(); ++i)
        counts << m.captured(i).toInt();
    return counts;
}

// How many checklist lines have `status` ("PASS", "WARN", "FAIL").
int linesWith(const QString &out, const QString &status)
{
    return int(out.count(QRegularExpression(QStringLiteral("^%1  ").arg(status),
                                            QRegularExpression::MultilineOption)));
}
} // namespace

class TestCliPreflight : public QObject
{
    Q_OBJECT

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
        QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
    };

    QTemporaryDir m_dir;
    std::unique_ptr<SimulatorProcess> m_sim;
    QString m_good; // vm.ovf of a good package
    QString m_sparse; // vm.ovf with a monolithicSparse disk
    QString m_spaced; // vm.ovf whose manifest only warns
    QString m_library;

    QProcessEnvironment env(const QString &user = {}, const QString &password = {}) const
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.remove(QStringLiteral("CLU_URL"));
        e.remove(QStringLiteral("QT_LOGGING_RULES"));
        if (m_sim) {
            e.insert(QStringLiteral("CLU_URL"), m_sim->baseUrl().toString());
            e.insert(QStringLiteral("CLU_USERNAME"), user.isEmpty() ? m_sim->username() : user);
            e.insert(QStringLiteral("CLU_PASSWORD"),
                     password.isEmpty() ? m_sim->password() : password);
            e.insert(QStringLiteral("CLU_THUMBPRINT"),
                     clu::TlsPolicy::sha256(m_sim->certificate()));
        }
        return e;
    }
    Run run(const QStringList &args, const QProcessEnvironment &e)
    {
        QProcess p;
        p.setProcessEnvironment(e);
        p.start(qEnvironmentVariable("CLU_CLI"), args);
        if (!p.waitForFinished(120000)) {
            p.kill();
            p.waitForFinished();
            return {};
        }
        return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                 QString::fromUtf8(p.readAllStandardOutput()),
                 QString::fromUtf8(p.readAllStandardError()) };
    }
    Run run(const QStringList &args) { return run(args, env()); }

    // vm.ovf + disk.vmdk (+ vm.mf with `manifestSeparator` between ")=" and the digest).
    QString package(const QString &name, const QStringList &qemuOptions,
                    const QByteArray &manifestSeparator, const QString &format = {})
    {
        const QString dir = m_dir.filePath(name);
        QDir().mkpath(dir);
        const QString disk = dir + QLatin1String("/disk.vmdk");
        QStringList args { QStringLiteral("convert"), QStringLiteral("-f"), QStringLiteral("raw"),
                           QStringLiteral("-O"), QStringLiteral("vmdk") };
        args << qemuOptions << m_dir.filePath(QStringLiteral("raw.img")) << disk;
        const QString err = qemuImg(args);
        if (!err.isEmpty())
            qWarning() << err;
        const QByteArray ovf = format.isEmpty()
            ? ovfFor(QStringLiteral("disk.vmdk"), QFileInfo(disk).size(), QStringLiteral("4"),
                     QStringLiteral("byte * 2^20"))
            : ovfFor(QStringLiteral("disk.vmdk"), QFileInfo(disk).size(), QStringLiteral("4"),
                     QStringLiteral("byte * 2^20"), format);
        writeAll(dir + QLatin1String("/vm.ovf"), ovf);
        const auto hex = [](const QByteArray &d) {
            return QCryptographicHash::hash(d, QCryptographicHash::Sha256).toHex();
        };
        writeAll(dir + QLatin1String("/vm.mf"),
                 "SHA256(vm.ovf)" + manifestSeparator + hex(ovf) + "\nSHA256(disk.vmdk)"
                     + manifestSeparator + hex(readAll(disk)) + "\n");
        return dir + QLatin1String("/vm.ovf");
    }

    QJsonArray requests()
    {
        return m_sim->control("GET", QStringLiteral("/control/requests")).array();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(haveQemuImg());
        QVERIFY(m_dir.isValid());
        writeAll(m_dir.filePath(QStringLiteral("raw.img")), rawImage(4));
        m_good =
            package(QStringLiteral("good"),
                    { QStringLiteral("-o"), QStringLiteral("subformat=streamOptimized") }, "= ");
        m_sparse = package(QStringLiteral("sparse"), {}, "= ",
                           QStringLiteral("http://www.vmware.com/specifications/vmdk.html#sparse"));
        m_spaced =
            package(QStringLiteral("spaced"),
                    { QStringLiteral("-o"), QStringLiteral("subformat=streamOptimized") }, "=");
    }

    void goodPackageText()
    {
        const Run r = run({ QStringLiteral("preflight"), m_good });
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(QStringLiteral(
                     "PASS  disk.vmdk: embedded descriptor: createType=\"streamOptimized\"")),
                 qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("Preflight: passed")));
        QVERIFY(!r.out.contains(QStringLiteral("FAIL")));
        QCOMPARE(verdictCounts(r.out,
                               QStringLiteral(R"(Preflight: passed \((\d+) check(s), (\d+) )"
                                              R"(warning(s) allowed\)\.)")),
                 QList<int>({ linesWith(r.out, QStringLiteral("PASS"))
                                  + linesWith(r.out, QStringLiteral("WARN")),
                              linesWith(r.out, QStringLiteral("WARN")) }));
    }

    void brokenPackageTextAndJson()
    {
        Run r = run({ QStringLiteral("preflight"), m_sparse });
        QCOMPARE(r.exitCode, 10);
        QVERIFY2(
            r.out.contains(QStringLiteral(
                "FAIL  disk.vmdk: the embedded descriptor says createType=\"monolithicSparse\"")),
            qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("an upload would stop here")));
        QVERIFY(linesWith(r.out, QStringLiteral("FAIL")) > 0);
        QCOMPARE(verdictCounts(r.out,
                               QStringLiteral(R"(Preflight: (\d+) failure(s), (\d+) warning(s): )"
                                              R"(an upload would stop here\.)")),
                 QList<int>({ linesWith(r.out, QStringLiteral("FAIL")),
                              linesWith(r.out, QStringLiteral("WARN")) }));

        r = run({ QStringLiteral("--json"), QStringLiteral("preflight"), m_sparse });
        QCOMPARE(r.exitCode, 10);
        const QJsonObject o = r.json();
        QCOMPARE(o.value(QLatin1String("ok")).toBool(), false);
        QCOMPARE(o.value(QLatin1String("blocks_upload")).toBool(), true);
        QCOMPARE(o.value(QLatin1String("exit_code")).toInt(), 10);
        QStringList failed;
        for (const QJsonValue &v : o.value(QLatin1String("checks")).toArray())
            if (v.toObject().value(QLatin1String("status")).toString() == QLatin1String("fail"))
                failed << v.toObject().value(QLatin1String("id")).toString();
        QVERIFY2(failed.contains(QStringLiteral("disk-format")), qPrintable(failed.join(',')));
        QVERIFY(failed.contains(QStringLiteral("vmdk-create-type")));
        QVERIFY(failed.contains(QStringLiteral("vmdk-flags")));
        QVERIFY(failed.contains(QStringLiteral("vmdk-compression")));
    }

    void issueFaults_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<QString>("check");
        QTest::addColumn<QString>("words");
        for (const Fault &f : fixtures::issueFaults())
            QTest::newRow(f.name) << QString::fromLatin1(f.name) << QString::fromLatin1(f.check)
                                  << QString::fromLatin1(f.words);
    }
    void issueFaults()
    {
        // Each failure of issue 11, as the text checklist and as --json: exit 10.
        QFETCH(QString, fault);
        QFETCH(QString, check);
        QFETCH(QString, words);
        const QString ovf = faultyPackage(m_dir.filePath(QStringLiteral("fault-") + fault), fault);
        Run r = run({ QStringLiteral("preflight"), ovf });
        QCOMPARE(r.exitCode, 10);
        QVERIFY2(r.out.contains(QStringLiteral("FAIL  ")) && r.out.contains(words),
                 qPrintable(r.out));
        r = run({ QStringLiteral("--json"), QStringLiteral("preflight"), ovf });
        QCOMPARE(r.exitCode, 10);
        bool found = false;
        for (const QJsonValue &v : r.json().value(QLatin1String("checks")).toArray()) {
            const QJsonObject c = v.toObject();
            found = found
                || (c.value(QLatin1String("id")).toString() == check
                    && c.value(QLatin1String("status")).toString() == QLatin1String("fail")
                    && c.value(QLatin1String("reason")).toString().contains(words));
        }
        QVERIFY2(found, qPrintable(r.out));
        QCOMPARE(r.json().value(QLatin1String("blocks_upload")).toBool(), true);
    }

    void warningsAndTheirOverride()
    {
        Run r = run({ QStringLiteral("preflight"), m_spaced });
        QCOMPARE(r.exitCode, 10);
        QVERIFY2(r.out.contains(QStringLiteral("WARN  vm.mf:")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("--allow-preflight-warnings")));
        const int warned = linesWith(r.out, QStringLiteral("WARN"));
        QVERIFY(warned > 0);
        QCOMPARE(verdictCounts(r.out,
                               QStringLiteral(R"(Preflight: (\d+) failure(s), (\d+) warning(s): )"
                                              R"(an upload would stop here \(--allow-preflight-)"
                                              R"(warnings lets warnings pass\)\.)")),
                 QList<int>({ 0, warned }));
        r = run({ QStringLiteral("preflight"), QStringLiteral("--allow-preflight-warnings"),
                  m_spaced });
        QVERIFY2(r.exitCode == 0, qPrintable(r.out));
        QCOMPARE(verdictCounts(r.out,
                               QStringLiteral(R"(Preflight: passed \((\d+) check(s), (\d+) )"
                                              R"(warning(s) allowed\)\.)"))
                     .value(1),
                 warned);
    }

    void usage()
    {
        QCOMPARE(run({ QStringLiteral("preflight") }).exitCode, 2);
        QCOMPARE(run({ QStringLiteral("libraries"), QStringLiteral("--allow-preflight-warnings") })
                     .exitCode,
                 2);
        // No server needed: CLU_URL is unset in env() until the simulator runs.
        const Run r =
            run({ QStringLiteral("preflight"), m_dir.filePath(QStringLiteral("missing.ovf")) });
        QCOMPARE(r.exitCode, 10);
        QVERIFY2(r.out.contains(QStringLiteral("missing.ovf")), qPrintable(r.out));
    }

    void uploadStopsBeforeAnySession()
    {
        m_sim = std::make_unique<SimulatorProcess>(QStringList {
            QStringLiteral("--seed"), QStringLiteral("demo"), QStringLiteral("--users"),
            QStringLiteral("administrator@vsphere.local:VMware1!,viewer@vsphere.local:View1!"),
            QStringLiteral("--readonly-users"), QStringLiteral("viewer@vsphere.local") });
        QVERIFY2(m_sim->start(), qPrintable(m_sim->errorString()));
        Run r = run({ QStringLiteral("--json"), QStringLiteral("libraries") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        for (const QJsonValue &v : QJsonDocument::fromJson(r.out.toUtf8()).array())
            if (v.toObject().value(QLatin1String("type")).toString() == QLatin1String("LOCAL"))
                m_library = v.toObject().value(QLatin1String("name")).toString();
        QVERIFY(!m_library.isEmpty());

        const QString item =
            QStringLiteral("pf-") + QUuid::createUuid().toString(QUuid::Id128).left(8);
        r = run({ QStringLiteral("--json"), QStringLiteral("upload"), QStringLiteral("--library"),
                  m_library, QStringLiteral("--item"), item, QStringLiteral("--create-item"),
                  m_sparse });
        QCOMPARE(r.exitCode, 10);
        const QJsonObject o = r.json();
        QCOMPARE(o.value(QLatin1String("stage")).toString(), QStringLiteral("preparing"));
        QVERIFY(o.value(QLatin1String("session_id")).toString().isEmpty());
        QCOMPARE(o.value(QLatin1String("preflight")).toObject().value(QLatin1String("ok")).toBool(),
                 false);
        QVERIFY2(r.err.contains(QStringLiteral("monolithicSparse")), qPrintable(r.err));
        for (const QJsonValue &v : requests()) {
            const QString path = v.toObject().value(QLatin1String("path")).toString();
            QVERIFY2(!path.contains(QLatin1String("update-session"))
                         && !path.contains(QLatin1String("updatesession")),
                     qPrintable(path));
        }
        // Refused before anything changed on the server: not even the item was created.
        r = run({ QStringLiteral("--json"), QStringLiteral("items"), m_library });
        QVERIFY2(!r.out.contains(item), qPrintable(r.out));
        // The good package goes through.
        r = run({ QStringLiteral("upload"), QStringLiteral("--library"), m_library,
                  QStringLiteral("--item"), item, QStringLiteral("--create-item"), m_good });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
    }

    void refusedCreateNamesThePrivilege()
    {
        QVERIFY(m_sim);
        const QProcessEnvironment viewer =
            env(QStringLiteral("viewer@vsphere.local"), QStringLiteral("View1!"));
        const QString plain = m_dir.filePath(QStringLiteral("notes.txt"));
        writeAll(plain, "notes");
        Run r = run({ QStringLiteral("upload"), QStringLiteral("--library"), m_library,
                      QStringLiteral("--item"), QStringLiteral("viewer-new"),
                      QStringLiteral("--create-item"), plain },
                    viewer);
        QVERIFY2(r.err.contains(QStringLiteral("Content library.Add library item")),
                 qPrintable(r.err));
        // An item the viewer may see but not update.
        const QString item = QStringLiteral("pf-own");
        r = run({ QStringLiteral("upload"), QStringLiteral("--library"), m_library,
                  QStringLiteral("--item"), item, QStringLiteral("--create-item"), plain });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = run({ QStringLiteral("upload"), QStringLiteral("--library"), m_library,
                  QStringLiteral("--item"), item, plain },
                viewer);
        QVERIFY2(r.err.contains(QStringLiteral("Content library.Update files")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("ContentLibrary.UpdateSession")), qPrintable(r.err));

        // On demand, before any upload: `preflight --library --item` probes the privilege.
        r = run({ QStringLiteral("preflight"), QStringLiteral("--library"), m_library,
                  QStringLiteral("--item"), item, m_good },
                viewer);
        QCOMPARE(r.exitCode, 10);
        QVERIFY2(r.out.contains(QStringLiteral("FAIL  pf-own: the account lacks the vCenter "
                                               "privilege \"Content library.Update files\"")),
                 qPrintable(r.out));
        // Adding items is probed as well (a probe item created and deleted in the library).
        QVERIFY2(r.out.contains(QStringLiteral("the account lacks the vCenter privilege "
                                               "\"Content library.Add library item\"")),
                 qPrintable(r.out));
        const auto itemCount = [&]() {
            return QJsonDocument::fromJson(
                       run({ QStringLiteral("--json"), QStringLiteral("items"), m_library })
                           .out.toUtf8())
                .array()
                .size();
        };
        const int itemsBefore = itemCount();
        const int sessionsBefore =
            QJsonDocument::fromJson(
                run({ QStringLiteral("--json"), QStringLiteral("sessions") }).out.toUtf8())
                .array()
                .size();
        r = run({ QStringLiteral("--json"), QStringLiteral("preflight"),
                  QStringLiteral("--library"), m_library, QStringLiteral("--item"), item, m_good });
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        bool probed = false;
        for (const QJsonValue &v : r.json().value(QLatin1String("checks")).toArray())
            probed = probed
                || (v.toObject().value(QLatin1String("id")).toString() == QLatin1String("privilege")
                    && v.toObject().value(QLatin1String("status")).toString()
                        == QLatin1String("pass"));
        QVERIFY2(probed, qPrintable(r.out));
        int passed = 0;
        for (const QJsonValue &v : r.json().value(QLatin1String("checks")).toArray())
            passed += v.toObject().value(QLatin1String("id")).toString() == QLatin1String("privilege")
                && v.toObject().value(QLatin1String("status")).toString() == QLatin1String("pass");
        QCOMPARE(passed, 2); // adding items and updating this one
        QCOMPARE(itemCount(), itemsBefore); // the probe item is gone again
        // The probe's session is gone again.
        r = run({ QStringLiteral("--json"), QStringLiteral("sessions") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), sessionsBefore);
        QCOMPARE(
            run({ QStringLiteral("preflight"), QStringLiteral("--item"), item, m_good }).exitCode,
            2);
    }
};

QTEST_GUILESS_MAIN(TestCliPreflight)
#include "TestCliPreflight.moc"
