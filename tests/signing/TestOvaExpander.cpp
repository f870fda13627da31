#include "ovf/Manifest.h"
#include "ovf/OvaExpander.h"
#include "ovf/PackageBuilder.h"

#include <QDir>
#include <QTemporaryDir>
#include <QtTest>

#include <archive.h>
#include <archive_entry.h>

using namespace clu::sim::ovf;

namespace {
// One tar member as a test wants it, including the kinds the expander must refuse.
struct Member
{
    QByteArray name;
    QByteArray data;
    mode_t type = AE_IFREG;
    QByteArray link; // symlink target or hard-link target
};
} // namespace

// Declared before first use: a later declaration is an error once QList<Member> was instantiated.
Q_DECLARE_METATYPE(Member)

namespace {
// Writes a tar with libarchive exactly as described (no sanitising: that is the point).
bool writeTar(const QString &path, const QList<Member> &members)
{
    struct archive *a = archive_write_new();
    archive_write_set_format_pax_restricted(a);
    if (archive_write_open_filename(a, QFile::encodeName(path).constData()) != ARCHIVE_OK)
        return false;
    bool ok = true;
    for (const Member &m : members) {
        struct archive_entry *e = archive_entry_new();
        archive_entry_set_pathname(e, m.name.constData());
        archive_entry_set_filetype(e, m.type);
        archive_entry_set_perm(e, 0644);
        if (m.type == AE_IFLNK)
            archive_entry_set_symlink(e, m.link.constData());
        if (m.type == AE_IFCHR)
            archive_entry_set_rdev(e, 0x0101);
        if (!m.link.isEmpty() && m.type == AE_IFREG)
            archive_entry_set_hardlink(e, m.link.constData());
        archive_entry_set_size(e, m.type == AE_IFREG && m.link.isEmpty() ? m.data.size() : 0);
        ok = ok && archive_write_header(a, e) == ARCHIVE_OK;
        if (m.type == AE_IFREG && m.link.isEmpty() && !m.data.isEmpty())
            ok = ok && archive_write_data(a, m.data.constData(), m.data.size()) == m.data.size();
        archive_entry_free(e);
    }
    ok = archive_write_close(a) == ARCHIVE_OK && ok;
    archive_write_free(a);
    return ok;
}

const QByteArray descriptor = "<Envelope xmlns=\"http://schemas.dmtf.org/ovf/envelope/1\"/>";
} // namespace

class TestOvaExpander : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void roundTripWithPackageBuilder()
    {
        PackageSpec spec;
        spec.baseName = QStringLiteral("photon");
        spec.diskSizes = { 2 * 1024 * 1024 + 3, 512 };
        spec.streamOptimizedDisks = false; // raw files of exactly these sizes
        spec.makeOva = true;
        QString error;
        const auto pkg = PackageBuilder::build(spec, m_dir.filePath("src"), &error);
        QVERIFY2(pkg, qPrintable(error));
        QVERIFY(QFileInfo::exists(pkg->ovaPath));

        const QString out = m_dir.filePath("out");
        QVERIFY(QDir().mkpath(out));
        const auto members = OvaExpander::expand(pkg->ovaPath, out, &error);
        QVERIFY2(members, qPrintable(error));
        QStringList names;
        for (const OvaMemberInfo &m : *members)
            names << m.name;
        // Descriptor first, then manifest and certificate, then the disks.
        QCOMPARE(names,
                 QStringList({ "photon.ovf", "photon.mf", "photon.cert", "photon-disk1.vmdk",
                               "photon-disk2.vmdk" }));
        QCOMPARE(members->at(3).size, Q_INT64_C(2 * 1024 * 1024 + 3));
        // Byte-identical: the expanded files satisfy the (signed) manifest.
        const auto manifest = Manifest::parseFile(QDir(out).filePath("photon.mf"), &error);
        QVERIFY2(manifest, qPrintable(error));
        QMap<QString, QString> files;
        for (const QString &n : names)
            files.insert(n, QDir(out).filePath(n));
        QVERIFY(manifest->verifyFiles(files).isEmpty());
        QCOMPARE(QDir(out).entryList(QDir::Files).size(), 5);
    }

    void ovaOnlyPackage()
    {
        PackageSpec spec;
        spec.baseName = QStringLiteral("only");
        spec.signing = PackageSigning::Unsigned;
        spec.makeOva = true;
        spec.keepLooseFiles = false;
        QString error;
        const auto pkg = PackageBuilder::build(spec, m_dir.filePath("only"), &error);
        QVERIFY2(pkg, qPrintable(error));
        QCOMPARE(QDir(pkg->directory).entryList(QDir::Files), QStringList { "only.ova" });
        QVERIFY(pkg->ovfPath.isEmpty() && pkg->uploadOrder.isEmpty());
        const QString out = m_dir.filePath("only-out");
        QVERIFY(QDir().mkpath(out));
        const auto members = OvaExpander::expand(pkg->ovaPath, out, &error);
        QVERIFY2(members, qPrintable(error));
        QCOMPARE(members->size(), 2); // descriptor + one disk
    }

    void leadingDotSlashIsAccepted()
    {
        const QString ova = m_dir.filePath("dotslash.ova");
        QVERIFY(writeTar(ova,
                         { { "./a.ovf", descriptor, AE_IFREG, {} },
                           { "./a-disk1.vmdk", "xyz", AE_IFREG, {} } }));
        const QString out = m_dir.filePath("dotslash");
        QVERIFY(QDir().mkpath(out));
        QString error;
        const auto members = OvaExpander::expand(ova, out, &error);
        QVERIFY2(members, qPrintable(error));
        QCOMPARE(members->at(1).name, QStringLiteral("a-disk1.vmdk"));
        QFile f(QDir(out).filePath("a-disk1.vmdk"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("xyz"));
    }

    void refusesMaliciousOrMalformedMembers_data()
    {
        QTest::addColumn<QList<Member>>("members");
        QTest::addColumn<QString>("reasonContains");
        const Member ovf { "a.ovf", descriptor, AE_IFREG, {} };
        QTest::newRow("parent traversal")
            << QList<Member> { ovf, { "../evil.vmdk", "x", AE_IFREG, {} } }
            << "\"../evil.vmdk\" is refused: it contains \"..\"";
        QTest::newRow("absolute") << QList<Member> { ovf, { "/tmp/evil.vmdk", "x", AE_IFREG, {} } }
                                  << "\"/tmp/evil.vmdk\" is refused: it is an absolute path";
        QTest::newRow("subdirectory")
            << QList<Member> { ovf, { "sub/disk.vmdk", "x", AE_IFREG, {} } }
            << "\"sub/disk.vmdk\" is refused";
        QTest::newRow("backslash")
            << QList<Member> { ovf, { "sub\\disk.vmdk", "x", AE_IFREG, {} } } << "path separator";
        QTest::newRow("symlink") << QList<Member> { ovf,
                                                    { "link.vmdk", {}, AE_IFLNK, "/etc/passwd" } }
                                 << "\"link.vmdk\" is refused: it is a symbolic link";
        QTest::newRow("hardlink") << QList<Member> { ovf, { "hard.vmdk", {}, AE_IFREG, "a.ovf" } }
                                  << "\"hard.vmdk\" is refused: it is a hard link";
        QTest::newRow("device") << QList<Member> { ovf, { "dev.vmdk", {}, AE_IFCHR, {} } }
                                << "\"dev.vmdk\" is refused: it is a character device";
        QTest::newRow("fifo") << QList<Member> { ovf, { "pipe", {}, AE_IFIFO, {} } }
                              << "it is a FIFO";
        QTest::newRow("directory") << QList<Member> { ovf, { "dir", {}, AE_IFDIR, {} } }
                                   << "\"dir/\" is refused: it is a directory";
        QTest::newRow("descriptor not first")
            << QList<Member> { { "disk.vmdk", "x", AE_IFREG, {} }, ovf }
            << "the first member is \"disk.vmdk\"";
        QTest::newRow("second descriptor")
            << QList<Member> { ovf, { "b.ovf", descriptor, AE_IFREG, {} } }
            << "\"b.ovf\" is a second OVF descriptor";
        QTest::newRow("duplicate") << QList<Member> {
            ovf, { "d.vmdk", "1", AE_IFREG, {} }, { "d.vmdk", "2", AE_IFREG, {} }
        } << "\"d.vmdk\" appears twice";
        QTest::newRow("empty archive") << QList<Member> {} << "no members";
    }

    void refusesMaliciousOrMalformedMembers()
    {
        QFETCH(QList<Member>, members);
        QFETCH(QString, reasonContains);
        const QString ova =
            m_dir.filePath(QStringLiteral("bad-%1.ova").arg(QTest::currentDataTag()));
        QVERIFY(writeTar(ova, members));
        const QString out = m_dir.filePath(QStringLiteral("bad-%1").arg(QTest::currentDataTag()));
        QVERIFY(QDir().mkpath(out));
        QString error;
        QVERIFY(!OvaExpander::expand(ova, out, &error));
        QVERIFY2(error.contains(reasonContains), qPrintable(error));
        QVERIFY2(error.contains(ova), qPrintable(error));
        // Nothing is left behind, and nothing escaped the target directory.
        QCOMPARE(QDir(out).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), QStringList());
        QVERIFY(!QFileInfo::exists(m_dir.filePath("evil.vmdk")));
    }

    void refusesNonTarAndTruncatedArchives()
    {
        const QString out = m_dir.filePath("trunc");
        QVERIFY(QDir().mkpath(out));
        const QString garbage = m_dir.filePath("garbage.ova");
        {
            QFile f(garbage);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray(4096, 'z'));
        }
        QString error;
        QVERIFY(!OvaExpander::expand(garbage, out, &error));
        QVERIFY2(error.contains(QLatin1String("not a readable tar archive")), qPrintable(error));

        const QString ova = m_dir.filePath("whole.ova");
        QVERIFY(writeTar(ova,
                         { { "a.ovf", descriptor, AE_IFREG, {} },
                           { "disk.vmdk", QByteArray(300000, 'd'), AE_IFREG, {} } }));
        QFile whole(ova);
        QVERIFY(whole.open(QIODevice::ReadOnly));
        const QByteArray bytes = whole.readAll();
        const QString cut = m_dir.filePath("cut.ova");
        {
            QFile f(cut);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bytes.left(150000));
        }
        QVERIFY(!OvaExpander::expand(cut, out, &error));
        QVERIFY2(error.contains(QLatin1String("disk.vmdk")), qPrintable(error));
        QCOMPARE(QDir(out).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), QStringList());

        QVERIFY(!OvaExpander::expand(m_dir.filePath("missing.ova"), out, &error));
        QVERIFY(error.contains(QLatin1String("missing.ova")));
        QVERIFY(!OvaExpander::expand(ova, m_dir.filePath("no-such-dir"), &error));
        QVERIFY2(error.contains(QLatin1String("does not exist")), qPrintable(error));
    }

    void enforcesTotalSizeLimit()
    {
        const QString ova = m_dir.filePath("big.ova");
        QVERIFY(writeTar(ova,
                         { { "a.ovf", descriptor, AE_IFREG, {} },
                           { "disk.vmdk", QByteArray(10000, 'd'), AE_IFREG, {} } }));
        const QString out = m_dir.filePath("limit");
        QVERIFY(QDir().mkpath(out));
        QString error;
        QVERIFY(!OvaExpander::expand(ova, out, &error, 5000));
        QVERIFY2(error.contains(QLatin1String("5000")), qPrintable(error));
        QCOMPARE(QDir(out).entryList(QDir::Files), QStringList());
        QVERIFY2(OvaExpander::expand(ova, out, &error, 10000 + descriptor.size()),
                 qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestOvaExpander)
#include "TestOvaExpander.moc"
