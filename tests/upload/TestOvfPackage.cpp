// OVF/OVA client side without a server: References collection, upload order, missing files,
// refused hrefs, manifest verification with mismatches per file, OVA members streamed from a
// real tar written with libarchive, item type detection.
#include "ovf/OvaReader.h"
#include "ovf/OvfDescriptor.h"
#include "ovf/OvfManifest.h"
#include "ovf/OvfPackage.h"
#include "upload/UploadPreparer.h"

#include <QCryptographicHash>
#include <QTemporaryDir>
#include <QtTest>

#include <archive.h>
#include <archive_entry.h>

using namespace clu;

namespace {

QByteArray descriptor(const QStringList &hrefs)
{
    QByteArray refs;
    int i = 0;
    for (const QString &h : hrefs)
        refs += "    <File ovf:href=\"" + h.toUtf8() + "\" ovf:id=\"file" + QByteArray::number(++i)
            + "\" ovf:size=\"999\"/>\n";
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<Envelope xmlns=\"http://schemas.dmtf.org/ovf/envelope/1\" "
           "xmlns:ovf=\"http://schemas.dmtf.org/ovf/envelope/1\">\n"
           "  <References>\n"
        + refs
        + "  </References>\n"
          "  <DiskSection><Info>disks</Info></DiskSection>\n"
          "</Envelope>\n";
}

void writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(data);
}

QString sha256(const QByteArray &d)
{
    return QString::fromLatin1(QCryptographicHash::hash(d, QCryptographicHash::Sha256).toHex());
}

// A package: vm.ovf referencing disk1.vmdk and vm.nvram, with vm.mf (SHA256) and vm.cert.
struct Package
{
    QByteArray ovf = descriptor({ QStringLiteral("disk1.vmdk"), QStringLiteral("vm.nvram") });
    QByteArray disk = QByteArray(3 * 1024 * 1024 + 17, 'd');
    QByteArray nvram = QByteArray("nvram-bytes");
    QByteArray cert = QByteArray(
        "SHA256(vm.mf)= 00\n-----BEGIN CERTIFICATE-----\nx\n-----END CERTIFICATE-----\n");
    QByteArray manifest() const
    {
        return "SHA256(vm.ovf)= " + sha256(ovf).toLatin1() + "\nSHA256(disk1.vmdk)="
            + sha256(disk).toLatin1() + "\nSHA256 (vm.nvram) = " + sha256(nvram).toLatin1() + "\n";
    }
    QList<QPair<QString, QByteArray>> members() const
    {
        return { { QStringLiteral("vm.ovf"), ovf },
                 { QStringLiteral("vm.mf"), manifest() },
                 { QStringLiteral("vm.cert"), cert },
                 { QStringLiteral("disk1.vmdk"), disk },
                 { QStringLiteral("vm.nvram"), nvram } };
    }
    void writeTo(const QString &dir) const
    {
        for (const auto &m : members())
            writeFile(dir + QLatin1Char('/') + m.first, m.second);
    }
    void writeOva(const QString &path) const
    {
        struct archive *a = archive_write_new();
        archive_write_set_format_ustar(a);
        QVERIFY(archive_write_open_filename(a, QFile::encodeName(path).constData()) == ARCHIVE_OK);
        for (const auto &m : members()) {
            struct archive_entry *e = archive_entry_new();
            archive_entry_set_pathname(e, m.first.toUtf8().constData());
            archive_entry_set_size(e, m.second.size());
            archive_entry_set_filetype(e, AE_IFREG);
            archive_entry_set_perm(e, 0644);
            archive_write_header(a, e);
            archive_write_data(a, m.second.constData(), size_t(m.second.size()));
            archive_entry_free(e);
        }
        archive_write_close(a);
        archive_write_free(a);
    }
};

QStringList names(const QList<UploadSource> &files)
{
    QStringList out;
    for (const auto &f : files)
        out.append(f.name);
    return out;
}

} // namespace

class TestOvfPackage : public QObject
{
    Q_OBJECT
private slots:
    void descriptorReferences()
    {
        const OvfDescriptor d =
            OvfDescriptor::parse(descriptor({ QStringLiteral("a.vmdk"), QStringLiteral("b.iso") }),
                                 QStringLiteral("x.ovf"));
        QVERIFY2(d.ok(), qPrintable(d.error));
        QCOMPARE(d.references.size(), 2);
        QCOMPARE(d.references.at(0).href, QStringLiteral("a.vmdk"));
        QCOMPARE(d.references.at(1).id, QStringLiteral("file2"));
        QCOMPARE(d.references.at(1).declaredSize, qint64(999));
    }

    void descriptorErrors_data()
    {
        QTest::addColumn<QByteArray>("xml");
        QTest::addColumn<QString>("expected");
        QTest::newRow("parent dir")
            << descriptor({ QStringLiteral("../etc/passwd") }) << "path separator";
        QTest::newRow("dotdot") << descriptor({ QStringLiteral("..") }) << "not a file name";
        QTest::newRow("backslash")
            << descriptor({ QStringLiteral("a\\b.vmdk") }) << "path separator";
        QTest::newRow("url") << descriptor({ QStringLiteral("http:x.vmdk") }) << "URL";
        // A URL has slashes too; it must still be named as a URL (issue 14).
        QTest::newRow("http url")
            << descriptor({ QStringLiteral("http://mirror.example.com/d.vmdk") }) << "is a URL";
        QTest::newRow("drive") << descriptor({ QStringLiteral("C:\\d.vmdk") }) << "drive path";
        QTest::newRow("broken xml") << QByteArray("<Envelope><References>") << "not a valid OVF";
        QTest::newRow("not ovf") << QByteArray("<html/>") << "root element";
    }
    void descriptorErrors()
    {
        QFETCH(QByteArray, xml);
        QFETCH(QString, expected);
        const OvfDescriptor d = OvfDescriptor::parse(xml, QStringLiteral("bad.ovf"));
        QVERIFY(!d.ok());
        QVERIFY2(d.error.contains(expected) && d.error.contains(QStringLiteral("bad.ovf")),
                 qPrintable(d.error));
    }

    void manifestParsing()
    {
        const OvfManifest m = OvfManifest::parse("SHA1(a.ovf)= ABCDEF\nSHA512 (b.vmdk) =0123\n\n",
                                                 QStringLiteral("x.mf"));
        QVERIFY2(m.ok(), qPrintable(m.error));
        QCOMPARE(m.entries.size(), 2);
        QCOMPARE(int(m.entries.at(0).algorithm), int(ChecksumAlgorithm::Sha1));
        QCOMPARE(m.entries.at(0).digest, QStringLiteral("abcdef"));
        QCOMPARE(m.find(QStringLiteral("b.vmdk"))->digest, QStringLiteral("0123"));
        const OvfManifest bad = OvfManifest::parse("garbage line\n", QStringLiteral("x.mf"));
        QVERIFY(!bad.ok());
        QVERIFY2(bad.error.contains(QStringLiteral("x.mf line 1")), qPrintable(bad.error));
    }

    void folderPackageOrderAndVerification()
    {
        QTemporaryDir dir;
        Package p;
        p.writeTo(dir.path());
        writeFile(dir.filePath(QStringLiteral("unrelated.txt")), "x");
        const OvfPackage pkg = OvfPackage::fromOvf(dir.filePath(QStringLiteral("vm.ovf")));
        QVERIFY2(pkg.ok(), qPrintable(pkg.errors().join('\n')));
        QVERIFY(pkg.isSigned());
        QCOMPARE(names(pkg.files()),
                 QStringList({ "vm.mf", "vm.cert", "vm.ovf", "disk1.vmdk", "vm.nvram" }));
        QCOMPARE(pkg.files().at(3).size, qint64(p.disk.size())); // real size, not ovf:size
        QVERIFY(pkg.verifyManifest().isEmpty());
        QCOMPARE(OvfPackage::detectItemType({ dir.filePath(QStringLiteral("vm.ovf")) }),
                 QStringLiteral("ovf"));

        // Change one disk byte: the mismatch names that file and both digests.
        QByteArray changed = p.disk;
        changed[5] = 'X';
        writeFile(dir.filePath(QStringLiteral("disk1.vmdk")), changed);
        const QList<DigestMismatch> mm =
            OvfPackage::fromOvf(dir.filePath(QStringLiteral("vm.ovf"))).verifyManifest();
        QCOMPARE(mm.size(), 1);
        QCOMPARE(mm.first().file, QStringLiteral("disk1.vmdk"));
        QCOMPARE(mm.first().expected, sha256(p.disk));
        QCOMPARE(mm.first().actual, sha256(changed));

        // The preparer reports the same before any session exists, and computes checksums.
        const PreparedUpload prep = UploadPreparer::prepare(
            { dir.filePath(QStringLiteral("vm.ovf")) }, ChecksumAlgorithm::Sha256, nullptr, {});
        QVERIFY(!prep.ok);
        QCOMPARE(prep.mismatches.size(), 1);
        QVERIFY2(prep.errors.join(' ').contains(
                     QStringLiteral("disk1.vmdk does not match the manifest")),
                 qPrintable(prep.errors.join(' ')));
    }

    void missingReferenceReportedByName()
    {
        QTemporaryDir dir;
        Package p;
        p.writeTo(dir.path());
        QVERIFY(QFile::remove(dir.filePath(QStringLiteral("vm.nvram"))));
        const OvfPackage pkg = OvfPackage::fromOvf(dir.filePath(QStringLiteral("vm.ovf")));
        QVERIFY(!pkg.ok());
        QCOMPARE(pkg.missingFiles(), QStringList { QStringLiteral("vm.nvram") });
        QVERIFY2(pkg.errors().join(' ').contains(QStringLiteral("vm.nvram")),
                 qPrintable(pkg.errors().join(' ')));
    }

    void unsignedPackageWithoutManifest()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath(QStringLiteral("plain.ovf")),
                  descriptor({ QStringLiteral("d.vmdk") }));
        writeFile(dir.filePath(QStringLiteral("d.vmdk")), "disk");
        const OvfPackage pkg = OvfPackage::fromOvf(dir.filePath(QStringLiteral("plain.ovf")));
        QVERIFY2(pkg.ok(), qPrintable(pkg.errors().join('\n')));
        QVERIFY(!pkg.isSigned());
        QVERIFY(!pkg.hasManifest());
        QCOMPARE(names(pkg.files()), QStringList({ "plain.ovf", "d.vmdk" }));
    }

    void ovaStreamedMemberByMember()
    {
        QTemporaryDir dir;
        Package p;
        const QString ova = dir.filePath(QStringLiteral("vm.ova"));
        p.writeOva(ova);
        QString error;
        const QList<OvaMember> members = OvaReader::listMembers(ova, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(members.size(), 5);
        QCOMPARE(members.at(3).name, QStringLiteral("disk1.vmdk"));
        QCOMPARE(members.at(3).size, qint64(p.disk.size()));

        std::unique_ptr<QIODevice> dev =
            OvaReader::openMember(ova, QStringLiteral("disk1.vmdk"), &error);
        QVERIFY2(dev, qPrintable(error));
        QVERIFY(dev->isSequential());
        QCOMPARE(dev->size(), qint64(p.disk.size()));
        QCOMPARE(dev->bytesAvailable(), qint64(p.disk.size()));
        QByteArray read;
        char buf[100000];
        qint64 n;
        while ((n = dev->read(buf, sizeof buf)) > 0)
            read.append(buf, int(n));
        QCOMPARE(read, p.disk);
        QVERIFY(dev->atEnd());

        QVERIFY(!OvaReader::openMember(ova, QStringLiteral("nope.vmdk"), &error));
        QVERIFY2(error.contains(QStringLiteral("nope.vmdk")), qPrintable(error));

        const OvfPackage pkg = OvfPackage::fromOva(ova);
        QVERIFY2(pkg.ok(), qPrintable(pkg.errors().join('\n')));
        QCOMPARE(names(pkg.files()),
                 QStringList({ "vm.mf", "vm.cert", "vm.ovf", "disk1.vmdk", "vm.nvram" }));
        QVERIFY(pkg.files().at(3).inOva);
        QVERIFY(pkg.verifyManifest().isEmpty());

        const PreparedUpload prep =
            UploadPreparer::prepare({ ova }, ChecksumAlgorithm::Sha256, nullptr, {});
        QVERIFY2(prep.ok, qPrintable(prep.errors.join(' ')));
        QCOMPARE(prep.checksums.value(QStringLiteral("disk1.vmdk")), sha256(p.disk));
        QCOMPARE(names(prep.metadata), QStringList({ "vm.mf", "vm.cert", "vm.ovf" }));
    }

    void notAnOva()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("junk.ova"));
        writeFile(path, QByteArray(5000, 'j'));
        const OvfPackage pkg = OvfPackage::fromOva(path);
        QVERIFY(!pkg.ok());
        QVERIFY2(pkg.errors().join(' ').contains(QStringLiteral("junk.ova")),
                 qPrintable(pkg.errors().join(' ')));
    }

    void itemTypeDetection()
    {
        QCOMPARE(OvfPackage::detectItemType({ QStringLiteral("a/x.OVA") }), QStringLiteral("ovf"));
        QCOMPARE(OvfPackage::detectItemType({ QStringLiteral("ubuntu.iso") }),
                 QStringLiteral("iso"));
        QCOMPARE(
            OvfPackage::detectItemType({ QStringLiteral("notes.txt"), QStringLiteral("b.bin") }),
            QStringLiteral("file"));
    }

    void chunkedReferences()
    {
        // ovftool --chunkSize: the href is not in the package, its chunks are.
        QTemporaryDir dir;
        QByteArray xml = descriptor({ QStringLiteral("big.vmdk") });
        xml.replace("ovf:size=\"999\"", "ovf:chunkSize=\"10\" ovf:size=\"25\"");
        writeFile(dir.filePath(QStringLiteral("c.ovf")), xml);
        writeFile(dir.filePath(QStringLiteral("big.vmdk.000000000")), QByteArray(10, 'a'));
        writeFile(dir.filePath(QStringLiteral("big.vmdk.000000001")), QByteArray(10, 'b'));
        writeFile(dir.filePath(QStringLiteral("big.vmdk.000000002")), QByteArray(5, 'c'));
        OvfPackage pkg = OvfPackage::fromOvf(dir.filePath(QStringLiteral("c.ovf")));
        QVERIFY2(pkg.ok(), qPrintable(pkg.errors().join('\n')));
        QCOMPARE(names(pkg.files()), QStringList({ "c.ovf", "big.vmdk.000000000",
                                                   "big.vmdk.000000001", "big.vmdk.000000002" }));
        QCOMPARE(pkg.chunkedFiles().size(), 1);

        // The last chunk lost: ovf:size (the whole file) says so, naming the missing chunk.
        QVERIFY(QFile::remove(dir.filePath(QStringLiteral("big.vmdk.000000002"))));
        pkg = OvfPackage::fromOvf(dir.filePath(QStringLiteral("c.ovf")));
        QVERIFY(!pkg.ok());
        QCOMPARE(pkg.missingFiles(), QStringList { QStringLiteral("big.vmdk.000000002") });
        QVERIFY2(pkg.errors().join(' ').contains(QStringLiteral("add up to 20 bytes")),
                 qPrintable(pkg.errors().join(' ')));

        // A middle chunk of the wrong size.
        writeFile(dir.filePath(QStringLiteral("big.vmdk.000000001")), QByteArray(9, 'b'));
        writeFile(dir.filePath(QStringLiteral("big.vmdk.000000002")), QByteArray(6, 'c'));
        pkg = OvfPackage::fromOvf(dir.filePath(QStringLiteral("c.ovf")));
        QVERIFY2(pkg.errors().join(' ').contains(QStringLiteral("big.vmdk.000000001 of big.vmdk "
                                                                "has 9 bytes")),
                 qPrintable(pkg.errors().join(' ')));

        // The unsplit file instead of the chunks: refused, naming chunking, not sent as is.
        for (const char *c : { "big.vmdk.000000000", "big.vmdk.000000001", "big.vmdk.000000002" })
            QFile::remove(dir.filePath(QLatin1String(c)));
        writeFile(dir.filePath(QStringLiteral("big.vmdk")), QByteArray(25, 'w'));
        pkg = OvfPackage::fromOvf(dir.filePath(QStringLiteral("c.ovf")));
        QVERIFY(!pkg.ok());
        QVERIFY2(pkg.errors().join(' ').contains(QStringLiteral("ovf:chunkSize"))
                     && pkg.errors().join(' ').contains(QStringLiteral("unsplit file big.vmdk")),
                 qPrintable(pkg.errors().join(' ')));
    }

    void manifestListsUnreferencedFile()
    {
        // VirtualBox: "SHA256 (readme.txt) = ..." for a file the descriptor does not reference.
        QTemporaryDir dir;
        const QByteArray ovf = descriptor({ QStringLiteral("d.vmdk") });
        writeFile(dir.filePath(QStringLiteral("vb.ovf")), ovf);
        writeFile(dir.filePath(QStringLiteral("d.vmdk")), "disk");
        writeFile(dir.filePath(QStringLiteral("readme.txt")), "read me");
        writeFile(dir.filePath(QStringLiteral("vb.mf")),
                  "SHA256 (vb.ovf) = " + sha256(ovf).toLatin1() + "\nSHA256 (d.vmdk) = "
                      + sha256("disk").toLatin1() + "\nSHA256 (readme.txt) = "
                      + sha256("read me").toLatin1() + "\n");
        const OvfPackage pkg = OvfPackage::fromOvf(dir.filePath(QStringLiteral("vb.ovf")));
        QVERIFY2(pkg.ok(), qPrintable(pkg.errors().join('\n')));
        QCOMPARE(names(pkg.unreferencedListed()), QStringList { QStringLiteral("readme.txt") });
        QVERIFY(pkg.verifyManifest().isEmpty());
        const PreparedUpload prep = UploadPreparer::prepare(
            { dir.filePath(QStringLiteral("vb.ovf")) }, ChecksumAlgorithm::Sha256, nullptr, {});
        QVERIFY2(prep.ok, qPrintable(prep.errors.join(' ')));
        QCOMPARE(names(prep.content), QStringList { QStringLiteral("d.vmdk") });
        QVERIFY2(prep.notes.join(' ').contains(QStringLiteral("readme.txt is listed")),
                 qPrintable(prep.notes.join(' ')));

        // Listed but not there at all: named.
        QVERIFY(QFile::remove(dir.filePath(QStringLiteral("readme.txt"))));
        const OvfPackage gone = OvfPackage::fromOvf(dir.filePath(QStringLiteral("vb.ovf")));
        QVERIFY(!gone.ok());
        QVERIFY2(gone.errors().join(' ').contains(QStringLiteral("lists readme.txt, which the "
                                                                 "package does not hold")),
                 qPrintable(gone.errors().join(' ')));
    }

    void preparerRefusesBadInput()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath(QStringLiteral("a.ovf")), descriptor({}));
        writeFile(dir.filePath(QStringLiteral("b.iso")), "iso");
        PreparedUpload r = UploadPreparer::prepare(
            { dir.filePath(QStringLiteral("a.ovf")), dir.filePath(QStringLiteral("b.iso")) },
            ChecksumAlgorithm::Sha256, nullptr, {});
        QVERIFY(!r.ok);
        QVERIFY2(r.errors.join(' ').contains(QStringLiteral("on its own")),
                 qPrintable(r.errors.join(' ')));
        r = UploadPreparer::prepare({ dir.filePath(QStringLiteral("missing.iso")) },
                                    ChecksumAlgorithm::Sha256, nullptr, {});
        QVERIFY(!r.ok);
        QVERIFY2(r.errors.join(' ').contains(QStringLiteral("missing.iso does not exist")),
                 qPrintable(r.errors.join(' ')));
    }
};

QTEST_GUILESS_MAIN(TestOvfPackage)
#include "TestOvfPackage.moc"
