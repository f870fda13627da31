// UploadEngine with OVF packages against the real cl-simulator over HTTPS: signed OVF with each
// warning type ignored and not, OVA members streamed one by one, disks hashed while others are
// sent, a manifest mismatch found mid-session, local checks before any session, a slow preview.
// Packages come from clu::sim::ovf::PackageBuilder. Plain files are in TestUploadEngine.
#include "UploadTestSupport.h"

#include "ovf/PackageBuilder.h"

#include <QElapsedTimer>

using namespace clu;
using namespace clu::test;
namespace simovf = clu::sim::ovf;

class TestUploadEngineOvf : public QObject, protected UploadFixture
{
    Q_OBJECT
private:
    UploadRequest request(const QString &itemId, const QStringList &paths)
    {
        return uploadRequest(itemId, paths, std::chrono::milliseconds(200),
                             std::chrono::milliseconds(200));
    }

    std::optional<simovf::BuiltPackage> buildPackage(const QString &name,
                                                     simovf::PackageSigning signing,
                                                     simovf::CertificateValidity validity,
                                                     bool ova = false)
    {
        simovf::PackageSpec spec;
        spec.baseName = name;
        spec.signing = signing;
        spec.validity = validity;
        spec.diskSizes = { 2 * 1024 * 1024 + 5, 70000 };
        spec.makeOva = ova;
        QString error;
        auto built = simovf::PackageBuilder::build(spec, m_dir.filePath(name), &error);
        if (!built)
            qWarning("package build failed: %s", qPrintable(error));
        return built;
    }

private slots:
    void initTestCase()
    {
        const QString problem = setUpSimulator();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void init() { m_sim->control("POST", QStringLiteral("/control/reset")); }

    void signedOvfWarnings_data()
    {
        QTest::addColumn<int>("validity");
        QTest::addColumn<int>("signing");
        QTest::addColumn<QString>("warning");
        QTest::addColumn<bool>("ignore");
        using S = simovf::PackageSigning;
        using V = simovf::CertificateValidity;
        const std::tuple<const char *, V, S, const char *> kinds[] = {
            { "self-signed", V::Valid, S::SelfSigned, "SELF_SIGNED_CERTIFICATE" },
            { "expired", V::Expired, S::CaSigned, "EXPIRED_CERTIFICATE" },
            { "not-yet-valid", V::NotYetValid, S::CaSigned, "NOT_YET_VALID_CERTIFICATE" },
            { "untrusted", V::Valid, S::CaSigned, "UNTRUSTED_CERTIFICATE" },
        };
        for (const auto &[name, v, s, w] : kinds) {
            QTest::newRow(qPrintable(QStringLiteral("%1 ignored").arg(QLatin1String(name))))
                << int(v) << int(s) << QString::fromLatin1(w) << true;
            QTest::newRow(qPrintable(QStringLiteral("%1 not ignored").arg(QLatin1String(name))))
                << int(v) << int(s) << QString::fromLatin1(w) << false;
        }
    }
    void signedOvfWarnings()
    {
        QFETCH(int, validity);
        QFETCH(int, signing);
        QFETCH(QString, warning);
        QFETCH(bool, ignore);
        const QString base = QStringLiteral("pkg%1%2%3").arg(validity).arg(signing).arg(ignore);
        const auto pkg = buildPackage(base, simovf::PackageSigning(signing),
                                      simovf::CertificateValidity(validity));
        QVERIFY(pkg);
        const QString item = newItem(m_client.get(), m_libraryId, QStringLiteral("ovf"));

        UploadEngine engine(m_client.get());
        int asked = 0;
        QStringList seenTypes;
        engine.setDecisionCallback(
            [&](const PreviewInfo &p, std::function<void(WarningDecision)> answer) {
                ++asked;
                QVERIFY(p.certificateInfo.has_value());
                WarningDecision d;
                d.proceed = true;
                for (const PreviewWarning &w : p.warnings) {
                    seenTypes.append(w.type.toString());
                    // Ignore all of them, or all but the one this row is about.
                    if (ignore || w.type.toString() != warning)
                        d.ignore.append(w.type);
                }
                answer(d);
            });
        const UploadOutcome o = runUpload(engine, request(item, { pkg->ovfPath }));
        QCOMPARE(asked, 1);
        QVERIFY2(seenTypes.contains(warning), qPrintable(seenTypes.join(',')));
        const QString disk = QFileInfo(pkg->diskPaths.first()).fileName();
        if (ignore) {
            CHECK_OUTCOME(o);
            QVERIFY(o.preview.has_value());
            QVERIFY(o.preview->blockingWarnings().isEmpty());
            QCOMPARE(countPuts(*m_sim, disk), 1);
        } else {
            QVERIFY(!o.ok);
            QVERIFY(o.warningsRejected);
            QCOMPARE(o.uncoveredWarnings, QStringList { warning });
            QVERIFY2(o.summary.contains(warning), qPrintable(o.summary));
            QCOMPARE(o.stage, UploadStage::WaitingForDecision);
            // Stopped before any disk was sent, and the session is gone.
            QCOMPARE(countPuts(*m_sim, disk), 0);
            QCOMPARE(countPuts(*m_sim, QFileInfo(pkg->ovfPath).fileName()), 1);
            QVERIFY(activeSessions(m_client.get(), item).isEmpty());
        }
    }

    void ovaStreamedMembers()
    {
        const auto pkg = buildPackage(QStringLiteral("ovapkg"), simovf::PackageSigning::SelfSigned,
                                      simovf::CertificateValidity::Valid, true);
        QVERIFY(pkg);
        const QString item = newItem(m_client.get(), m_libraryId, QStringLiteral("ovf"));
        UploadEngine engine(m_client.get());
        ignoreAllWarnings(engine);
        const UploadOutcome o = runUpload(engine, request(item, { pkg->ovaPath }));
        CHECK_OUTCOME(o);
        // Members went one by one (the .ova itself never did).
        QCOMPARE(countPuts(*m_sim, QFileInfo(pkg->diskPaths.first()).fileName()), 1);
        QCOMPARE(countPuts(*m_sim, QFileInfo(pkg->ovaPath).fileName()), 0);
        const auto files = itemFiles(m_client.get(), item);
        QVERIFY2(files.ok(), qPrintable(files.error.message()));
        QStringList names;
        for (const ItemFile &f : files.value)
            names.append(f.name);
        QVERIFY2(names.contains(QFileInfo(pkg->ovfPath).fileName()), qPrintable(names.join(',')));
    }

    // Content checksums are computed while the session runs (disk N+1 hashed while disk N is
    // sent): every disk still arrives byte-exact, and the server, which checks each PUT against
    // the checksum_info of its AddSpec, accepts all of them.
    void ovfDisksHashedWhileSending()
    {
        simovf::PackageSpec spec;
        spec.baseName = QStringLiteral("overlap");
        spec.signing = simovf::PackageSigning::ManifestOnly;
        spec.diskSizes = { 3 * 1024 * 1024 + 7, 2 * 1024 * 1024 + 1, 70001 };
        QString error;
        const auto pkg =
            simovf::PackageBuilder::build(spec, m_dir.filePath(QStringLiteral("overlap")), &error);
        QVERIFY2(pkg, qPrintable(error));
        const QString item = newItem(m_client.get(), m_libraryId, QStringLiteral("ovf"));
        UploadEngine engine(m_client.get());
        UploadRequest req = request(item, { pkg->ovfPath });
        req.concurrency = 1; // strictly one after another: the next hash overlaps each PUT
        const UploadOutcome o = runUpload(engine, req);
        CHECK_OUTCOME(o);
        const auto files = itemFiles(m_client.get(), item);
        QVERIFY2(files.ok(), qPrintable(files.error.message()));
        for (const QString &disk : pkg->diskPaths) {
            const QString name = QFileInfo(disk).fileName();
            QCOMPARE(countPuts(*m_sim, name), 1);
            bool found = false;
            for (const ItemFile &itemFile : files.value) {
                if (itemFile.name != name)
                    continue;
                found = true;
                QVERIFY(itemFile.checksumInfo);
                // The server's SHA-1 of what it stored.
                QCOMPARE(itemFile.checksumInfo->checksum, sha1Hex(disk));
            }
            QVERIFY2(found, qPrintable(name));
        }
    }

    // A disk that does not match the .mf is found while the session runs: the upload stops
    // before that disk is sent, names it, and leaves no session behind.
    void manifestMismatchFoundWhileSendingStopsBeforeThatDisk()
    {
        simovf::PackageSpec spec;
        spec.baseName = QStringLiteral("latebad");
        spec.signing = simovf::PackageSigning::ManifestOnly;
        spec.diskSizes = { 1024 * 1024, 4096 };
        QString error;
        const auto pkg =
            simovf::PackageBuilder::build(spec, m_dir.filePath(QStringLiteral("latebad")), &error);
        QVERIFY2(pkg, qPrintable(error));
        {
            QFile f(pkg->diskPaths.last());
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.seek(100));
            QVERIFY(f.write("X") == 1); // same size, other bytes
        }
        const QString bad = QFileInfo(pkg->diskPaths.last()).fileName();
        const QString item = newItem(m_client.get(), m_libraryId, QStringLiteral("ovf"));
        UploadEngine engine(m_client.get());
        const UploadOutcome o = runUpload(engine, request(item, { pkg->ovfPath }));
        QVERIFY(!o.ok);
        QCOMPARE(o.digestMismatches.size(), 1);
        QCOMPARE(o.digestMismatches.first().file, bad);
        QVERIFY2(o.summary.contains(bad), qPrintable(o.summary));
        QCOMPARE(countPuts(*m_sim, bad), 0);
        // The session may have been created while the disk was hashed; it is removed.
        QTRY_VERIFY_WITH_TIMEOUT(activeSessions(m_client.get(), item).isEmpty(), 10000);
    }

    void localProblemsStopBeforeAnySession()
    {
        const auto pkg = buildPackage(QStringLiteral("broken"), simovf::PackageSigning::SelfSigned,
                                      simovf::CertificateValidity::Valid);
        QVERIFY(pkg);
        QVERIFY(QFile::remove(pkg->diskPaths.last()));
        const QString item = newItem(m_client.get(), m_libraryId, QStringLiteral("ovf"));
        UploadEngine engine(m_client.get());
        const UploadOutcome o = runUpload(engine, request(item, { pkg->ovfPath }));
        QVERIFY(!o.ok);
        QCOMPARE(o.stage, UploadStage::Preparing);
        QCOMPARE(o.missingReferences, QStringList { QFileInfo(pkg->diskPaths.last()).fileName() });
        QVERIFY(o.sessionId.isEmpty());
        QVERIFY2(o.summary.contains(QFileInfo(pkg->diskPaths.last()).fileName()),
                 qPrintable(o.summary));
        QVERIFY(activeSessions(m_client.get(), item).isEmpty());
    }

    void waitsForASlowPreview()
    {
        // The preview stays PREPARING for 2 s after the .ovf arrived: the engine polls (and keeps
        // the session alive) instead of sending the disks or asking about warnings early.
        m_sim->control("POST", QStringLiteral("/control/preview-delay"),
                       QJsonObject { { "seconds", 2 } });
        QVERIFY(m_sim->lastControlOk());
        const auto pkg =
            buildPackage(QStringLiteral("slowpreview"), simovf::PackageSigning::SelfSigned,
                         simovf::CertificateValidity::Valid);
        QVERIFY(pkg);
        const QString item = newItem(m_client.get(), m_libraryId, QStringLiteral("ovf"));
        UploadEngine engine(m_client.get());
        QElapsedTimer sinceDescriptor;
        connect(&engine, &UploadEngine::stageChanged, this, [&](UploadStage s) {
            if (s == UploadStage::WaitingForPreview)
                sinceDescriptor.start();
        });
        qint64 askedAfterMs = -1;
        engine.setDecisionCallback(
            [&](const PreviewInfo &p, std::function<void(WarningDecision)> answer) {
                askedAfterMs = sinceDescriptor.elapsed();
                QCOMPARE(p.state.value(), PreviewState::Available);
                answer(ignoringAll(p));
            });
        const UploadOutcome o = runUpload(engine, request(item, { pkg->ovfPath }));
        CHECK_OUTCOME(o);
        QVERIFY2(askedAfterMs >= 1500, qPrintable(QString::number(askedAfterMs)));
    }
};

QTEST_GUILESS_MAIN(TestUploadEngineOvf)
#include "TestUploadEngineOvf.moc"
