#include "ovf/Manifest.h"
#include "ovf/OvfDescriptor.h"
#include "ovf/PackageBuilder.h"
#include "ovf/SignatureFile.h"

#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace clu::sim::ovf;

namespace {
QStringList names(const QStringList &paths)
{
    QStringList out;
    for (const QString &p : paths)
        out << QFileInfo(p).fileName();
    return out;
}
} // namespace

class TestPackageBuilder : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void signedFolderLayout()
    {
        PackageSpec spec;
        spec.baseName = QStringLiteral("app");
        spec.diskSizes = { 1000, 2000 };
        QString error;
        const auto pkg = PackageBuilder::build(spec, m_dir.filePath("signed/nested"), &error);
        QVERIFY2(pkg, qPrintable(error));
        QCOMPARE(
            names(pkg->uploadOrder),
            QStringList({ "app.mf", "app.cert", "app.ovf", "app-disk1.vmdk", "app-disk2.vmdk" }));
        QCOMPARE(QDir(pkg->directory).entryList(QDir::Files).size(), 5);
        QVERIFY(pkg->ovaPath.isEmpty());
        QVERIFY(!pkg->signerCertificatePem.isEmpty());
        QVERIFY(pkg->rootCaPem.isEmpty()); // self-signed: no CA

        // The .cert signs the .mf by name; the .mf covers .ovf and disks, not itself/.cert.
        const auto sf = SignatureFile::parseFile(pkg->certPath, &error);
        QVERIFY2(sf, qPrintable(error));
        QCOMPARE(sf->manifestName(), QStringLiteral("app.mf"));
        QCOMPARE(sf->algorithm(), DigestAlgorithm::Sha256);
        QCOMPARE(sf->signature().size(), 256); // RSA 2048
        QCOMPARE(sf->certificatePems(), QList<QByteArray> { pkg->signerCertificatePem });
        const auto mf = Manifest::parseFile(pkg->manifestPath, &error);
        QVERIFY2(mf, qPrintable(error));
        QStringList covered;
        for (const ManifestEntry &e : mf->entries()) {
            covered << e.fileName;
            QCOMPARE(e.algorithm, DigestAlgorithm::Sha256);
        }
        QCOMPARE(covered, QStringList({ "app.ovf", "app-disk1.vmdk", "app-disk2.vmdk" }));
    }

    void unsignedAndManifestOnly()
    {
        PackageSpec spec;
        spec.signing = PackageSigning::Unsigned;
        QString error;
        auto pkg = PackageBuilder::build(spec, m_dir.filePath("unsigned"), &error);
        QVERIFY2(pkg, qPrintable(error));
        QCOMPARE(names(pkg->uploadOrder), QStringList({ "demo.ovf", "demo-disk1.vmdk" }));
        QVERIFY(pkg->manifestPath.isEmpty() && pkg->certPath.isEmpty());
        QVERIFY(pkg->signerCertificatePem.isEmpty());

        spec.signing = PackageSigning::ManifestOnly;
        pkg = PackageBuilder::build(spec, m_dir.filePath("mfonly"), &error);
        QVERIFY2(pkg, qPrintable(error));
        QCOMPARE(names(pkg->uploadOrder),
                 QStringList({ "demo.mf", "demo.ovf", "demo-disk1.vmdk" }));
        QVERIFY(pkg->certPath.isEmpty());
    }

    void caKindsReturnTheirCas()
    {
        PackageSpec spec;
        spec.signing = PackageSigning::CaSigned;
        QString error;
        auto pkg = PackageBuilder::build(spec, m_dir.filePath("ca"), &error);
        QVERIFY2(pkg, qPrintable(error));
        QVERIFY(pkg->rootCaPem.startsWith("-----BEGIN CERTIFICATE-----"));
        QVERIFY(pkg->intermediateCaPem.isEmpty());
        spec.signing = PackageSigning::IntermediateSigned;
        pkg = PackageBuilder::build(spec, m_dir.filePath("inter"), &error);
        QVERIFY2(pkg, qPrintable(error));
        QVERIFY(!pkg->rootCaPem.isEmpty() && !pkg->intermediateCaPem.isEmpty());
        QVERIFY(pkg->rootCaPem != pkg->intermediateCaPem);
    }

    void diskContentIsDeterministicAndSized()
    {
        PackageSpec spec;
        spec.signing = PackageSigning::Unsigned;
        spec.diskSizes = { 1024 * 1024 + 5, 0 };
        spec.streamOptimizedDisks = false; // raw files of exactly these sizes
        QString error;
        const auto a = PackageBuilder::build(spec, m_dir.filePath("det-a"), &error);
        const auto b = PackageBuilder::build(spec, m_dir.filePath("det-b"), &error);
        QVERIFY2(a && b, qPrintable(error));
        QCOMPARE(QFileInfo(a->diskPaths.at(0)).size(), Q_INT64_C(1024 * 1024 + 5));
        QCOMPARE(QFileInfo(a->diskPaths.at(1)).size(), Q_INT64_C(0));
        QCOMPARE(Manifest::fileDigestHex(a->diskPaths.at(0), DigestAlgorithm::Sha256, &error),
                 Manifest::fileDigestHex(b->diskPaths.at(0), DigestAlgorithm::Sha256, &error));
        // Not a run of zeros (a server that ignores bytes would not notice otherwise).
        QFile f(a->diskPaths.at(0));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray head = f.read(4096);
        QVERIFY(head.count('\0') < 100);
    }

    void refusesBadSpecs_data()
    {
        QTest::addColumn<QString>("baseName");
        QTest::addColumn<qint64>("diskSize");
        QTest::addColumn<QString>("corruptDigestOf");
        QTest::addColumn<QString>("reasonContains");
        QTest::newRow("slash") << "a/b" << qint64(1) << ""
                               << "must be a non-empty file name";
        QTest::newRow("empty") << "" << qint64(1) << ""
                               << "must be a non-empty file name";
        QTest::newRow("negative") << "ok" << qint64(-5) << ""
                                  << "must not be negative (got -5)";
        QTest::newRow("unknown corrupt") << "ok" << qint64(1) << "nope.vmdk"
                                         << "\"nope.vmdk\", which is not a file of the package";
    }

    void refusesBadSpecs()
    {
        QFETCH(QString, baseName);
        QFETCH(qint64, diskSize);
        QFETCH(QString, corruptDigestOf);
        QFETCH(QString, reasonContains);
        PackageSpec spec;
        spec.baseName = baseName;
        spec.diskSizes = { diskSize };
        spec.corruptDigestOf = corruptDigestOf;
        QString error;
        QVERIFY(!PackageBuilder::build(spec, m_dir.filePath("bad"), &error));
        QVERIFY2(error.contains(reasonContains), qPrintable(error));
    }

    void signatureVerifiesWithTheOpensslTool()
    {
        // Interoperability: what we sign is what `openssl dgst -sha256 -verify` (the way
        // ovftool-style signatures are checked by hand) accepts.
        const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
        if (openssl.isEmpty())
            QSKIP("the openssl command-line tool is not installed");
        QString error;
        const auto pkg = PackageBuilder::build(PackageSpec(), m_dir.filePath("interop"), &error);
        QVERIFY2(pkg, qPrintable(error));
        const auto sf = SignatureFile::parseFile(pkg->certPath, &error);
        QVERIFY2(sf, qPrintable(error));
        const QDir dir(pkg->directory);
        QFile sig(dir.filePath("sig.bin"));
        QVERIFY(sig.open(QIODevice::WriteOnly));
        sig.write(sf->signature());
        sig.close();
        QFile cert(dir.filePath("signer.pem"));
        QVERIFY(cert.open(QIODevice::WriteOnly));
        cert.write(pkg->signerCertificatePem);
        cert.close();

        QProcess p;
        p.start(openssl,
                { "x509", "-in", cert.fileName(), "-pubkey", "-noout", "-out",
                  dir.filePath("pub.pem") });
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 0);
        p.start(openssl,
                { "dgst", "-sha256", "-verify", dir.filePath("pub.pem"), "-signature",
                  sig.fileName(), pkg->manifestPath });
        QVERIFY(p.waitForFinished(30000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        QVERIFY(p.readAllStandardOutput().contains("Verified OK"));

        // The subject carries the requested common name.
        p.start(openssl, { "x509", "-in", cert.fileName(), "-noout", "-subject" });
        QVERIFY(p.waitForFinished(30000));
        QVERIFY(p.readAllStandardOutput().contains("Demo Package Signer"));
    }

    void ovaIsReadableByTheTarTool()
    {
        const QString tar = QStandardPaths::findExecutable(QStringLiteral("tar"));
        if (tar.isEmpty())
            QSKIP("the tar command-line tool is not installed");
        PackageSpec spec;
        spec.baseName = QStringLiteral("a-rather-long-package-name-to-need-more-than-ustar-"
                                       "allows-in-one-header-field-of-a-hundred-bytes-x");
        spec.signing = PackageSigning::ManifestOnly;
        spec.makeOva = true;
        QString error;
        const auto pkg = PackageBuilder::build(spec, m_dir.filePath("tar"), &error);
        QVERIFY2(pkg, qPrintable(error));
        QProcess p;
        p.start(tar, { "-tf", pkg->ovaPath });
        QVERIFY(p.waitForFinished(30000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        const QStringList listed =
            QString::fromUtf8(p.readAllStandardOutput()).split('\n', Qt::SkipEmptyParts);
        QCOMPARE(listed,
                 QStringList({ spec.baseName + ".ovf", spec.baseName + ".mf",
                               spec.baseName + "-disk1.vmdk" }));
    }
};

QTEST_GUILESS_MAIN(TestPackageBuilder)
#include "TestPackageBuilder.moc"
