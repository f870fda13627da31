// cl-uploader-cli as a real process against the real cl-simulator: every command, names or ids,
// --json, exit codes (auth, TLS, not found, busy, warnings), signed OVF stopped before the disks
// unless its warnings are ignored, and no progress noise when stderr is not a terminal.
#include "LoopbackSourceServer.h"
#include "SimulatorProcess.h"
#include "net/TlsPolicy.h"

#include "ovf/PackageBuilder.h"
#include "ovf/ProducerPackage.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

#include <csignal>
#include <sys/types.h>

using clu::test::SimulatorProcess;
namespace simovf = clu::sim::ovf;

class TestCliCommands : public QObject
{
    Q_OBJECT
private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
        QJsonDocument json() const { return QJsonDocument::fromJson(out.toUtf8()); }
    };

    std::unique_ptr<SimulatorProcess> m_sim;
    QTemporaryDir m_dir;
    QString m_library; // name of a LOCAL library

    QProcessEnvironment env(const QString &password = {}) const
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("CLU_URL"), m_sim->baseUrl().toString());
        e.insert(QStringLiteral("CLU_USERNAME"), m_sim->username());
        e.insert(QStringLiteral("CLU_PASSWORD"), password.isEmpty() ? m_sim->password() : password);
        e.insert(QStringLiteral("CLU_THUMBPRINT"), clu::TlsPolicy::sha256(m_sim->certificate()));
        e.remove(QStringLiteral("CLU_INSECURE"));
        e.remove(QStringLiteral("QT_LOGGING_RULES")); // the CLI's own default: no log lines
        return e;
    }

    Run run(const QStringList &args, const QProcessEnvironment &e, const QByteArray &stdinData = {})
    {
        QProcess p;
        p.setProcessEnvironment(e);
        p.start(qEnvironmentVariable("CLU_CLI"), args);
        if (!stdinData.isEmpty())
            p.write(stdinData);
        p.closeWriteChannel();
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

    QString file(const QString &name, int size)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(QByteArray(size, 'q'));
        return path;
    }

    static QString uniqueName(const char *prefix)
    {
        return QLatin1String(prefix) + QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
    }

private slots:
    void initTestCase()
    {
        m_sim = std::make_unique<SimulatorProcess>(
            QStringList { QStringLiteral("--seed"), QStringLiteral("demo") });
        QVERIFY2(m_sim->start(), qPrintable(m_sim->errorString()));
        const Run r = run({ QStringLiteral("libraries"), QStringLiteral("--json") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        for (const QJsonValue &v : r.json().array()) {
            if (v.toObject().value(QLatin1String("type")).toString() == QLatin1String("LOCAL")) {
                m_library = v.toObject().value(QLatin1String("name")).toString();
                break;
            }
        }
        QVERIFY2(!m_library.isEmpty(), qPrintable(r.out));
    }

    void init() { m_sim->control("POST", QStringLiteral("/control/reset")); }

    void librariesAndItemsByName()
    {
        Run r = run({ QStringLiteral("libraries") });
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith(QStringLiteral("NAME")));
        QVERIFY(r.out.contains(m_library));
        r = run({ QStringLiteral("items"), m_library });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = run({ QStringLiteral("items"), QStringLiteral("no such library") });
        QCOMPARE(r.exitCode, 5);
        QVERIFY2(r.err.contains(QStringLiteral("no such library")), qPrintable(r.err));
    }

    void uploadPlainFilesWithCreateItemJson()
    {
        const QString item = uniqueName("cli-files-");
        const QString a = file(QStringLiteral("one.bin"), 300000);
        const QString b = file(QStringLiteral("two.iso"), 1000);
        Run r = run({ QStringLiteral("upload"), QStringLiteral("--library"), m_library,
                      QStringLiteral("--item"), item, QStringLiteral("--create-item"),
                      QStringLiteral("--json"), QStringLiteral("--checksum"),
                      QStringLiteral("sha512"), a, b });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        const QJsonObject o = r.json().object();
        QCOMPARE(o.value(QLatin1String("ok")).toBool(), true);
        QCOMPARE(o.value(QLatin1String("item_created")).toBool(), true);
        QCOMPARE(o.value(QLatin1String("bytes_sent")).toInteger(), qint64(301000));
        QVERIFY(!o.value(QLatin1String("content_version")).toString().isEmpty());
        QVERIFY2(!r.err.contains(QLatin1Char('\r')),
                 "progress must not go to a non-terminal stderr");
        // The new item is there and holds both files; the item's type came from the names.
        r = run({ QStringLiteral("items"), m_library, QStringLiteral("--json") });
        bool found = false;
        for (const QJsonValue &v : r.json().array()) {
            if (v.toObject().value(QLatin1String("name")).toString() == item) {
                found = true;
                QCOMPARE(v.toObject().value(QLatin1String("type")).toString(),
                         QStringLiteral("iso"));
            }
        }
        QVERIFY(found);
        // Without --create-item a missing item is "not found".
        r = run({ QStringLiteral("upload"), QStringLiteral("--library"), m_library,
                  QStringLiteral("--item"), uniqueName("nope-"), a });
        QCOMPARE(r.exitCode, 5);
        QVERIFY2(r.err.contains(QStringLiteral("--create-item")), qPrintable(r.err));
    }

    // http(s):// arguments are fetched by vCenter; the https one needs --source-thumbprint.
    void uploadFromUrls()
    {
        const QByteArray data(150000, 'u');
        clu::test::LoopbackSourceServer http(clu::test::LoopbackSourceServer::Scheme::Http,
                                             QStringLiteral("from-http.iso"), data);
        clu::test::LoopbackSourceServer https(clu::test::LoopbackSourceServer::Scheme::Https,
                                              QStringLiteral("from-https.bin"), data);
        QVERIFY(http.isRunning() && https.isRunning());
        const QString item = uniqueName("cli-pull-");
        Run r = run({ QStringLiteral("upload"), QStringLiteral("--library"), m_library,
                      QStringLiteral("--item"), item, QStringLiteral("--create-item"),
                      QStringLiteral("--json"), QStringLiteral("--source-thumbprint"),
                      https.sha1Thumbprint().remove(QLatin1Char(':')).toLower(), http.url(),
                      https.url() });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        const QJsonObject o = r.json().object();
        QCOMPARE(o.value(QLatin1String("ok")).toBool(), true);
        QCOMPARE(o.value(QLatin1String("stage")).toString(), QStringLiteral("done"));
        r = run({ QStringLiteral("items"), m_library, QStringLiteral("--json") });
        bool found = false;
        for (const QJsonValue &v : r.json().array()) {
            const QJsonObject i = v.toObject();
            if (i.value(QLatin1String("name")).toString() != item)
                continue;
            found = true;
            QCOMPARE(i.value(QLatin1String("type")).toString(), QStringLiteral("iso"));
            QCOMPARE(i.value(QLatin1String("size")).toInteger(), qint64(2 * data.size()));
        }
        QVERIFY2(found, qPrintable(r.out));

        // Without the thumbprint the CLI says vCenter must trust the source, and vCenter refuses.
        r = run({ QStringLiteral("upload"), QStringLiteral("--library"), m_library,
                  QStringLiteral("--item"), uniqueName("cli-pull-"),
                  QStringLiteral("--create-item"), https.url() });
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains(QStringLiteral("without a certificate thumbprint")),
                 qPrintable(r.err));

        // A malformed thumbprint is a usage error before anything is sent.
        r = run({ QStringLiteral("upload"), QStringLiteral("--library"), m_library,
                  QStringLiteral("--item"), item, QStringLiteral("--source-thumbprint"),
                  QStringLiteral("12:34"), https.url() });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("12:34")), qPrintable(r.err));
    }

    void signedOvfStopsUnlessWarningsIgnored()
    {
        simovf::PackageSpec spec;
        spec.baseName = QStringLiteral("clisigned");
        spec.signing = simovf::PackageSigning::SelfSigned;
        spec.diskSizes = { 500000 };
        QString error;
        const auto pkg =
            simovf::PackageBuilder::build(spec, m_dir.filePath(QStringLiteral("signed")), &error);
        QVERIFY2(pkg, qPrintable(error));
        const QString item = uniqueName("cli-ovf-");
        Run r =
            run({ QStringLiteral("upload"), QStringLiteral("--library"), m_library,
                  QStringLiteral("--item"), item, QStringLiteral("--create-item"), pkg->ovfPath });
        QCOMPARE(r.exitCode, 8);
        QVERIFY2(r.out.contains(QStringLiteral("SELF_SIGNED_CERTIFICATE")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("Demo Package Signer")),
                 qPrintable(r.out)); // the certificate
        QVERIFY2(r.out.contains(QStringLiteral("SHA-256")), qPrintable(r.out));
        QVERIFY2(r.err.contains(QStringLiteral("canceled before any disk was sent")),
                 qPrintable(r.err));
        // The item this run created is deleted again, and the output says so.
        QVERIFY2(r.err.contains(QStringLiteral("has been deleted again")), qPrintable(r.err));
        QVERIFY(!run({ QStringLiteral("items"), m_library }).out.contains(item));

        // Only some of the warnings ignored: still stopped.
        r = run({ QStringLiteral("upload"), QStringLiteral("--library"), m_library,
                  QStringLiteral("--item"), item, QStringLiteral("--create-item"),
                  QStringLiteral("--ignore-warnings"), QStringLiteral("EXPIRED_CERTIFICATE"),
                  QStringLiteral("--json"), pkg->ovfPath });
        QCOMPARE(r.exitCode, 8);
        QCOMPARE(r.json().object().value(QLatin1String("item_created")).toBool(), true);
        QCOMPARE(r.json().object().value(QLatin1String("item_deleted")).toBool(), true);

        r = run({ QStringLiteral("upload"), QStringLiteral("--library"), m_library,
                  QStringLiteral("--item"), item, QStringLiteral("--create-item"),
                  QStringLiteral("--ignore-warnings"), QStringLiteral("all"),
                  QStringLiteral("--json"), pkg->ovfPath });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        QVERIFY(r.json().object().value(QLatin1String("preview")).isObject());
    }

    // Issue 14: what the printout says about a partly ignored preview, a broken signature
    // (since issue 11 found by preflight: exit 10 before any item or session exists, the
    // package and the .cert named) and a VirtualBox readme that is verified but not sent.
    void packageMessagesAndExitCodes()
    {
        simovf::PackageSpec spec;
        spec.baseName = QStringLiteral("partly");
        spec.diskSizes = { 4096 };
        QString error;
        const auto pkg =
            simovf::PackageBuilder::build(spec, m_dir.filePath(QStringLiteral("partly")), &error);
        QVERIFY2(pkg, qPrintable(error));
        Run r = run({ QStringLiteral("upload"), QStringLiteral("--library"), m_library,
                      QStringLiteral("--item"), uniqueName("cli-partly-"),
                      QStringLiteral("--create-item"), QStringLiteral("--ignore-warnings"),
                      QStringLiteral("SELF_SIGNED_CERTIFICATE"), pkg->ovfPath });
        QCOMPARE(r.exitCode, 8);
        QVERIFY2(r.out.contains(QStringLiteral("SELF_SIGNED_CERTIFICATE [ignored]"))
                     && r.out.contains(QStringLiteral("UNTRUSTED_CERTIFICATE [not ignored]")),
                 qPrintable(r.out));

        spec.baseName = QStringLiteral("tampered");
        spec.corruptSignature = true;
        const auto bad =
            simovf::PackageBuilder::build(spec, m_dir.filePath(QStringLiteral("tampered")), &error);
        QVERIFY2(bad, qPrintable(error));
        const QString tamperedItem = uniqueName("cli-tampered-");
        r = run({ QStringLiteral("upload"), QStringLiteral("--library"), m_library,
                  QStringLiteral("--item"), tamperedItem, QStringLiteral("--create-item"),
                  QStringLiteral("--ignore-warnings"), QStringLiteral("all"), bad->ovfPath });
        QCOMPARE(r.exitCode, 10);
        QVERIFY2(r.err.contains(bad->ovfPath) && r.err.contains(QStringLiteral("tampered.cert"))
                     && r.err.contains(QStringLiteral("signature does not verify"))
                     && r.err.count(QStringLiteral("ERROR")) <= 1
                     && !r.err.contains(QStringLiteral("com.vmware")),
                 qPrintable(r.err));
        // Refused before --create-item created anything.
        QCOMPARE(run({ QStringLiteral("items"), m_library }).out.contains(tamperedItem), false);

        simovf::ProducerSpec vbox;
        vbox.producer = simovf::Producer::VirtualBox;
        vbox.readme = true;
        const auto exported = simovf::ProducerPackageWriter::write(
            vbox, m_dir.filePath(QStringLiteral("vbox")), &error);
        QVERIFY2(exported, qPrintable(error));
        r = run({ QStringLiteral("upload"), QStringLiteral("--library"), m_library,
                  QStringLiteral("--item"), uniqueName("cli-vbox-"),
                  QStringLiteral("--create-item"), exported->ovfPath });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        QVERIFY2(r.err.contains(QStringLiteral("readme.txt is listed in the manifest"))
                     && r.err.contains(QStringLiteral("not uploaded")),
                 qPrintable(r.err));
    }

    void sessionCommands()
    {
        // A session left ACTIVE by "someone": upload to that item is busy (exit 6), and the
        // session commands show, patch and cancel it.
        const QString item = uniqueName("cli-busy-");
        const QString f = file(QStringLiteral("busy.bin"), 1000);
        Run r = run({ QStringLiteral("upload"), QStringLiteral("--library"), m_library,
                      QStringLiteral("--item"), item, QStringLiteral("--create-item"), f });
        QCOMPARE(r.exitCode, 0);
        // The CLI has no "create session" command; hold the item with a throttled upload.
        m_sim->control("POST", QStringLiteral("/control/throttle"),
                       QJsonObject { { "bytes_per_second", 20000 } });
        const QString slow = file(QStringLiteral("slow.bin"), 600000);
        QProcess holder;
        holder.setProcessEnvironment(env());
        holder.start(qEnvironmentVariable("CLU_CLI"),
                     { QStringLiteral("upload"), QStringLiteral("--library"), m_library,
                       QStringLiteral("--item"), item, slow });
        QString itemId;
        for (const QJsonValue &v :
             run({ QStringLiteral("items"), m_library, QStringLiteral("--json") }).json().array()) {
            if (v.toObject().value(QLatin1String("name")).toString() == item)
                itemId = v.toObject().value(QLatin1String("id")).toString();
        }
        QVERIFY(!itemId.isEmpty());
        QString sid;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&]() {
                const Run s = run({ QStringLiteral("sessions"), QStringLiteral("--json") });
                for (const QJsonValue &v : s.json().array()) {
                    const QJsonObject o = v.toObject();
                    if (o.value(QLatin1String("state")).toString() == QLatin1String("ACTIVE")
                        && o.value(QLatin1String("library_item_id")).toString() == itemId)
                        sid = o.value(QLatin1String("id")).toString();
                }
                return !sid.isEmpty();
            }(),
            60000);
        r = run({ QStringLiteral("upload"), QStringLiteral("--library"), m_library,
                  QStringLiteral("--item"), item, f });
        QCOMPARE(r.exitCode, 6);
        QVERIFY2(r.err.contains(sid), qPrintable(r.err));

        r = run({ QStringLiteral("session"), sid });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("ACTIVE")));
        QVERIFY(r.out.contains(QStringLiteral("slow.bin")));

        r = run(
            { QStringLiteral("ignore-warnings"), sid, QStringLiteral("self_signed_certificate") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = run({ QStringLiteral("session"), sid, QStringLiteral("--json") });
        const QJsonArray wb = r.json().object().value(QLatin1String("warning_behavior")).toArray();
        QVERIFY2(!wb.isEmpty(), qPrintable(r.out));
        QCOMPARE(wb.first().toObject().value(QLatin1String("type")).toString(),
                 QStringLiteral("SELF_SIGNED_CERTIFICATE"));

        r = run({ QStringLiteral("cancel"), sid });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(holder.waitForFinished(60000));
        QVERIFY2(holder.exitCode() != 0,
                 qPrintable(QString::fromUtf8(holder.readAllStandardOutput()
                                              + holder.readAllStandardError())));
        r = run({ QStringLiteral("complete"), sid });
        QVERIFY(r.exitCode == 9 || r.exitCode == 5); // not ACTIVE any more, or already deleted
        r = run({ QStringLiteral("session"),
                  QStringLiteral("00000000-0000-0000-0000-000000000000:x") });
        QCOMPARE(r.exitCode, 5);
    }

    void authAndTlsFailures()
    {
        Run r = run({ QStringLiteral("libraries") }, env(QStringLiteral("wrong password")));
        QCOMPARE(r.exitCode, 3);
        QProcessEnvironment e = env();
        e.insert(QStringLiteral("CLU_THUMBPRINT"), QString(64, QLatin1Char('a')));
        r = run({ QStringLiteral("libraries") }, e);
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.err.contains(clu::TlsPolicy::sha256(m_sim->certificate()).left(8),
                                Qt::CaseInsensitive)
                     || r.err.contains(QStringLiteral("fingerprint")),
                 qPrintable(r.err));
        e.remove(QStringLiteral("CLU_THUMBPRINT"));
        r = run({ QStringLiteral("libraries") }, e); // self-signed, not pinned
        QCOMPARE(r.exitCode, 4);
        e.insert(QStringLiteral("CLU_INSECURE"), QStringLiteral("1"));
        r = run({ QStringLiteral("libraries") }, e);
        QCOMPARE(r.exitCode, 0);
        // --password-stdin
        e = env();
        e.remove(QStringLiteral("CLU_PASSWORD"));
        r = run({ QStringLiteral("libraries"), QStringLiteral("--password-stdin") }, e,
                m_sim->password().toUtf8() + '\n');
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }
    void createItemOnlyAfterLocalChecks_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("why");
        QTest::newRow("missing") << m_dir.filePath(QStringLiteral("no-such-file.bin"))
                                 << QStringLiteral("does not exist");
        QTest::newRow("directory") << m_dir.path() << QStringLiteral("is a directory");
        QTest::newRow("fifo") << m_dir.filePath(QStringLiteral("a-fifo"))
                              << QStringLiteral("not a regular file");
        QTest::newRow("dev-zero") << QStringLiteral("/dev/zero")
                                  << QStringLiteral("not a regular file");
    }
    void createItemOnlyAfterLocalChecks()
    {
        // Nothing is created on the server for files that cannot be sent.
        QFETCH(QString, path);
        QFETCH(QString, why);
        if (path.endsWith(QLatin1String("a-fifo")) && !QFile::exists(path))
            QCOMPARE(QProcess::execute(QStringLiteral("mkfifo"), { path }), 0);
        const QString item = uniqueName("cli-local-");
        const QString good = file(QStringLiteral("good.bin"), 1000);
        const Run r = run({ QStringLiteral("upload"), QStringLiteral("--library"), m_library,
                            QStringLiteral("--item"), item, QStringLiteral("--create-item"),
                            QStringLiteral("--json"), good, path });
        QCOMPARE(r.exitCode, 7);
        const QJsonObject o = r.json().object();
        QCOMPARE(o.value(QLatin1String("ok")).toBool(true), false);
        QVERIFY2(o.value(QLatin1String("message")).toString().contains(why), qPrintable(r.out));
        QVERIFY2(o.value(QLatin1String("message")).toString().contains(path), qPrintable(r.out));
        QVERIFY(!run({ QStringLiteral("items"), m_library }).out.contains(item));
    }

    void interruptCancelsTheSession()
    {
        m_sim->control("POST", QStringLiteral("/control/throttle"),
                       QJsonObject { { "bytes_per_second", 50000 } });
        const QString item = uniqueName("cli-int-");
        const QString slow = file(QStringLiteral("interrupted.bin"), 2000000);
        QProcess p;
        p.setProcessEnvironment(env());
        p.start(qEnvironmentVariable("CLU_CLI"),
                { QStringLiteral("upload"), QStringLiteral("--library"), m_library,
                  QStringLiteral("--item"), item, QStringLiteral("--create-item"),
                  QStringLiteral("--json"), slow });
        // Wait until its session is ACTIVE, then Ctrl-C.
        QTRY_VERIFY_WITH_TIMEOUT(
            [&]() {
                const Run s = run({ QStringLiteral("sessions"), QStringLiteral("--json") });
                return QString::fromUtf8(QJsonDocument(s.json()).toJson())
                           .contains(QStringLiteral("ACTIVE"))
                    && run({ QStringLiteral("items"), m_library }).out.contains(item);
            }(),
            60000);
        QTest::qWait(500);
        ::kill(pid_t(p.processId()), SIGINT);
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 1);
        const QJsonObject o = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
        QCOMPARE(o.value(QLatin1String("ok")).toBool(true), false);
        const QString sid = o.value(QLatin1String("session_id")).toString();
        QVERIFY(!sid.isEmpty());
        // Canceled and deleted, not left ACTIVE.
        const Run s = run({ QStringLiteral("session"), sid });
        QCOMPARE(s.exitCode, 5);
    }
};

QTEST_GUILESS_MAIN(TestCliCommands)
#include "TestCliCommands.moc"
