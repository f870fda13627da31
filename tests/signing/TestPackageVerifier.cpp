#include "ovf/CertificateFactory.h"
#include "ovf/Manifest.h"
#include "ovf/PackageBuilder.h"
#include "ovf/PackageVerifier.h"
#include "ovf/TrustStore.h"

#include <QSslCertificate>
#include <QTemporaryDir>
#include <QtTest>

using namespace clu::sim::ovf;

namespace {
using W = WarningType;

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

class TestPackageVerifier : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_counter = 0;
    // Key generation dominates the run time: one shared root CA for the CA-signed packages and
    // one self-signed package for the checks that only read it.
    std::optional<SigningIdentity> m_ca;
    BuiltPackage m_selfSigned;

    // Builds a package with the spec in a fresh sub-directory.
    BuiltPackage build(PackageSpec spec)
    {
        QString error;
        const auto pkg = PackageBuilder::build(
            spec, m_dir.filePath(QStringLiteral("p%1").arg(++m_counter)), &error);
        if (!pkg)
            qFatal("PackageBuilder failed: %s", qPrintable(error));
        return *pkg;
    }

    // Verifies the built package's signature against `trusted` at `now`.
    std::optional<CertificateAnalysis>
    verify(const BuiltPackage &pkg, const QList<QByteArray> &trusted, QString *error,
           const QDateTime &now = QDateTime::currentDateTimeUtc())
    {
        return PackageVerifier::verifySignature(readAll(pkg.manifestPath),
                                                QFileInfo(pkg.manifestPath).fileName(),
                                                readAll(pkg.certPath), trusted, now, error);
    }

    PackageSpec spec(PackageSigning signing,
                     CertificateValidity validity = CertificateValidity::Valid) const
    {
        PackageSpec s;
        s.signing = signing;
        s.validity = validity;
        s.diskSizes = { 4096, 100 };
        s.rootCa = m_ca;
        return s;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        CertificateRequest ca;
        ca.commonName = QStringLiteral("Shared Test Root CA");
        ca.notBefore = QDateTime::currentDateTimeUtc().addYears(-5);
        ca.notAfter = QDateTime::currentDateTimeUtc().addYears(20);
        ca.isCa = true;
        QString error;
        m_ca = CertificateFactory::create(ca, nullptr, &error);
        QVERIFY2(m_ca, qPrintable(error));
        m_selfSigned = build(spec(PackageSigning::SelfSigned));
    }

    void warningTypeNames()
    {
        QCOMPARE(warningTypeName(W::SelfSigned), QStringLiteral("SELF_SIGNED_CERTIFICATE"));
        QCOMPARE(warningTypeName(W::Expired), QStringLiteral("EXPIRED_CERTIFICATE"));
        QCOMPARE(warningTypeName(W::NotYetValid), QStringLiteral("NOT_YET_VALID_CERTIFICATE"));
        QCOMPARE(warningTypeName(W::Untrusted), QStringLiteral("UNTRUSTED_CERTIFICATE"));
        for (W t : allWarningTypes())
            QCOMPARE(warningTypeFromName(warningTypeName(t)), t);
        QVERIFY(!warningTypeFromName(QStringLiteral("UNKNOWN")));
    }

    void selfSignedUntrustedGetsSelfSignedAndUntrusted()
    {
        PackageSpec s = spec(PackageSigning::SelfSigned);
        s.signerCommonName = QStringLiteral("Photon Build");
        s.signerOrganization = QStringLiteral("VMware, Inc.");
        const BuiltPackage pkg = build(s);
        QString error;
        const auto a = verify(pkg, {}, &error);
        QVERIFY2(a, qPrintable(error));
        QCOMPARE(a->warnings, QList<W>({ W::SelfSigned, W::Untrusted }));
        QVERIFY(a->selfSigned);
        QCOMPARE(a->subject, QStringLiteral("/C=US/O=VMware, Inc./CN=Photon Build"));
        QCOMPARE(a->issuer, a->subject);
        QCOMPARE(a->x509.toLatin1(), pkg.signerCertificatePem);
        QCOMPARE(a->certChain, QStringList { a->x509 });
        // The wire shapes of §5.2/§5.3.
        const QJsonObject info = a->certificateInfoJson();
        QCOMPARE(info.keys(), QStringList({ "issuer", "self_signed", "subject", "x509" }));
        QCOMPARE(info.value("subject").toString(), a->subject);
        QCOMPARE(info.value("self_signed").toBool(), true);
        QCOMPARE(info.value("x509").toString(), a->x509);
        QCOMPARE(a->certChainJson(), QJsonArray { a->x509 });
        QVERIFY(!a->untrustedReason.isEmpty());
        // The dates the preview shows are the certificate's, as Qt reads them too.
        const QSslCertificate qt(a->x509.toLatin1());
        QCOMPARE(a->notBefore, qt.effectiveDate().toUTC());
        QCOMPARE(a->notAfter, qt.expiryDate().toUTC());
    }

    void selfSignedTrustedGetsOnlySelfSigned()
    {
        const BuiltPackage &pkg = m_selfSigned;
        TrustStore store;
        QVERIFY(store.add(pkg.signerCertificatePem).ok());
        QString error;
        const auto a = verify(pkg, store.pems(), &error);
        QVERIFY2(a, qPrintable(error));
        QCOMPARE(a->warnings, QList<W> { W::SelfSigned });
        QVERIFY(a->untrustedReason.isEmpty());
    }

    void trustStoreClearsUntrustedAndRemovingRestoresIt()
    {
        const BuiltPackage pkg = build(spec(PackageSigning::CaSigned));
        TrustStore store;
        QString error;
        QCOMPARE(verify(pkg, store.pems(), &error)->warnings, QList<W> { W::Untrusted });
        const auto id = store.add(pkg.rootCaPem);
        QVERIFY(id.ok());
        QCOMPARE(verify(pkg, store.pems(), &error)->warnings, QList<W>());
        QVERIFY(store.remove(id.id));
        QCOMPARE(verify(pkg, store.pems(), &error)->warnings, QList<W> { W::Untrusted });
        // An unrelated trusted certificate does not help.
        QVERIFY(store.add(m_selfSigned.signerCertificatePem).ok());
        QCOMPARE(verify(pkg, store.pems(), &error)->warnings, QList<W> { W::Untrusted });
    }

    void caSignedTrustedHasNoWarnings()
    {
        PackageSpec s = spec(PackageSigning::CaSigned);
        s.signerOrganization = QStringLiteral("Example Corp");
        s.rootCa.reset(); // the builder generates the CA, named after the organization
        const BuiltPackage pkg = build(s);
        QString error;
        const auto a = verify(pkg, { pkg.rootCaPem }, &error);
        QVERIFY2(a, qPrintable(error));
        QVERIFY(a->warnings.isEmpty());
        QVERIFY(!a->selfSigned);
        QCOMPARE(a->issuer, QStringLiteral("/C=US/O=Example Corp/CN=Example Corp Root CA"));
        QCOMPARE(a->subject, QStringLiteral("/C=US/O=Example Corp/CN=Demo Package Signer"));
    }

    void sharedRootCaAnchorsSeveralPackages()
    {
        const BuiltPackage a = build(spec(PackageSigning::CaSigned));
        const BuiltPackage b = build(spec(PackageSigning::IntermediateSigned));
        QCOMPARE(a.rootCaPem, m_ca->certificatePem);
        QCOMPARE(b.rootCaPem, m_ca->certificatePem);
        TrustStore store;
        QVERIFY(store.add(m_ca->certificatePem).ok());
        QString error;
        QCOMPARE(verify(a, store.pems(), &error)->warnings, QList<W>());
        QCOMPARE(verify(b, store.pems(), &error)->warnings, QList<W>());
        QCOMPARE(verify(a, store.pems(), &error)->issuer,
                 QStringLiteral("/C=US/O=Content Library Uploader Demo/CN=Shared Test Root CA"));
    }

    void expiredAlone()
    {
        const BuiltPackage pkg =
            build(spec(PackageSigning::CaSigned, CertificateValidity::Expired));
        QString error;
        const auto a = verify(pkg, { pkg.rootCaPem }, &error);
        QVERIFY2(a, qPrintable(error));
        QCOMPARE(a->warnings, QList<W> { W::Expired });
        QVERIFY(a->notAfter < QDateTime::currentDateTimeUtc());
    }

    void notYetValidAlone()
    {
        const BuiltPackage pkg =
            build(spec(PackageSigning::CaSigned, CertificateValidity::NotYetValid));
        QString error;
        const auto a = verify(pkg, { pkg.rootCaPem }, &error);
        QVERIFY2(a, qPrintable(error));
        QCOMPARE(a->warnings, QList<W> { W::NotYetValid });
    }

    void expiredStaysIndependentOfTrust()
    {
        // Untrusted CA + expired leaf: both, and trusting the CA leaves EXPIRED alone.
        const BuiltPackage pkg =
            build(spec(PackageSigning::CaSigned, CertificateValidity::Expired));
        QString error;
        QCOMPARE(verify(pkg, {}, &error)->warnings, QList<W>({ W::Expired, W::Untrusted }));
        QCOMPARE(verify(pkg, { pkg.rootCaPem }, &error)->warnings, QList<W> { W::Expired });
    }

    void selfSignedExpiredUntrustedGetsThree()
    {
        const BuiltPackage pkg =
            build(spec(PackageSigning::SelfSigned, CertificateValidity::Expired));
        QString error;
        const auto a = verify(pkg, {}, &error);
        QVERIFY2(a, qPrintable(error));
        QCOMPARE(a->warnings, QList<W>({ W::SelfSigned, W::Expired, W::Untrusted }));
        const auto trusted = verify(pkg, { pkg.signerCertificatePem }, &error);
        QCOMPARE(trusted->warnings, QList<W>({ W::SelfSigned, W::Expired }));
    }

    void selfSignedNotYetValid()
    {
        const BuiltPackage pkg =
            build(spec(PackageSigning::SelfSigned, CertificateValidity::NotYetValid));
        QString error;
        QCOMPARE(verify(pkg, {}, &error)->warnings,
                 QList<W>({ W::SelfSigned, W::NotYetValid, W::Untrusted }));
    }

    void nowIsAParameter()
    {
        // The same valid certificate seen from the past and from the future.
        const BuiltPackage pkg = build(spec(PackageSigning::CaSigned));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QString error;
        QCOMPARE(verify(pkg, { pkg.rootCaPem }, &error, now.addYears(3))->warnings,
                 QList<W> { W::Expired });
        QCOMPARE(verify(pkg, { pkg.rootCaPem }, &error, now.addDays(-3))->warnings,
                 QList<W> { W::NotYetValid });
        QCOMPARE(verify(pkg, { pkg.rootCaPem }, &error, now)->warnings, QList<W>());
    }

    void intermediateChainLeafFirst()
    {
        const BuiltPackage pkg = build(spec(PackageSigning::IntermediateSigned));
        QString error;
        const auto a = verify(pkg, { pkg.rootCaPem }, &error);
        QVERIFY2(a, qPrintable(error));
        QVERIFY(a->warnings.isEmpty());
        QCOMPARE(a->certChain.size(), 2);
        QCOMPARE(a->certChain.at(0).toLatin1(), pkg.signerCertificatePem);
        QCOMPARE(a->certChain.at(1).toLatin1(), pkg.intermediateCaPem);
        QVERIFY(a->issuer.endsWith(QLatin1String("Signing CA")));
        // Any trusted certificate of the path is an anchor: the intermediate, or the signer.
        QVERIFY(verify(pkg, { pkg.intermediateCaPem }, &error)->warnings.isEmpty());
        QVERIFY(verify(pkg, { pkg.signerCertificatePem }, &error)->warnings.isEmpty());
        QCOMPARE(verify(pkg, {}, &error)->warnings, QList<W> { W::Untrusted });
    }

    void missingIntermediateIsUntrusted()
    {
        // The .cert without the intermediate: the root alone cannot anchor the signer.
        const BuiltPackage pkg = build(spec(PackageSigning::IntermediateSigned));
        QByteArray cert = readAll(pkg.certPath);
        cert.chop(pkg.intermediateCaPem.size());
        QVERIFY(cert.endsWith(pkg.signerCertificatePem));
        QString error;
        const auto a = PackageVerifier::verifySignature(
            readAll(pkg.manifestPath), QFileInfo(pkg.manifestPath).fileName(), cert,
            { pkg.rootCaPem }, QDateTime::currentDateTimeUtc(), &error);
        QVERIFY2(a, qPrintable(error));
        QCOMPARE(a->warnings, QList<W> { W::Untrusted });
        QCOMPARE(a->certChain.size(), 1);
    }

    void wrongChainOrderIsAnError()
    {
        // Intermediate first: its key did not make the signature.
        PackageSpec s = spec(PackageSigning::IntermediateSigned);
        s.reverseChainOrder = true;
        const BuiltPackage pkg = build(s);
        QString error;
        QVERIFY(!verify(pkg, { pkg.rootCaPem }, &error));
        QVERIFY2(error.contains(QLatin1String("does not verify"))
                     && error.contains(QLatin1String("Signing CA")),
                 qPrintable(error));
    }

    void badSignatureIsAnErrorNotAWarning()
    {
        PackageSpec s = spec(PackageSigning::SelfSigned);
        s.corruptSignature = true;
        const BuiltPackage pkg = build(s);
        QString error;
        QVERIFY(!verify(pkg, { pkg.signerCertificatePem }, &error));
        QVERIFY2(error.contains(QLatin1String("SHA256 signature of the manifest \"demo.mf\" does "
                                              "not verify")),
                 qPrintable(error));
    }

    void alteredManifestIsAnError()
    {
        const BuiltPackage &pkg = m_selfSigned;
        QByteArray mf = readAll(pkg.manifestPath);
        mf.append("\n"); // one byte more: the exact bytes are signed
        QString error;
        QVERIFY(!PackageVerifier::verifySignature(mf, QStringLiteral("demo.mf"),
                                                  readAll(pkg.certPath), {},
                                                  QDateTime::currentDateTimeUtc(), &error));
        QVERIFY2(error.contains(QLatin1String("does not verify")), qPrintable(error));
    }

    void signatureByAnotherKeyIsAnError()
    {
        // A valid-looking .cert whose certificate is not the one that signed.
        const BuiltPackage &a = m_selfSigned;
        const BuiltPackage b = build(spec(PackageSigning::SelfSigned));
        QByteArray cert = readAll(a.certPath);
        cert.replace(a.signerCertificatePem, b.signerCertificatePem);
        QString error;
        QVERIFY(!PackageVerifier::verifySignature(readAll(a.manifestPath),
                                                  QStringLiteral("demo.mf"), cert, {},
                                                  QDateTime::currentDateTimeUtc(), &error));
        QVERIFY2(error.contains(QLatin1String("does not verify")), qPrintable(error));
    }

    void manifestNameMismatchIsAnError()
    {
        const BuiltPackage &pkg = m_selfSigned;
        QString error;
        QVERIFY(!PackageVerifier::verifySignature(readAll(pkg.manifestPath),
                                                  QStringLiteral("other.mf"), readAll(pkg.certPath),
                                                  {}, QDateTime::currentDateTimeUtc(), &error));
        QVERIFY2(error.contains(QLatin1String("signs \"demo.mf\""))
                     && error.contains(QLatin1String("\"other.mf\"")),
                 qPrintable(error));
    }

    void unparsableCertFileIsAnError()
    {
        const BuiltPackage &pkg = m_selfSigned;
        QString error;
        QVERIFY(!PackageVerifier::verifySignature(readAll(pkg.manifestPath),
                                                  QStringLiteral("demo.mf"), "not a cert", {},
                                                  QDateTime::currentDateTimeUtc(), &error));
        QVERIFY2(error.contains(QLatin1String("line 1")), qPrintable(error));
    }

    void digestMismatchIsReportedPerFile()
    {
        PackageSpec s = spec(PackageSigning::SelfSigned);
        s.corruptDigestOf = QStringLiteral("demo-disk2.vmdk");
        const BuiltPackage pkg = build(s);
        QString error;
        // The manifest is signed after the corruption: the signature itself is good.
        QVERIFY2(verify(pkg, {}, &error), qPrintable(error));
        const auto manifest = Manifest::parseFile(pkg.manifestPath, &error);
        QVERIFY2(manifest, qPrintable(error));
        QMap<QString, QString> files;
        for (const QString &p : pkg.uploadOrder)
            files.insert(QFileInfo(p).fileName(), p);
        const QList<DigestProblem> problems = PackageVerifier::verifyDigests(*manifest, files);
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().fileName, QStringLiteral("demo-disk2.vmdk"));
        QVERIFY2(problems.first().message.contains(QLatin1String("SHA256")),
                 qPrintable(problems.first().message));
    }

    void goodPackageDigestsAllMatch()
    {
        PackageSpec s = spec(PackageSigning::ManifestOnly);
        s.diskSizes = { 3 * 1024 * 1024 + 17, 0 };
        // Raw files of exactly these sizes: digests over an odd length and an empty file.
        s.streamOptimizedDisks = false;
        const BuiltPackage pkg = build(s);
        QVERIFY(pkg.certPath.isEmpty());
        QString error;
        const auto manifest = Manifest::parseFile(pkg.manifestPath, &error);
        QVERIFY2(manifest, qPrintable(error));
        QCOMPARE(manifest->entries().size(), 3); // .ovf + 2 disks
        QMap<QString, QString> files;
        for (const QString &p : pkg.uploadOrder)
            files.insert(QFileInfo(p).fileName(), p);
        QCOMPARE(files.size(), 4); // .mf, .ovf, 2 disks
        QVERIFY(PackageVerifier::verifyDigests(*manifest, files).isEmpty());
        QCOMPARE(QFileInfo(pkg.diskPaths.at(0)).size(), Q_INT64_C(3 * 1024 * 1024 + 17));
    }

    void sameNameIsNotSelfSigned()
    {
        // subject == issuer but signed by another key: not self-signed (must also self-verify).
        CertificateRequest caReq;
        caReq.commonName = QStringLiteral("Twin");
        caReq.isCa = true;
        QString error;
        const auto ca = CertificateFactory::create(caReq, nullptr, &error);
        QVERIFY2(ca, qPrintable(error));
        CertificateRequest twinReq = caReq;
        twinReq.isCa = false;
        const auto twin = CertificateFactory::create(twinReq, &*ca, &error);
        QVERIFY2(twin, qPrintable(error));
        const auto a =
            CertificateAnalyzer::analyse({ twin->certificatePem }, { ca->certificatePem },
                                         QDateTime::currentDateTimeUtc(), &error);
        QVERIFY2(a, qPrintable(error));
        QCOMPARE(a->subject, a->issuer);
        QVERIFY(!a->selfSigned);
        QVERIFY(a->warnings.isEmpty());
    }

    void warningMessagesNameTheCertificate()
    {
        const BuiltPackage pkg =
            build(spec(PackageSigning::SelfSigned, CertificateValidity::Expired));
        QString error;
        const auto a = verify(pkg, {}, &error);
        QVERIFY2(a, qPrintable(error));
        QSet<QString> ids;
        for (W t : allWarningTypes()) {
            const WarningMessage m = a->warningMessage(t);
            QVERIFY(m.id.startsWith(QLatin1String("com.vmware.")));
            QVERIFY2(m.defaultMessage.contains(a->subject), qPrintable(m.defaultMessage));
            QVERIFY(!m.args.isEmpty());
            const QJsonObject json = m.toJson();
            QCOMPARE(json.value("id").toString(), m.id);
            QCOMPARE(json.value("default_message").toString(), m.defaultMessage);
            QCOMPARE(json.value("args").toArray().size(), m.args.size());
            ids.insert(m.id);
        }
        QCOMPARE(ids.size(), 4);
        QVERIFY(a->warningMessage(W::Expired)
                    .defaultMessage.contains(a->notAfter.toString(Qt::ISODate)));
    }

    void brokenTrustedEntryIsSkipped()
    {
        const BuiltPackage &pkg = m_selfSigned;
        QString error;
        const auto a = verify(pkg, { "junk", pkg.signerCertificatePem }, &error);
        QVERIFY2(a, qPrintable(error));
        QCOMPARE(a->warnings, QList<W> { W::SelfSigned });
        QCOMPARE(verify(pkg, { "junk" }, &error)->warnings,
                 QList<W>({ W::SelfSigned, W::Untrusted }));
    }

    void analyseRefusesGarbage()
    {
        QString error;
        QVERIFY(!CertificateAnalyzer::analyse({}, {}, QDateTime::currentDateTimeUtc(), &error));
        QVERIFY(error.contains(QLatin1String("no signing certificate")));
        QVERIFY(
            !CertificateAnalyzer::analyse({ "junk" }, {}, QDateTime::currentDateTimeUtc(), &error));
        QVERIFY2(error.contains(QLatin1String("Certificate 1")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestPackageVerifier)
#include "TestPackageVerifier.moc"
