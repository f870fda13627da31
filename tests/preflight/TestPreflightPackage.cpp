// Preflight::run on whole packages: .ovf folders and .ova tars written by GNU tar, manifests
// in the spellings vCenter refuses (OpenSSL 3's SHA2-256, lowercase, MD5, short digests) and the
// ones it tolerates, signatures made with the openssl command line (good, over a changed
// manifest, expired / not yet valid / self-signed signer), missing files, ovf:size mismatches,
// a monolithicSparse disk declared with the old #sparse format, and the simulator's producer
// packages (ovftool's chunked disks, VirtualBox, OVF 0.9, a DTD). Nothing here has a server.
#include "VmdkFixtures.h"
#include "net/RestClient.h"
#include "ovf/PackageBuilder.h"
#include "ovf/ProducerPackage.h"
#include "preflight/ManifestLint.h"
#include "preflight/Preflight.h"
#include "upload/UploadEngine.h"

#include <QCryptographicHash>
#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace clu;
using namespace fixtures;

namespace {
QString run(const QString &program, const QStringList &args, const QString &cwd)
{
    QProcess p;
    p.setWorkingDirectory(cwd);
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return program + QLatin1String(": ") + QString::fromLocal8Bit(p.readAllStandardError());
    return {};
}

QByteArray sha256Hex(const QByteArray &d)
{
    return QCryptographicHash::hash(d, QCryptographicHash::Sha256).toHex();
}
} // namespace

class TestPreflightPackage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    QByteArray m_disk; // a qemu-img streamOptimized disk of 8 MiB

    // A folder with vm.ovf + disk.vmdk (+ vm.mf, + vm.cert signed by openssl); returns its dir.
    QString makePackage(const QString &name, bool sign,
                        const std::function<void(QString dir)> &beforeSigning = {})
    {
        const QString dir = m_tmp.filePath(name);
        QDir().mkpath(dir);
        writeAll(dir + QLatin1String("/disk.vmdk"), m_disk);
        const QByteArray ovf = ovfFor(QStringLiteral("disk.vmdk"), m_disk.size(),
                                      QStringLiteral("8"), QStringLiteral("byte * 2^20"));
        writeAll(dir + QLatin1String("/vm.ovf"), ovf);
        writeAll(dir + QLatin1String("/vm.mf"),
                 "SHA256(vm.ovf)= " + sha256Hex(ovf) + "\nSHA256(disk.vmdk)= " + sha256Hex(m_disk)
                     + "\n");
        if (beforeSigning)
            beforeSigning(dir);
        if (sign) {
            const QString keys = m_tmp.path();
            const QString err =
                run(QStringLiteral("openssl"),
                    { QStringLiteral("dgst"), QStringLiteral("-sha256"), QStringLiteral("-sign"),
                      keys + QLatin1String("/key.pem"), QStringLiteral("-out"),
                      dir + QLatin1String("/sig.bin"), dir + QLatin1String("/vm.mf") },
                    dir);
            if (!err.isEmpty())
                qWarning() << err;
            const QByteArray sig = readAll(dir + QLatin1String("/sig.bin")).toHex();
            QFile::remove(dir + QLatin1String("/sig.bin"));
            writeAll(dir + QLatin1String("/vm.cert"),
                     "SHA256(vm.mf)= " + sig + "\n" + readAll(keys + QLatin1String("/cert.pem")));
        }
        return dir;
    }

    static PreflightCheck::Status statusOf(const PreflightReport &r, const QString &id)
    {
        const PreflightCheck *c = r.find(id);
        return c ? c->status : PreflightCheck::Status(-1);
    }
    static QString reasonOf(const PreflightReport &r, const QString &id)
    {
        for (const PreflightCheck &c : r.checks())
            if (c.id == id && c.status != PreflightCheck::Status::Pass)
                return c.reason;
        const PreflightCheck *c = r.find(id);
        return c ? c->reason : QString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(haveQemuImg());
        QVERIFY(m_tmp.isValid());
        const QString raw = m_tmp.filePath(QStringLiteral("raw.img"));
        writeAll(raw, rawImage(8));
        const QString vmdk = m_tmp.filePath(QStringLiteral("disk.vmdk"));
        QCOMPARE(qemuImg({ QStringLiteral("convert"), QStringLiteral("-f"), QStringLiteral("raw"),
                           QStringLiteral("-O"), QStringLiteral("vmdk"), QStringLiteral("-o"),
                           QStringLiteral("subformat=streamOptimized"), raw, vmdk }),
                 QString());
        m_disk = readAll(vmdk);
        // A self-signed signer made by openssl, valid now.
        QCOMPARE(run(QStringLiteral("openssl"),
                     { QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                       QStringLiteral("rsa:2048"), QStringLiteral("-nodes"),
                       QStringLiteral("-keyout"), QStringLiteral("key.pem"), QStringLiteral("-out"),
                       QStringLiteral("cert.pem"), QStringLiteral("-days"), QStringLiteral("30"),
                       QStringLiteral("-subj"), QStringLiteral("/CN=Preflight Test Signer") },
                     m_tmp.path()),
                 QString());
    }

    void goodSignedFolderPasses()
    {
        const QString dir = makePackage(QStringLiteral("good"), true);
        const PreflightReport r = Preflight::run({ dir + QLatin1String("/vm.ovf") });
        QVERIFY2(!r.hasFailures(), qPrintable(problems(r)));
        QCOMPARE(statusOf(r, QStringLiteral("signature")), PreflightCheck::Status::Pass);
        QVERIFY(reasonOf(r, QStringLiteral("signature"))
                    .contains(QLatin1String("Preflight Test Signer")));
        // Self-signed: a warning vCenter raises in the preview, decided there (not here).
        QCOMPARE(statusOf(r, QStringLiteral("certificate")), PreflightCheck::Status::Warn);
        QCOMPARE(r.find(QStringLiteral("certificate"))->previewWarning,
                 QStringLiteral("SELF_SIGNED_CERTIFICATE"));
        QVERIFY(!r.blocks(false));
        for (const char *id : { "package", "files", "sizes", "manifest", "disk-format",
                                "vmdk-create-type", "vmdk-capacity" })
            QCOMPARE(statusOf(r, QLatin1String(id)), PreflightCheck::Status::Pass);
        const QJsonObject json = r.toJson();
        QCOMPARE(json.value(QLatin1String("failures")).toInt(), 0);
        QCOMPARE(json.value(QLatin1String("warnings")).toInt(), 1);
        // A warning of our own blocks unless overridden.
        PreflightReport own = r;
        own.warn(QStringLiteral("manifest"), QStringLiteral("vm.mf"), QStringLiteral("spacing"));
        QVERIFY(own.blocks(false));
        QVERIFY(!own.blocks(true));
    }

    void certificateDates()
    {
        const QString dir = makePackage(QStringLiteral("dates"), true);
        const QStringList path { dir + QLatin1String("/vm.ovf") };
        const PreflightReport later =
            Preflight::run(path, QDateTime::currentDateTimeUtc().addYears(3));
        QVERIFY(reasonOf(later, QStringLiteral("certificate"))
                    .contains(QLatin1String("EXPIRED_CERTIFICATE")));
        const PreflightReport earlier =
            Preflight::run(path, QDateTime::currentDateTimeUtc().addYears(-3));
        QVERIFY(reasonOf(earlier, QStringLiteral("certificate"))
                    .contains(QLatin1String("NOT_YET_VALID")));
    }

    void manifestChangedAfterSigningFails()
    {
        const QString dir = makePackage(QStringLiteral("tampered"), true);
        QFile mf(dir + QLatin1String("/vm.mf"));
        QVERIFY(mf.open(QIODevice::Append));
        mf.write("SHA256(extra.txt)= " + sha256Hex("x") + "\n");
        mf.close();
        writeAll(dir + QLatin1String("/extra.txt"), "x");
        const PreflightReport r = Preflight::run({ dir + QLatin1String("/vm.ovf") });
        QCOMPARE(statusOf(r, QStringLiteral("signature")), PreflightCheck::Status::Fail);
        QVERIFY(
            reasonOf(r, QStringLiteral("signature")).contains(QLatin1String("does not verify")));
    }

    void manifestSpellings_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("words");
        const QByteArray h = sha256Hex("abc");
        QTest::newRow("ovftool") << "SHA256(a.ovf)= " + h << int(PreflightCheck::Status::Pass)
                                 << "1 well-formed";
        QTest::newRow("openssl3") << "SHA2-256(a.ovf)= " + h << int(PreflightCheck::Status::Fail)
                                  << "OpenSSL 3";
        QTest::newRow("lowercase")
            << "sha256(a.ovf)= " + h << int(PreflightCheck::Status::Fail) << "capitals (SHA256)";
        QTest::newRow("md5") << QByteArray("MD5(a.ovf)= 900150983cd24fb0d6963f7d28e17f72")
                             << int(PreflightCheck::Status::Fail) << "\"MD5\" is not an algorithm";
        QTest::newRow("no space") << "SHA256(a.ovf)=" + h << int(PreflightCheck::Status::Warn)
                                  << "spaced";
        QTest::newRow("virtualbox")
            << QByteArray("SHA1 (a.ovf) = a9993e364706816aba3e25717850c26c9cd0d89d")
            << int(PreflightCheck::Status::Pass) << "VirtualBox";
        QTest::newRow("half virtualbox")
            << "SHA256 (a.ovf)= " + h << int(PreflightCheck::Status::Warn) << "spaced";
        QTest::newRow("short") << "SHA256(a.ovf)= " + h.left(40)
                               << int(PreflightCheck::Status::Fail) << "64 hex digits";
        QTest::newRow("garbage") << QByteArray("checksums follow")
                                 << int(PreflightCheck::Status::Fail) << "not of the form";
        QTest::newRow("twice") << "SHA256(a.ovf)= " + h + "\r\nSHA256(a.ovf)= " + h
                               << int(PreflightCheck::Status::Fail) << "second time";
    }
    void manifestSpellings()
    {
        QFETCH(QByteArray, line);
        QFETCH(int, status);
        QFETCH(QString, words);
        const PreflightReport r = ManifestLint::check(line + "\n", QStringLiteral("a.mf"));
        QCOMPARE(r.checks().size(), 1);
        QCOMPARE(int(r.checks().first().status), status);
        QVERIFY2(r.checks().first().reason.contains(words), qPrintable(r.checks().first().reason));
    }

    void openssl3ManifestInPackageFails()
    {
        // What `openssl dgst -sha256 *` prints on Debian 12 (OpenSSL 3): SHA2-256(file)= hex.
        const QString dir = makePackage(QStringLiteral("openssl3"), false, [](const QString &d) {
            QCOMPARE(run(QStringLiteral("sh"),
                         { QStringLiteral("-c"),
                           QStringLiteral("openssl dgst -sha256 vm.ovf disk.vmdk > vm.mf") },
                         d),
                     QString());
        });
        const PreflightReport r = Preflight::run({ dir + QLatin1String("/vm.ovf") });
        QCOMPARE(statusOf(r, QStringLiteral("manifest")), PreflightCheck::Status::Fail);
        QVERIFY(reasonOf(r, QStringLiteral("manifest")).contains(QLatin1String("SHA2-256")));
    }

    void missingFileAndSizeMismatch()
    {
        const QString dir = makePackage(QStringLiteral("missing"), false);
        QFile::remove(dir + QLatin1String("/disk.vmdk"));
        const PreflightReport r = Preflight::run({ dir + QLatin1String("/vm.ovf") });
        QCOMPARE(statusOf(r, QStringLiteral("files")), PreflightCheck::Status::Fail);
        QVERIFY(reasonOf(r, QStringLiteral("files")).contains(QLatin1String("disk.vmdk")));
        QVERIFY(!r.find(QStringLiteral("vmdk-header")));

        const QString dir2 = makePackage(QStringLiteral("size"), false);
        writeAll(dir2 + QLatin1String("/disk.vmdk"), m_disk.left(m_disk.size() - 4096));
        const PreflightReport r2 = Preflight::run({ dir2 + QLatin1String("/vm.ovf") });
        QCOMPARE(statusOf(r2, QStringLiteral("sizes")), PreflightCheck::Status::Fail);
        QVERIFY(reasonOf(r2, QStringLiteral("sizes")).contains(QLocale().toString(m_disk.size())));
    }

    void monolithicSparseWithSparseFormatFails()
    {
        const QString dir = makePackage(QStringLiteral("sparse"), false, [this](const QString &d) {
            const QString raw = m_tmp.filePath(QStringLiteral("raw.img"));
            QCOMPARE(qemuImg({ QStringLiteral("convert"), QStringLiteral("-f"),
                               QStringLiteral("raw"), QStringLiteral("-O"), QStringLiteral("vmdk"),
                               raw, d + QLatin1String("/disk.vmdk") }),
                     QString());
            const QByteArray disk = readAll(d + QLatin1String("/disk.vmdk"));
            const QByteArray ovf =
                ovfFor(QStringLiteral("disk.vmdk"), disk.size(), QStringLiteral("8"),
                       QStringLiteral("byte * 2^20"),
                       QStringLiteral("http://www.vmware.com/specifications/vmdk.html#sparse"));
            writeAll(d + QLatin1String("/vm.ovf"), ovf);
            QFile::remove(d + QLatin1String("/vm.mf"));
        });
        const PreflightReport r = Preflight::run({ dir + QLatin1String("/vm.ovf") });
        QCOMPARE(statusOf(r, QStringLiteral("disk-format")), PreflightCheck::Status::Fail);
        QCOMPARE(statusOf(r, QStringLiteral("vmdk-create-type")), PreflightCheck::Status::Fail);
        QCOMPARE(statusOf(r, QStringLiteral("vmdk-flags")), PreflightCheck::Status::Fail);
        QVERIFY(r.blockingSummary(true).contains(QLatin1String("monolithicSparse")));
    }

    void ovaByGnuTar_data()
    {
        QTest::addColumn<QString>("format");
        QTest::newRow("ustar") << QStringLiteral("--format=ustar");
        QTest::newRow("pax") << QStringLiteral("--format=pax");
        QTest::newRow("gnu") << QStringLiteral("--format=gnu");
    }
    void ovaByGnuTar()
    {
        QFETCH(QString, format);
        const QString dir = makePackage(QStringLiteral("ova-") + format.mid(9), true);
        const QString ova = m_tmp.filePath(QStringLiteral("vm-%1.ova").arg(format.mid(9)));
        QCOMPARE(
            run(QStringLiteral("tar"),
                { format, QStringLiteral("-cf"), ova, QStringLiteral("vm.ovf"),
                  QStringLiteral("vm.mf"), QStringLiteral("vm.cert"), QStringLiteral("disk.vmdk") },
                dir),
            QString());
        const PreflightReport r = Preflight::run({ ova });
        QVERIFY2(!r.hasFailures(), qPrintable(problems(r)));
        QCOMPARE(statusOf(r, QStringLiteral("vmdk-grain-directory")), PreflightCheck::Status::Pass);
        QCOMPARE(statusOf(r, QStringLiteral("signature")), PreflightCheck::Status::Pass);

        // Disk first: the descriptor must lead the tar.
        const QString late = m_tmp.filePath(QStringLiteral("late-%1.ova").arg(format.mid(9)));
        QCOMPARE(run(QStringLiteral("tar"),
                     { format, QStringLiteral("-cf"), late, QStringLiteral("disk.vmdk"),
                       QStringLiteral("vm.ovf") },
                     dir),
                 QString());
        const PreflightReport r2 = Preflight::run({ late });
        QCOMPARE(statusOf(r2, QStringLiteral("package")), PreflightCheck::Status::Pass);
        QVERIFY(reasonOf(r2, QStringLiteral("package"))
                    .contains(QLatin1String("first member is disk.vmdk")));
    }

    void brokenDiskInsideOva()
    {
        const QString dir = makePackage(QStringLiteral("ova-broken"), false, [](const QString &d) {
            QByteArray disk = readAll(d + QLatin1String("/disk.vmdk"));
            disk.chop(disk.size() / 2);
            writeAll(d + QLatin1String("/disk.vmdk"), disk);
            QFile::remove(d + QLatin1String("/vm.mf"));
        });
        const QString ova = m_tmp.filePath(QStringLiteral("broken.ova"));
        QCOMPARE(run(QStringLiteral("tar"),
                     { QStringLiteral("-cf"), ova, QStringLiteral("vm.ovf"),
                       QStringLiteral("disk.vmdk") },
                     dir),
                 QString());
        const PreflightReport r = Preflight::run({ ova });
        QCOMPARE(statusOf(r, QStringLiteral("vmdk-end-of-stream")), PreflightCheck::Status::Fail);
        QCOMPARE(statusOf(r, QStringLiteral("sizes")), PreflightCheck::Status::Fail);
    }

    void simulatorPackagesPass_data()
    {
        QTest::addColumn<int>("signing");
        QTest::addColumn<bool>("ova");
        QTest::newRow("self-signed folder")
            << int(clu::sim::ovf::PackageSigning::SelfSigned) << false;
        QTest::newRow("CA-signed ova") << int(clu::sim::ovf::PackageSigning::CaSigned) << true;
        QTest::newRow("unsigned") << int(clu::sim::ovf::PackageSigning::Unsigned) << false;
    }
    void simulatorPackagesPass()
    {
        // The packages the simulator's builder makes for the demo and the other tests are what
        // vCenter accepts: preflight finds nothing that blocks them.
        QFETCH(int, signing);
        QFETCH(bool, ova);
        clu::sim::ovf::PackageSpec spec;
        spec.baseName = QStringLiteral("sim%1%2").arg(signing).arg(ova);
        spec.signing = clu::sim::ovf::PackageSigning(signing);
        spec.diskSizes = { 300000, 0 };
        spec.makeOva = ova;
        QString error;
        const auto pkg =
            clu::sim::ovf::PackageBuilder::build(spec, m_tmp.filePath(spec.baseName), &error);
        QVERIFY2(pkg, qPrintable(error));
        const PreflightReport r = Preflight::run({ ova ? pkg->ovaPath : pkg->ovfPath });
        QVERIFY2(!r.blocks(false), qPrintable(problems(r)));
        QCOMPARE(statusOf(r, QStringLiteral("vmdk-footer")), PreflightCheck::Status::Pass);
    }

    void producerPackages()
    {
        // Other tools' layouts: ovftool's chunked disks are read as one disk across the chunks
        // (in a folder and inside an .ova), VirtualBox's spacing and readme.txt pass, and what
        // vCenter's parser refuses (OVF 0.9, a DTD) fails with its reason.
        namespace sim = clu::sim::ovf;
        QString error;
        for (const bool ova : { false, true }) {
            sim::ProducerSpec spec;
            spec.producer = sim::Producer::Ovftool41;
            spec.baseName = ova ? QStringLiteral("chunkedova") : QStringLiteral("chunked");
            spec.diskSizes = { 300 * 1024 };
            spec.chunkSize = 64 * 1024;
            spec.sign = true;
            spec.makeOva = ova;
            const auto pkg =
                sim::ProducerPackageWriter::write(spec, m_tmp.filePath(spec.baseName), &error);
            QVERIFY2(pkg, qPrintable(error));
            QVERIFY(pkg->diskFiles.size() > 3);
            const PreflightReport r = Preflight::run({ ova ? pkg->ovaPath : pkg->ovfPath });
            QVERIFY2(!r.blocks(false), qPrintable(problems(r)));
            const QString disk = spec.baseName + QLatin1String("-disk1.vmdk");
            QVERIFY(r.find(QStringLiteral("vmdk-footer"), disk));
            QCOMPARE(r.find(QStringLiteral("vmdk-grain-directory"), disk)->status,
                     PreflightCheck::Status::Pass);
            QCOMPARE(r.find(QStringLiteral("vmdk-capacity"), disk)->status,
                     PreflightCheck::Status::Pass);
        }

        sim::ProducerSpec raw;
        raw.producer = sim::Producer::Ovftool41;
        raw.baseName = QStringLiteral("rawchunks");
        raw.streamOptimizedDisks = false;
        raw.chunkSize = 40 * 1024;
        const auto rawPkg =
            sim::ProducerPackageWriter::write(raw, m_tmp.filePath(raw.baseName), &error);
        QVERIFY2(rawPkg, qPrintable(error));
        const PreflightReport rr = Preflight::run({ rawPkg->ovfPath });
        const PreflightCheck *header =
            rr.find(QStringLiteral("vmdk-header"), QStringLiteral("rawchunks-disk1.vmdk"));
        QVERIFY(header && header->status == PreflightCheck::Status::Fail);
        QVERIFY2(header->reason.contains(QLatin1String("\"KDMV\"")), qPrintable(header->reason));

        sim::ProducerSpec vbox;
        vbox.producer = sim::Producer::VirtualBox;
        vbox.baseName = QStringLiteral("vbox");
        vbox.readme = true;
        const auto vboxPkg =
            sim::ProducerPackageWriter::write(vbox, m_tmp.filePath(vbox.baseName), &error);
        QVERIFY2(vboxPkg, qPrintable(error));
        const PreflightReport vr = Preflight::run({ vboxPkg->ovfPath });
        QVERIFY2(!vr.blocks(false), qPrintable(problems(vr)));
        QVERIFY(reasonOf(vr, QStringLiteral("manifest")).contains(QLatin1String("VirtualBox")));

        const QList<QPair<sim::Producer, QString>> refused = {
            { sim::Producer::Ovf09, QStringLiteral("OVF 0.9 namespace") },
            { sim::Producer::Ovftool40, QStringLiteral("(DTD)") },
        };
        for (const auto &[producer, why] : refused) {
            sim::ProducerSpec bad;
            bad.producer = producer;
            bad.withDoctype = producer == sim::Producer::Ovftool40;
            bad.baseName = QStringLiteral("refused%1").arg(int(producer));
            const auto pkg =
                sim::ProducerPackageWriter::write(bad, m_tmp.filePath(bad.baseName), &error);
            QVERIFY2(pkg, qPrintable(error));
            const PreflightReport r = Preflight::run({ pkg->ovfPath });
            QCOMPARE(statusOf(r, QStringLiteral("descriptor")), PreflightCheck::Status::Fail);
            QVERIFY2(reasonOf(r, QStringLiteral("descriptor")).contains(why),
                     qPrintable(problems(r)));
            QVERIFY(r.blockingSummary(false).contains(pkg->ovfPath));
        }
    }

    void issueFaultsFail_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<QString>("check");
        QTest::addColumn<QString>("words");
        for (const Fault &f : issueFaults())
            QTest::newRow(f.name) << QString::fromLatin1(f.name) << QString::fromLatin1(f.check)
                                  << QString::fromLatin1(f.words);
    }
    void issueFaultsFail()
    {
        QFETCH(QString, fault);
        QFETCH(QString, check);
        QFETCH(QString, words);
        const PreflightReport good = Preflight::run(
            { faultyPackage(m_tmp.filePath(QStringLiteral("fault-none")), QString()) });
        QVERIFY2(!good.blocks(false), qPrintable(problems(good)));
        const QString ovf = faultyPackage(m_tmp.filePath(QStringLiteral("fault-") + fault), fault);
        const PreflightReport r = Preflight::run({ ovf });
        bool found = false;
        for (const PreflightCheck &c : r.checks())
            found = found
                || (c.id == check && c.status == PreflightCheck::Status::Fail
                    && c.reason.contains(words));
        QVERIFY2(found, qPrintable(problems(r)));
        QVERIFY(r.blockingSummary(true).contains(ovf));
    }

    void engineStopsBeforeAnySession()
    {
        // The engine's own hook: preflight runs before the session is created, so a refused
        // package never reaches the network (this client has no server at all).
        RestClient client;
        const QString dir = makePackage(QStringLiteral("engine"), false, [this](const QString &d) {
            QByteArray disk = readAll(d + QLatin1String("/disk.vmdk"));
            putLe32(&disk, 8, qFromLittleEndian<quint32>(disk.constData() + 8) & ~(1u << 17));
            writeAll(d + QLatin1String("/disk.vmdk"), disk);
            QFile::remove(d + QLatin1String("/vm.mf"));
        });
        UploadEngine engine(&client);
        QSignalSpy finished(&engine, &UploadEngine::finished);
        UploadRequest req;
        req.libraryItemId = QStringLiteral("item-1");
        req.paths = { dir + QLatin1String("/vm.ovf") };
        QVERIFY(engine.start(req));
        QVERIFY(finished.wait(20000));
        const UploadOutcome o = finished.first().first().value<UploadOutcome>();
        QVERIFY(!o.ok);
        QCOMPARE(o.stage, UploadStage::Preparing);
        QVERIFY(o.sessionId.isEmpty());
        QCOMPARE(statusOf(o.preflight, QStringLiteral("vmdk-flags")), PreflightCheck::Status::Fail);
        QVERIFY2(o.summary.contains(QLatin1String("markers (bit 17)")), qPrintable(o.summary));
    }

    void plainFiles()
    {
        const QString f = m_tmp.filePath(QStringLiteral("readme.txt"));
        writeAll(f, "hello");
        QVERIFY(!Preflight::run({ f }).hasFailures());
        const PreflightReport r = Preflight::run({ f, m_tmp.filePath(QStringLiteral("nope.iso")) });
        QCOMPARE(statusOf(r, QStringLiteral("files")), PreflightCheck::Status::Fail);
        QVERIFY(reasonOf(r, QStringLiteral("files")).contains(QLatin1String("does not exist")));
    }
};

QTEST_GUILESS_MAIN(TestPreflightPackage)
#include "TestPreflightPackage.moc"
