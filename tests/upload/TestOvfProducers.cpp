// UploadEngine against the real cl-simulator with OVF packages as other producers write them
// (clu::sim::ovf::ProducerPackageWriter: ovftool 4.0 and 4.1, VirtualBox, OVF 0.9 and 2.0, signed
// and unsigned, folder and OVA). Each case uploads, or is refused with a precise reason before a
// single disk byte is sent — checked in the simulator's request log, not in our own outcome.
#include "UploadTestSupport.h"
#include "model/ItemFile.h"
#include "preflight/Preflight.h"

#include "ovf/PackageBuilder.h"
#include "ovf/ProducerPackage.h"

using namespace clu;
using namespace clu::test;
namespace simovf = clu::sim::ovf;

class TestOvfProducers : public QObject, protected UploadFixture
{
    Q_OBJECT
private:
    int m_count = 0;

    UploadRequest request(const QString &itemId, const QString &path)
    {
        return uploadRequest(itemId, { path }, std::chrono::milliseconds(100),
                             std::chrono::milliseconds(100));
    }

    simovf::ProducerPackage write(const simovf::ProducerSpec &spec)
    {
        QString error;
        // A name of its own per package: the simulator's request log (countPuts) spans tests.
        simovf::ProducerSpec named = spec;
        named.baseName = QStringLiteral("app%1").arg(++m_count);
        const auto pkg =
            simovf::ProducerPackageWriter::write(named, m_dir.filePath(named.baseName), &error);
        if (!pkg)
            qFatal("ProducerPackageWriter failed: %s", qPrintable(error));
        return *pkg;
    }

    QStringList itemFileNames(const QString &item)
    {
        QStringList names;
        for (const ItemFile &f : itemFiles(m_client.get(), item).value)
            names << f.name;
        names.sort();
        return names;
    }

    // PUTs of any of these files the simulator saw (0 = not one byte of them was sent).
    int putsOf(const QStringList &paths)
    {
        int n = 0;
        for (const QString &p : paths)
            n += countPuts(*m_sim, QFileInfo(p).fileName());
        return n;
    }

    static QStringList fileNames(const QStringList &paths) // sorted, like itemFileNames()
    {
        QStringList out;
        for (const QString &p : paths)
            out << QFileInfo(p).fileName();
        out.sort();
        return out;
    }

    static QString base(const simovf::ProducerPackage &pkg)
    {
        return QFileInfo(pkg.ovfPath).completeBaseName();
    }

private slots:
    void initTestCase()
    {
        const QString problem = setUpSimulator();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void init() { m_sim->control("POST", QStringLiteral("/control/reset")); }

    void producersUpload_data()
    {
        QTest::addColumn<int>("producer");
        QTest::addColumn<bool>("sign");
        QTest::addColumn<bool>("ova");
        QTest::addColumn<bool>("sha1");
        using P = simovf::Producer;
        QTest::newRow("ovftool 4.0 unsigned") << int(P::Ovftool40) << false << false << false;
        QTest::newRow("ovftool 4.0 signed") << int(P::Ovftool40) << true << false << false;
        QTest::newRow("ovftool 4.0 signed OVA") << int(P::Ovftool40) << true << true << false;
        QTest::newRow("ovftool 4.1 signed") << int(P::Ovftool41) << true << false << false;
        QTest::newRow("VirtualBox SHA256") << int(P::VirtualBox) << false << false << false;
        QTest::newRow("VirtualBox SHA1 OVA") << int(P::VirtualBox) << false << true << true;
        QTest::newRow("OVF 2.0") << int(P::Ovf20) << false << false << false;
    }
    void producersUpload()
    {
        QFETCH(int, producer);
        QFETCH(bool, sign);
        QFETCH(bool, ova);
        QFETCH(bool, sha1);
        simovf::ProducerSpec spec;
        spec.producer = simovf::Producer(producer);
        spec.sign = sign;
        spec.makeOva = ova;
        spec.sha1 = sha1;
        spec.diskSizes = { 300 * 1024, 5000 };
        const simovf::ProducerPackage pkg = write(spec);
        const QString item = newItem(m_client.get(), m_libraryId, QStringLiteral("ovf"));
        UploadEngine engine(m_client.get());
        ignoreAllWarnings(engine);
        const UploadOutcome o = runUpload(engine, request(item, ova ? pkg.ovaPath : pkg.ovfPath));
        CHECK_OUTCOME(o);
        QCOMPARE(o.preview.has_value() && o.preview->certificateInfo.has_value(), sign);
        QCOMPARE(itemFileNames(item), fileNames(QStringList { pkg.ovfPath } + pkg.diskFiles));
    }

    void chunkedDisksSentChunkByChunk()
    {
        simovf::ProducerSpec spec;
        spec.producer = simovf::Producer::Ovftool41;
        spec.sign = true;
        spec.diskSizes = { 250 * 1024 };
        spec.chunkSize = 100 * 1024;
        const simovf::ProducerPackage pkg = write(spec);
        // The stream-optimized VMDK (~330 KiB) in 100 KiB chunks.
        QCOMPARE(pkg.diskFiles.size(), 4);
        const QString item = newItem(m_client.get(), m_libraryId, QStringLiteral("ovf"));
        UploadEngine engine(m_client.get());
        ignoreAllWarnings(engine);
        const UploadOutcome o = runUpload(engine, request(item, pkg.ovfPath));
        CHECK_OUTCOME(o);
        for (const QString &chunk : pkg.diskFiles)
            QCOMPARE(countPuts(*m_sim, QFileInfo(chunk).fileName()), 1);
        QCOMPARE(countPuts(*m_sim, base(pkg) + QStringLiteral("-disk1.vmdk")), 0);
        QCOMPARE(itemFileNames(item), fileNames(QStringList { pkg.ovfPath } + pkg.diskFiles));
        QVERIFY2(o.notes.join(' ').contains(QStringLiteral("split into 4 chunk")),
                 qPrintable(o.notes.join(' ')));
    }

    void unsplitFileForChunkedDescriptorRefused()
    {
        simovf::ProducerSpec spec;
        spec.producer = simovf::Producer::Ovftool41;
        spec.diskSizes = { 250 * 1024 };
        spec.chunkSize = 100 * 1024;
        const simovf::ProducerPackage pkg = write(spec);
        // Someone joined the chunks back into one file but kept the descriptor.
        QFile whole(pkg.directory + QLatin1Char('/') + base(pkg) + QStringLiteral("-disk1.vmdk"));
        QVERIFY(whole.open(QIODevice::WriteOnly));
        for (const QString &c : pkg.diskFiles) {
            QFile f(c);
            QVERIFY(f.open(QIODevice::ReadOnly));
            whole.write(f.readAll());
            f.close();
            QFile::remove(c);
        }
        whole.close();
        const QString item = newItem(m_client.get(), m_libraryId, QStringLiteral("ovf"));
        UploadEngine engine(m_client.get());
        const UploadOutcome o = runUpload(engine, request(item, pkg.ovfPath));
        QVERIFY(!o.ok);
        QVERIFY2(o.summary.contains(QStringLiteral("ovf:chunkSize"))
                     && o.summary.contains(base(pkg) + QStringLiteral("-disk1.vmdk.000000000"))
                     && !o.summary.contains(QStringLiteral("not in the package"))
                     && !o.summary.contains(QStringLiteral("does not hold")),
                 qPrintable(o.summary));
        QVERIFY(o.sessionId.isEmpty()); // refused locally: no session, nothing sent
    }

    void virtualBoxReadmeVerifiedNotSent()
    {
        simovf::ProducerSpec spec;
        spec.producer = simovf::Producer::VirtualBox;
        spec.readme = true;
        const simovf::ProducerPackage pkg = write(spec);
        const QString item = newItem(m_client.get(), m_libraryId, QStringLiteral("ovf"));
        UploadEngine engine(m_client.get());
        const UploadOutcome o = runUpload(engine, request(item, pkg.ovfPath));
        CHECK_OUTCOME(o);
        QCOMPARE(countPuts(*m_sim, QStringLiteral("readme.txt")), 0);
        QVERIFY2(o.notes.join(' ').contains(QStringLiteral("readme.txt"))
                     && o.notes.join(' ').contains(QStringLiteral("not uploaded")),
                 qPrintable(o.notes.join(' ')));

        // The same readme with other bytes: its manifest line no longer matches.
        QFile readme(pkg.extraFiles.first());
        QVERIFY(readme.open(QIODevice::Append));
        readme.write("edited\n");
        readme.close();
        const QString item2 = newItem(m_client.get(), m_libraryId, QStringLiteral("ovf"));
        UploadEngine again(m_client.get());
        const UploadOutcome bad = runUpload(again, request(item2, pkg.ovfPath));
        QVERIFY(!bad.ok);
        QVERIFY2(bad.summary.contains(QStringLiteral("readme.txt does not match the manifest")),
                 qPrintable(bad.summary));
        QVERIFY(bad.sessionId.isEmpty());
    }

    void refusedDescriptorStopsBeforeDisks_data()
    {
        QTest::addColumn<int>("producer");
        QTest::addColumn<bool>("doctype");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("preflightReason");
        QTest::newRow("OVF 0.9") << int(simovf::Producer::Ovf09) << false
                                 << QStringLiteral("http://www.vmware.com/schema/ovf/1/envelope")
                                 << QStringLiteral("OVF 0.9 namespace");
        QTest::newRow("DTD") << int(simovf::Producer::Ovftool41) << true << QStringLiteral("DTD")
                             << QStringLiteral("document type declaration (DTD)");
    }
    void refusedDescriptorStopsBeforeDisks()
    {
        QFETCH(int, producer);
        QFETCH(bool, doctype);
        QFETCH(QString, reason);
        QFETCH(QString, preflightReason);
        simovf::ProducerSpec spec;
        spec.producer = simovf::Producer(producer);
        spec.withDoctype = doctype;
        spec.diskSizes = { 2 * 1024 * 1024 };
        const simovf::ProducerPackage pkg = write(spec);
        const QString item = newItem(m_client.get(), m_libraryId, QStringLiteral("ovf"));

        // Preflight knows what vCenter's parser refuses: nothing is sent, no session exists.
        UploadEngine checked(m_client.get());
        const UploadOutcome pre = runUpload(checked, request(item, pkg.ovfPath));
        QVERIFY(!pre.ok);
        QCOMPARE(pre.stage, UploadStage::Preparing);
        QVERIFY(pre.sessionId.isEmpty());
        const PreflightCheck *c = pre.preflight.find(QStringLiteral("descriptor"));
        QVERIFY(c && c->status == PreflightCheck::Status::Fail);
        QVERIFY2(c->reason.contains(preflightReason) && pre.summary.contains(pkg.ovfPath),
                 qPrintable(pre.summary));
        QCOMPARE(putsOf(QStringList { pkg.ovfPath } + pkg.diskFiles), 0);

        // Without preflight the server refuses it: the engine stops before any disk.
        UploadEngine engine(m_client.get());
        UploadRequest unchecked = request(item, pkg.ovfPath);
        unchecked.runPreflight = false;
        const UploadOutcome o = runUpload(engine, unchecked);
        QVERIFY(!o.ok);
        QCOMPARE(o.stage, UploadStage::SendingMetadata);
        QVERIFY2(o.summary.contains(pkg.ovfPath)
                     && o.summary.contains(QStringLiteral("before any "
                                                          "disk"))
                     && o.summary.contains(reason),
                 qPrintable(o.summary));
        QCOMPARE(countPuts(*m_sim, QFileInfo(pkg.ovfPath).fileName()), 1);
        QCOMPARE(putsOf(pkg.diskFiles), 0);
        QVERIFY(activeSessions(m_client.get(), item).isEmpty());
    }

    void rawDiskRefusedByBothEnds()
    {
        // A raw image named .vmdk: preflight refuses it before anything is sent; without
        // preflight the server takes every byte, then fails the transfer as vCenter does.
        simovf::ProducerSpec spec;
        spec.producer = simovf::Producer::Ovftool41;
        spec.streamOptimizedDisks = false;
        spec.diskSizes = { 200 * 1024 };
        const simovf::ProducerPackage pkg = write(spec);
        const QString disk = QFileInfo(pkg.diskFiles.first()).fileName();
        const QString item = newItem(m_client.get(), m_libraryId, QStringLiteral("ovf"));

        UploadEngine checked(m_client.get());
        const UploadOutcome pre = runUpload(checked, request(item, pkg.ovfPath));
        QVERIFY(!pre.ok);
        QCOMPARE(pre.stage, UploadStage::Preparing);
        QVERIFY(pre.sessionId.isEmpty());
        const PreflightCheck *header = pre.preflight.find(QStringLiteral("vmdk-header"), disk);
        QVERIFY(header && header->status == PreflightCheck::Status::Fail);
        QVERIFY2(pre.summary.contains(QStringLiteral("\"KDMV\"")), qPrintable(pre.summary));
        QCOMPARE(putsOf(QStringList { pkg.ovfPath } + pkg.diskFiles), 0);

        UploadEngine engine(m_client.get());
        UploadRequest unchecked = request(item, pkg.ovfPath);
        unchecked.runPreflight = false;
        const UploadOutcome o = runUpload(engine, unchecked);
        QVERIFY(!o.ok);
        QCOMPARE(o.stage, UploadStage::SendingFiles);
        QVERIFY2(o.summary.contains(disk) && o.summary.contains(QStringLiteral("Pipe closed")),
                 qPrintable(o.summary));
        QVERIFY(putsOf(pkg.diskFiles) >= 1);
        QVERIFY(activeSessions(m_client.get(), item).isEmpty());
    }

    void brokenSignatureNamedOnce()
    {
        simovf::PackageSpec spec;
        spec.baseName = QStringLiteral("tampered");
        spec.corruptSignature = true;
        spec.diskSizes = { 1024 * 1024 };
        QString error;
        const auto pkg =
            simovf::PackageBuilder::build(spec, m_dir.filePath(QStringLiteral("tampered")), &error);
        QVERIFY2(pkg, qPrintable(error));
        const QString item = newItem(m_client.get(), m_libraryId, QStringLiteral("ovf"));
        // Preflight verifies the signature before anything is sent.
        UploadEngine checked(m_client.get());
        ignoreAllWarnings(checked);
        const UploadOutcome pre = runUpload(checked, request(item, pkg->ovfPath));
        QVERIFY(!pre.ok);
        QCOMPARE(pre.stage, UploadStage::Preparing);
        QVERIFY(pre.sessionId.isEmpty());
        QVERIFY2(pre.summary.contains(pkg->ovfPath)
                     && pre.summary.contains(QStringLiteral("signature does not verify"))
                     && pre.summary.count(QStringLiteral("signature does not verify")) == 1,
                 qPrintable(pre.summary));
        QCOMPARE(putsOf(QStringList { pkg->ovfPath } + pkg->diskPaths), 0);

        // Without preflight the server's refusal names it once, without vAPI ids.
        UploadEngine engine(m_client.get());
        ignoreAllWarnings(engine);
        UploadRequest unchecked = request(item, pkg->ovfPath);
        unchecked.runPreflight = false;
        const UploadOutcome o = runUpload(engine, unchecked);
        QVERIFY(!o.ok);
        QVERIFY2(o.summary.contains(pkg->ovfPath) && o.summary.contains(QStringLiteral("signature"))
                     && o.summary.count(QStringLiteral("ERROR")) <= 1
                     && !o.summary.contains(QStringLiteral("com.vmware")),
                 qPrintable(o.summary));
        QVERIFY(o.stage == UploadStage::SendingMetadata
                || o.stage == UploadStage::WaitingForPreview);
        QCOMPARE(putsOf(pkg->diskPaths), 0);
    }

    void urlHrefNamedAsUrl()
    {
        simovf::ProducerSpec spec;
        spec.producer = simovf::Producer::Ovf20;
        const simovf::ProducerPackage pkg = write(spec);
        QFile f(pkg.ovfPath);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray xml = f.readAll();
        f.close();
        xml.replace("ovf:href=\"" + base(pkg).toUtf8() + "-disk1.vmdk\"",
                    "ovf:href=\"http://downloads.example.com/disk1.vmdk\"");
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(xml);
        f.close();
        const QString item = newItem(m_client.get(), m_libraryId, QStringLiteral("ovf"));
        UploadEngine engine(m_client.get());
        const UploadOutcome o = runUpload(engine, request(item, pkg.ovfPath));
        QVERIFY(!o.ok);
        QVERIFY2(o.summary.contains(QStringLiteral("is a URL"))
                     && !o.summary.contains(QStringLiteral("path separator")),
                 qPrintable(o.summary));
        QVERIFY(o.sessionId.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestOvfProducers)
#include "TestOvfProducers.moc"
