// VmdkInspector against disks written by qemu-img (Debian's qemu-utils) and by a second,
// independent stream-optimized writer in VmdkFixtures.h (VMware's GD_AT_END + footer layout,
// read back by qemu-img), and against the broken variants seen in the wild: monolithicSparse
// in an OVF, a wrong createType, flags without markers, no compression, a missing footer or
// end-of-stream marker, truncated files, a capacity the OVF does not declare, a text-mode
// transfer, a file that is no VMDK at all. Each must fail with its own check id and reason.
#include "VmdkFixtures.h"
#include "ovf/OvfDiskSection.h"
#include "preflight/VmdkInspector.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace clu;
using namespace fixtures;

class TestPreflightDisks : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QByteArray m_raw;
    QString m_qemuStream; // qemu-img streamOptimized of m_raw
    QString m_qemuSparse; // qemu-img monolithicSparse of m_raw
    QString m_ourStream; // streamVmdk(m_raw)

    QString path(const QString &name) const { return m_dir.filePath(name); }

    OvfDisk diskDecl(const QString &capacity, const QString &units) const
    {
        OvfDiskSection s = OvfDiskSection::parse(
            ovfFor(QStringLiteral("disk.vmdk"), 1, capacity, units), QStringLiteral("t.ovf"));
        return s.disks.value(0);
    }

    PreflightReport inspect(const QString &file, const OvfDisk &decl)
    {
        VmdkInspector::Target t;
        t.name = QFileInfo(file).fileName();
        t.path = file;
        t.size = QFileInfo(file).size();
        t.disk = &decl;
        return VmdkInspector::inspect(t);
    }
    PreflightReport inspect(const QString &file)
    {
        return inspect(file, diskDecl(QStringLiteral("8"), QStringLiteral("byte * 2^20")));
    }
    QString variant(const QString &from, const QString &name,
                    const std::function<void(QByteArray *)> &edit)
    {
        QByteArray b = readAll(from);
        edit(&b);
        const QString p = path(name);
        writeAll(p, b);
        return p;
    }
    static void expectOnlyPasses(const PreflightReport &r)
    {
        for (const PreflightCheck &c : r.checks())
            QVERIFY2(c.status == PreflightCheck::Status::Pass,
                     qPrintable(c.id + QLatin1String(": ") + c.reason));
    }
    static void expectFail(const PreflightReport &r, const QString &id, const QString &words)
    {
        const PreflightCheck *c = nullptr;
        for (const PreflightCheck &x : r.checks())
            if (x.id == id && x.status == PreflightCheck::Status::Fail)
                c = &x;
        QVERIFY2(c, qPrintable(QStringLiteral("no failed %1 in:\n%2")
                                   .arg(id, problems(r))));
        QVERIFY2(c->reason.contains(words), qPrintable(c->reason));
    }

private slots:
    void initTestCase()
    {
        if (!haveQemuImg())
            QFAIL("qemu-img (Debian package qemu-utils, in CLU_PACKAGES) is needed for the "
                  "fixtures");
        QVERIFY(m_dir.isValid());
        m_raw = rawImage(8);
        QVERIFY(writeAll(path(QStringLiteral("raw.img")), m_raw));
        m_qemuStream = path(QStringLiteral("qemu-stream.vmdk"));
        m_qemuSparse = path(QStringLiteral("qemu-sparse.vmdk"));
        m_ourStream = path(QStringLiteral("our-stream.vmdk"));
        QCOMPARE(qemuImg({ QStringLiteral("convert"), QStringLiteral("-f"), QStringLiteral("raw"),
                           QStringLiteral("-O"), QStringLiteral("vmdk"), QStringLiteral("-o"),
                           QStringLiteral("subformat=streamOptimized"), path(QStringLiteral("raw.img")),
                           m_qemuStream }),
                 QString());
        QCOMPARE(qemuImg({ QStringLiteral("convert"), QStringLiteral("-f"), QStringLiteral("raw"),
                           QStringLiteral("-O"), QStringLiteral("vmdk"), path(QStringLiteral("raw.img")),
                           m_qemuSparse }),
                 QString());
        QVERIFY(writeAll(m_ourStream, streamVmdk(m_raw, QStringLiteral("our-stream.vmdk"))));
    }

    void ourWriterIsReadableByQemu()
    {
        // The second writer is only a fixture if someone else reads it as the same disk.
        QCOMPARE(qemuImg({ QStringLiteral("compare"), QStringLiteral("-f"), QStringLiteral("vmdk"),
                           QStringLiteral("-F"), QStringLiteral("raw"), m_ourStream,
                           path(QStringLiteral("raw.img")) }),
                 QString());
    }

    void qemuStreamOptimizedPasses()
    {
        const PreflightReport r = inspect(m_qemuStream);
        expectOnlyPasses(r);
        for (const char *id : { "vmdk-header", "vmdk-flags", "vmdk-compression", "vmdk-create-type",
                                "vmdk-end-of-stream", "vmdk-footer", "vmdk-markers",
                                "vmdk-grain-directory", "vmdk-capacity" })
            QVERIFY2(r.find(QLatin1String(id)), id);
    }

    void vmwareLayoutWithFooterPasses()
    {
        const PreflightReport r = inspect(m_ourStream);
        expectOnlyPasses(r);
        QVERIFY(r.find(QStringLiteral("vmdk-footer"))->reason.contains(QLatin1String("footer present")));
        QVERIFY(r.find(QStringLiteral("vmdk-grain-directory"))
                    ->reason.contains(QLatin1String("first and last grains match")));
    }

    void monolithicSparseFails()
    {
        const PreflightReport r = inspect(m_qemuSparse);
        expectFail(r, QStringLiteral("vmdk-flags"), QStringLiteral("compressed grains (bit 16)"));
        expectFail(r, QStringLiteral("vmdk-compression"), QStringLiteral("no compression"));
        expectFail(r, QStringLiteral("vmdk-create-type"), QStringLiteral("\"monolithicSparse\""));
    }

    void wrongCreateTypeFails()
    {
        const QString p = variant(m_qemuStream, QStringLiteral("createtype.vmdk"), [](QByteArray *b) {
            const int at = b->indexOf("createType=\"streamOptimized\"");
            QVERIFY(at > 0);
            b->replace(at, 28, "createType=\"monolithicSparse\"");
            b->remove(b->indexOf('\0', at), 1); // same length: one padding zero less
        });
        expectFail(inspect(p), QStringLiteral("vmdk-create-type"),
                   QStringLiteral("createType=\"monolithicSparse\""));
    }

    void flagsWithoutMarkersFail()
    {
        const QString p = variant(m_qemuStream, QStringLiteral("nomarkers.vmdk"), [](QByteArray *b) {
            putLe32(b, 8, qFromLittleEndian<quint32>(b->constData() + 8) & ~(1u << 17));
        });
        expectFail(inspect(p), QStringLiteral("vmdk-flags"), QStringLiteral("markers (bit 17)"));
    }

    void unknownCompressionFails()
    {
        const QString p = variant(m_ourStream, QStringLiteral("lz.vmdk"), [](QByteArray *b) {
            qToLittleEndian<quint16>(7, b->data() + 77);
        });
        expectFail(inspect(p), QStringLiteral("vmdk-compression"), QStringLiteral("algorithm 7"));
    }

    void missingFooterFails()
    {
        // VMware layout with the footer marker and footer cut out, the end-of-stream kept.
        const QString p = variant(m_ourStream, QStringLiteral("nofooter.vmdk"), [](QByteArray *b) {
            b->remove(b->size() - 1536, 1024);
        });
        const PreflightReport r = inspect(p);
        expectFail(r, QStringLiteral("vmdk-footer"), QStringLiteral("GD_AT_END"));
        QCOMPARE(r.find(QStringLiteral("vmdk-end-of-stream"))->status, PreflightCheck::Status::Pass);
    }

    void qemuLayoutWithoutEndOfStreamPasses()
    {
        // qemu-img 7.2 writes no end-of-stream marker for disks whose data fills the last grain
        // (seen with a 1 GiB random disk): the file ends with the last grain.
        const QString p = variant(m_qemuStream, QStringLiteral("qemu-noeos.vmdk"), [](QByteArray *b) {
            while (b->size() >= 512 && b->right(512).count('\0') == 512)
                b->chop(512);
        });
        QVERIFY(QFileInfo(p).size() < QFileInfo(m_qemuStream).size());
        const PreflightReport r = inspect(p);
        expectOnlyPasses(r);
        QVERIFY(r.find(QStringLiteral("vmdk-end-of-stream"))->reason.contains(QLatin1String("qemu-img")));
        // One sector less: the last grain is cut, which the grain directory check sees.
        const QString cut = variant(p, QStringLiteral("qemu-cut.vmdk"), [](QByteArray *b) { b->chop(512); });
        const PreflightReport c = inspect(cut);
        expectFail(c, QStringLiteral("vmdk-grain-directory"), QStringLiteral("truncated"));
        expectFail(c, QStringLiteral("vmdk-end-of-stream"), QStringLiteral("not the end-of-stream"));
    }

    void missingEndOfStreamFails()
    {
        const QString p = variant(m_ourStream, QStringLiteral("noeos.vmdk"), [](QByteArray *b) {
            b->chop(512);
        });
        const PreflightReport r = inspect(p);
        expectFail(r, QStringLiteral("vmdk-end-of-stream"), QStringLiteral("not the end-of-stream marker"));
        expectFail(r, QStringLiteral("vmdk-footer"), QStringLiteral("no footer"));
    }

    void truncatedFilesFail()
    {
        const QString half = variant(m_qemuStream, QStringLiteral("half.vmdk"), [](QByteArray *b) {
            b->truncate(b->size() / 2 + 100);
        });
        expectFail(inspect(half), QStringLiteral("vmdk-end-of-stream"),
                   QStringLiteral("not a whole number of 512-byte sectors"));
        // Cut on a sector boundary inside the grain stream.
        const QString cut = variant(m_ourStream, QStringLiteral("cut.vmdk"), [](QByteArray *b) {
            b->truncate((b->size() / 3) & ~511);
        });
        const PreflightReport r = inspect(cut);
        expectFail(r, QStringLiteral("vmdk-end-of-stream"), QStringLiteral("truncated"));
        // qemu's layout keeps its directory in front: the tables point past the cut.
        const QString front = variant(m_qemuStream, QStringLiteral("front.vmdk"), [](QByteArray *b) {
            b->truncate((b->size() / 3) & ~511);
            b->append(QByteArray(512, '\0'));
        });
        expectFail(inspect(front), QStringLiteral("vmdk-grain-directory"), QStringLiteral("truncated"));
        const QString tiny = variant(m_qemuStream, QStringLiteral("tiny.vmdk"), [](QByteArray *b) {
            b->truncate(300);
        });
        expectFail(inspect(tiny), QStringLiteral("vmdk-header"), QStringLiteral("too short"));
    }

    void grainDirectoryDisagreeingWithMarkersFails()
    {
        const QString p = variant(m_ourStream, QStringLiteral("badgt.vmdk"), [](QByteArray *b) {
            // The first grain's marker claims another LBA.
            putLe64(b, 128 * 512, 4096);
        });
        const PreflightReport r = inspect(p);
        expectFail(r, QStringLiteral("vmdk-grain-directory"), QStringLiteral("says LBA 4096"));
    }

    void capacityAgainstOvf()
    {
        expectFail(inspect(m_qemuStream, diskDecl(QStringLiteral("4"), QStringLiteral("byte * 2^20"))),
                   QStringLiteral("vmdk-capacity"), QStringLiteral("more than the OVF declares"));
        const PreflightReport bigger =
            inspect(m_qemuStream, diskDecl(QStringLiteral("1"), QStringLiteral("byte * 2^30")));
        QCOMPARE(bigger.find(QStringLiteral("vmdk-capacity"))->status, PreflightCheck::Status::Warn);
        const PreflightReport bytes =
            inspect(m_qemuStream, diskDecl(QStringLiteral("8388608"), QString()));
        QCOMPARE(bytes.find(QStringLiteral("vmdk-capacity"))->status, PreflightCheck::Status::Pass);
        const PreflightReport property =
            inspect(m_qemuStream, diskDecl(QStringLiteral("${disk.size}"), QStringLiteral("byte * 2^30")));
        QVERIFY(property.find(QStringLiteral("vmdk-capacity"))->reason.contains(QLatin1String("${disk.size}")));
        // The descriptor's extent line disagreeing with the header.
        const QString p = variant(m_qemuStream, QStringLiteral("extent.vmdk"), [](QByteArray *b) {
            const int at = b->indexOf("RW 16384 SPARSE");
            QVERIFY(at > 0);
            b->replace(at, 8, "RW 16380");
        });
        expectFail(inspect(p), QStringLiteral("vmdk-capacity"), QStringLiteral("extents hold"));
    }

    void textModeTransferFails()
    {
        const QString p = variant(m_qemuStream, QStringLiteral("ascii.vmdk"), [](QByteArray *b) {
            (*b)[75] = '\n'; // CRLF became LF
        });
        expectFail(inspect(p), QStringLiteral("vmdk-flags"), QStringLiteral("text-mode"));
    }

    void notAVmdkFails()
    {
        const QString iso = path(QStringLiteral("notdisk.vmdk"));
        writeAll(iso, QByteArray(4096, 'x'));
        expectFail(inspect(iso), QStringLiteral("vmdk-header"), QStringLiteral("78 78 78 78"));
        const QString text = path(QStringLiteral("descriptor.vmdk"));
        writeAll(text, "# Disk DescriptorFile\nversion=1\ncreateType=\"monolithicFlat\"\n"
                           + QByteArray(600, '\n'));
        expectFail(inspect(text), QStringLiteral("vmdk-header"), QStringLiteral("text descriptor"));
    }

    void declaredFormat()
    {
        OvfDisk d = diskDecl(QStringLiteral("8"), QStringLiteral("byte * 2^20"));
        QCOMPARE(VmdkInspector::checkDeclaration(QStringLiteral("d"), d).checks().first().status,
                 PreflightCheck::Status::Pass);
        d.format = QStringLiteral("http://www.vmware.com/interfaces/specifications/vmdk.html#sparse");
        const PreflightReport r = VmdkInspector::checkDeclaration(QStringLiteral("d"), d);
        QCOMPARE(r.checks().first().status, PreflightCheck::Status::Fail);
        QVERIFY(r.checks().first().reason.contains(QLatin1String("monolithicSparse")));
        d.format.clear();
        QCOMPARE(VmdkInspector::checkDeclaration(QStringLiteral("d"), d).checks().first().status,
                 PreflightCheck::Status::Fail);
    }

    void allocationUnits()
    {
        QCOMPARE(OvfDiskSection::unitMultiplier(QStringLiteral("byte * 2^30")), qint64(1) << 30);
        QCOMPARE(OvfDiskSection::unitMultiplier(QStringLiteral("byte*2^20")), qint64(1) << 20);
        QCOMPARE(OvfDiskSection::unitMultiplier(QStringLiteral("byte")), qint64(1));
        QCOMPARE(OvfDiskSection::unitMultiplier(QStringLiteral("byte * 10^9")), qint64(1000000000));
        QCOMPARE(OvfDiskSection::unitMultiplier(QStringLiteral("GigaBytes")), qint64(-1));
    }
};

QTEST_GUILESS_MAIN(TestPreflightDisks)
#include "TestPreflightDisks.moc"
