#include "ovf/OvfDescriptor.h"
#include "ovf/PackageBuilder.h"

#include <QTemporaryDir>
#include <QtTest>

using clu::sim::ovf::OvfDescriptor;

namespace {
QByteArray envelope(const QByteArray &ns, const QByteArray &references)
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<Envelope xmlns=\""
        + ns + "\" xmlns:ovf=\"" + ns
        + "\">\n"
          "  <References>\n"
        + references
        + "  </References>\n"
          "  <DiskSection><Info>disks</Info>"
          "<Disk ovf:diskId=\"d1\" ovf:fileRef=\"file1\" ovf:capacity=\"1\"/></DiskSection>\n"
          "</Envelope>\n";
}
const QByteArray ovf1 = "http://schemas.dmtf.org/ovf/envelope/1";
const QByteArray ovf2 = "http://schemas.dmtf.org/ovf/envelope/2";
} // namespace

class TestOvfDescriptor : public QObject
{
    Q_OBJECT
private slots:
    void parsesReferencesWithSizesInOrder()
    {
        QString error;
        const auto d = OvfDescriptor::parse(
            envelope(ovf1,
                     "<File ovf:href=\"disk1.vmdk\" ovf:id=\"file1\" ovf:size=\"123456789012\"/>\n"
                     "<File ovf:href=\"vm.nvram\" ovf:id=\"file2\"/>\n"
                     "<File ovf:href=\"a..b.iso\" ovf:id=\"file3\" ovf:size=\" 0 \"/>\n"),
            &error);
        QVERIFY2(d, qPrintable(error));
        QCOMPARE(d->ovfMajorVersion(), 1);
        QCOMPARE(d->referencedFileNames(), QStringList({ "disk1.vmdk", "vm.nvram", "a..b.iso" }));
        QCOMPARE(d->references().at(0).size, Q_INT64_C(123456789012)); // beyond 32 bits
        QCOMPARE(d->references().at(0).id, QStringLiteral("file1"));
        QCOMPARE(d->references().at(1).size, Q_INT64_C(-1)); // absent
        QCOMPARE(d->references().at(2).size, Q_INT64_C(0));
    }

    void acceptsOvf2AndOtherPrefixes()
    {
        // OVF 2.0 namespace, and a descriptor that binds the namespace to another prefix.
        QString error;
        const QByteArray xml = "<o:Envelope xmlns:o=\"" + ovf2
            + "\"><o:References>"
              "<o:File o:href=\"x.vmdk\" o:id=\"f\" o:size=\"5\"/>"
              "</o:References></o:Envelope>";
        const auto d = OvfDescriptor::parse(xml, &error);
        QVERIFY2(d, qPrintable(error));
        QCOMPARE(d->ovfMajorVersion(), 2);
        QCOMPARE(d->referencedFileNames(), QStringList { "x.vmdk" });
        QCOMPARE(d->references().first().size, Q_INT64_C(5));
    }

    void toleratesUnqualifiedAttributes()
    {
        QString error;
        const auto d = OvfDescriptor::parse(
            envelope(ovf1, "<File href=\"plain.vmdk\" id=\"file1\" size=\"7\"/>"), &error);
        QVERIFY2(d, qPrintable(error));
        QCOMPARE(d->referencedFileNames(), QStringList { "plain.vmdk" });
        QCOMPARE(d->references().first().size, Q_INT64_C(7));
    }

    void ignoresFileElementsOutsideReferences()
    {
        QString error;
        const QByteArray xml = "<Envelope xmlns=\"" + ovf1 + "\" xmlns:ovf=\"" + ovf1
            + "\">"
              "<References/><Other><File ovf:href=\"../not-a-ref\"/></Other>"
              "</Envelope>";
        const auto d = OvfDescriptor::parse(xml, &error);
        QVERIFY2(d, qPrintable(error));
        QVERIFY(d->references().isEmpty());
    }

    void refusesWithReason_data()
    {
        QTest::addColumn<QByteArray>("xml");
        QTest::addColumn<QString>("reasonContains");
        QTest::newRow("not xml") << QByteArray("this is not xml") << "not well-formed";
        QTest::newRow("truncated")
            << envelope(ovf1, "<File ovf:href=\"a\"/>").left(120) << "not well-formed";
        QTest::newRow("empty") << QByteArray() << "no root element";
        QTest::newRow("wrong root")
            << QByteArray("<Foo xmlns=\"" + ovf1 + "\"/>") << "not an OVF Envelope";
        QTest::newRow("no namespace")
            << QByteArray("<Envelope><References/></Envelope>") << "not an OVF Envelope";
        QTest::newRow("foreign namespace")
            << QByteArray("<Envelope xmlns=\"http://example.com/ovf\"/>") << "not an OVF Envelope";
        QTest::newRow("slash") << envelope(ovf1, "<File ovf:href=\"sub/disk.vmdk\"/>")
                               << "path separator";
        QTest::newRow("backslash")
            << envelope(ovf1, "<File ovf:href=\"sub\\disk.vmdk\"/>") << "path separator";
        QTest::newRow("dotdot") << envelope(ovf1, "<File ovf:href=\"..\"/>")
                                << "directory reference";
        QTest::newRow("parent path")
            << envelope(ovf1, "<File ovf:href=\"../etc/passwd\"/>") << "path separator";
        QTest::newRow("url") << envelope(ovf1, "<File ovf:href=\"http:x\"/>") << "URL";
        QTest::newRow("empty href") << envelope(ovf1, "<File ovf:href=\"\"/>") << "empty";
        QTest::newRow("no href") << envelope(ovf1, "<File ovf:id=\"f\"/>") << "no ovf:href";
        QTest::newRow("duplicate")
            << envelope(ovf1, "<File ovf:href=\"a.vmdk\"/><File ovf:href=\"a.vmdk\"/>")
            << "referenced twice";
        QTest::newRow("bad size") << envelope(ovf1, "<File ovf:href=\"a.vmdk\" ovf:size=\"12k\"/>")
                                  << "not a non-negative integer";
        QTest::newRow("negative size")
            << envelope(ovf1, "<File ovf:href=\"a.vmdk\" ovf:size=\"-1\"/>")
            << "not a non-negative integer";
        QTest::newRow("dtd") << QByteArray(
            "<!DOCTYPE Envelope [<!ENTITY x \"y\">]><Envelope xmlns=\"" + ovf1 + "\"/>")
                             << "DTD";
    }

    void refusesWithReason()
    {
        QFETCH(QByteArray, xml);
        QFETCH(QString, reasonContains);
        QString error;
        QVERIFY(!OvfDescriptor::parse(xml, &error));
        QVERIFY2(error.contains(reasonContains), qPrintable(error));
    }

    void errorsNameTheLine()
    {
        QString error;
        QVERIFY(!OvfDescriptor::parse(envelope(ovf1, "<File ovf:href=\"a/b\"/>\n"), &error));
        QVERIFY2(error.contains(QLatin1String("line 4")), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("a/b")), qPrintable(error));
    }

    void parsesTheGeneratedDescriptor()
    {
        // The PackageBuilder's descriptor is what the demo seed and client tests upload.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        clu::sim::ovf::PackageSpec spec;
        spec.baseName = QStringLiteral("photon & <friends>");
        spec.diskSizes = { 10, 0, 3000 };
        spec.streamOptimizedDisks = false; // raw files of exactly these sizes
        spec.signing = clu::sim::ovf::PackageSigning::Unsigned;
        QString error;
        const auto pkg = clu::sim::ovf::PackageBuilder::build(spec, dir.path(), &error);
        QVERIFY2(pkg, qPrintable(error));
        const auto d = OvfDescriptor::parseFile(pkg->ovfPath, &error);
        QVERIFY2(d, qPrintable(error));
        QCOMPARE(d->referencedFileNames(),
                 QStringList({ "photon & <friends>-disk1.vmdk", "photon & <friends>-disk2.vmdk",
                               "photon & <friends>-disk3.vmdk" }));
        QCOMPARE(d->references().at(2).size, Q_INT64_C(3000));
        QCOMPARE(QFileInfo(pkg->diskPaths.at(2)).size(), Q_INT64_C(3000));
    }

    void parseFileReportsMissingFile()
    {
        QString error;
        QVERIFY(!OvfDescriptor::parseFile(QStringLiteral("/nonexistent/x.ovf"), &error));
        QVERIFY2(error.contains(QLatin1String("/nonexistent/x.ovf")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestOvfDescriptor)
#include "TestOvfDescriptor.moc"
