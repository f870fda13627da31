// The whole update-session workflow (§13) of UploadEngine against the real cl-simulator over
// HTTPS: plain files in both flavors, signed OVF with each warning type ignored and not, OVA,
// local checks before anything is sent, busy item, cancel mid-transfer, retry after an injected
// drop, keep-alive against a short session timeout.
#include "UploadTestSupport.h"
#include "model/UpdateSession.h"
#include "services/UpdateSessionService.h"

#include "ovf/PackageBuilder.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTemporaryDir>

using namespace clu;
using namespace clu::test;
namespace simovf = clu::sim::ovf;

#define CHECK_OUTCOME(o)                                                                           \
    QVERIFY2((o).ok, qPrintable((o).summary + QStringLiteral(" / ") + (o).error.message()))

class TestUploadEngine : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<SimulatorProcess> m_sim;
    std::unique_ptr<RestClient> m_client;
    QString m_libraryId;
    QTemporaryDir m_dir;

    UploadRequest request(const QString &itemId, const QStringList &paths)
    {
        UploadRequest r;
        r.libraryItemId = itemId;
        r.paths = paths;
        r.pollInterval = std::chrono::milliseconds(200);
        r.retryBaseDelay = std::chrono::milliseconds(200);
        return r;
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
        m_sim = std::make_unique<SimulatorProcess>(
            QStringList { QStringLiteral("--seed"), QStringLiteral("demo") });
        QVERIFY2(m_sim->start(), qPrintable(m_sim->errorString()));
        m_client = loginTo(*m_sim);
        QVERIFY(m_client);
        m_libraryId = localLibraryId(m_client.get());
        QVERIFY2(!m_libraryId.isEmpty(), "the demo seed has no LOCAL library");
    }

    void init() { m_sim->control("POST", QStringLiteral("/control/reset")); }

    void plainFilesBothFlavors_data()
    {
        QTest::addColumn<QString>("flavor");
        QTest::newRow("api") << QStringLiteral("api");
        QTest::newRow("rest") << QStringLiteral("rest");
    }
    void plainFilesBothFlavors()
    {
        QFETCH(QString, flavor);
        auto client = loginTo(*m_sim, flavor);
        QVERIFY(client);
        const QString item = newItem(client.get(), m_libraryId, QStringLiteral("file"));
        QVERIFY(!item.isEmpty());
        const QString a =
            writeFile(m_dir.filePath(flavor + QStringLiteral("-a.bin")), 3 * 1024 * 1024 + 1, 'a');
        const QString b = writeFile(m_dir.filePath(flavor + QStringLiteral("-b.txt")), 1234, 'b');
        const QString c = writeFile(m_dir.filePath(flavor + QStringLiteral("-c.dat")), 0, 'c');

        UploadEngine engine(client.get());
        QSignalSpy overall(&engine, &UploadEngine::overallProgress);
        QSignalSpy stages(&engine, &UploadEngine::stageChanged);
        UploadRequest req = request(item, { a, b, c });
        req.checksum = ChecksumAlgorithm::Sha1;
        const UploadOutcome o = runUpload(engine, req);
        CHECK_OUTCOME(o);
        QCOMPARE(o.stage, UploadStage::Done);
        QCOMPARE(o.item.id, item);
        QVERIFY(o.item.size >= 3 * 1024 * 1024 + 1 + 1234);
        QVERIFY(overall.count() >= 1);
        QCOMPARE(overall.last().at(0).toLongLong(), qint64(3 * 1024 * 1024 + 1 + 1234));
        QVERIFY(activeSessions(client.get(), item).isEmpty());
        // The session was deleted, not just completed.
        const auto ids = await<QStringList>(
            [&](auto cb) { UpdateSessionService(client.get()).list(item, nullptr, cb); });
        QVERIFY2(!ids.value.contains(o.sessionId), qPrintable(ids.value.join(',')));

        // On the wire: one PUT per file, with Content-Length and the octet-stream type.
        bool sawPut = false;
        for (const QJsonValue &v : seenRequests(*m_sim)) {
            const QJsonObject r = v.toObject();
            if (r.value(QLatin1String("method")).toString() != QLatin1String("PUT")
                || !r.value(QLatin1String("path")).toString().endsWith(QStringLiteral("-a.bin")))
                continue;
            const QJsonObject h = r.value(QLatin1String("headers")).toObject();
            QCOMPARE(h.value(QLatin1String("content-length")).toString(),
                     QStringLiteral("3145729"));
            QCOMPARE(h.value(QLatin1String("content-type")).toString(),
                     QStringLiteral("application/octet-stream"));
            sawPut = true;
        }
        QVERIFY(sawPut);
    }

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
        engine.setDecisionCallback(
            [](const PreviewInfo &p, std::function<void(WarningDecision)> answer) {
                WarningDecision d;
                d.proceed = true;
                for (const PreviewWarning &w : p.warnings)
                    d.ignore.append(w.type);
                answer(d);
            });
        const UploadOutcome o = runUpload(engine, request(item, { pkg->ovaPath }));
        CHECK_OUTCOME(o);
        // Members went one by one (the .ova itself never did).
        QCOMPARE(countPuts(*m_sim, QFileInfo(pkg->diskPaths.first()).fileName()), 1);
        QCOMPARE(countPuts(*m_sim, QFileInfo(pkg->ovaPath).fileName()), 0);
        const auto files = await<QList<ItemFile>>(
            [&](auto cb) { LibraryService(m_client.get()).listItemFiles(item, nullptr, cb); });
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
        const auto files = await<QList<ItemFile>>(
            [&](auto cb) { LibraryService(m_client.get()).listItemFiles(item, nullptr, cb); });
        QVERIFY2(files.ok(), qPrintable(files.error.message()));
        for (const QString &disk : pkg->diskPaths) {
            const QString name = QFileInfo(disk).fileName();
            QCOMPARE(countPuts(*m_sim, name), 1);
            QFile f(disk);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QCryptographicHash sha1(QCryptographicHash::Sha1);
            QVERIFY(sha1.addData(&f));
            bool found = false;
            for (const ItemFile &itemFile : files.value) {
                if (itemFile.name != name)
                    continue;
                found = true;
                QVERIFY(itemFile.checksumInfo);
                // The server's SHA-1 of what it stored.
                QCOMPARE(itemFile.checksumInfo->checksum,
                         QString::fromLatin1(sha1.result().toHex()));
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

    void busyItemNamesExistingSession_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("500") << 500;
        QTest::newRow("400") << 400;
    }
    void busyItemNamesExistingSession()
    {
        QFETCH(int, status);
        m_sim->control("POST", QStringLiteral("/control/busy-status"),
                       QJsonObject { { "status", status } });
        QVERIFY(m_sim->lastControlOk());
        const QString item = newItem(m_client.get(), m_libraryId, QStringLiteral("file"));
        const auto held = await<QString>(
            [&](auto cb) { UpdateSessionService(m_client.get()).create(item, {}, nullptr, cb); });
        QVERIFY2(held.ok(), qPrintable(held.error.message()));
        const QString f = writeFile(m_dir.filePath(QStringLiteral("busy.bin")), 1000, 'z');
        UploadEngine engine(m_client.get());
        const UploadOutcome o = runUpload(engine, request(item, { f }));
        QVERIFY(!o.ok);
        QVERIFY(o.error.isResourceBusy());
        QCOMPARE(o.existingSessionId, held.value);
        QVERIFY2(o.summary.contains(held.value), qPrintable(o.summary));
        await<void>(
            [&](auto cb) { UpdateSessionService(m_client.get()).cancel(held.value, nullptr, cb); });
    }

    void cancelMidTransfer()
    {
        m_sim->control("POST", QStringLiteral("/control/throttle"),
                       QJsonObject { { "bytes_per_second", 1000000 } });
        QVERIFY(m_sim->lastControlOk());
        const QString item = newItem(m_client.get(), m_libraryId, QStringLiteral("file"));
        const QString f =
            writeFile(m_dir.filePath(QStringLiteral("slow.bin")), 40 * 1024 * 1024, 's');
        UploadEngine engine(m_client.get());
        QSignalSpy done(&engine, &UploadEngine::finished);
        qint64 seen = 0;
        connect(&engine, &UploadEngine::fileProgress, this,
                [&](const QString &, qint64 sent, qint64, double, qint64) { seen = sent; });
        QVERIFY(engine.start(request(item, { f })));
        QTRY_VERIFY_WITH_TIMEOUT(seen > 0, kWaitMs);
        const QString sid = engine.sessionId();
        QVERIFY(!sid.isEmpty());
        engine.cancel();
        QVERIFY(done.wait(kWaitMs));
        const auto o = done.first().first().value<UploadOutcome>();
        QVERIFY(!o.ok);
        QVERIFY(o.canceled);
        QCOMPARE(o.error.kind, ApiError::Kind::Canceled);
        QVERIFY(o.bytesSent < 40 * 1024 * 1024);
        // Canceled and deleted: the item is free for a new session.
        QVERIFY(activeSessions(m_client.get(), item).isEmpty());
        const auto again = await<QString>(
            [&](auto cb) { UpdateSessionService(m_client.get()).create(item, {}, nullptr, cb); });
        QVERIFY2(again.ok(), qPrintable(again.error.message()));
        await<void>([&](auto cb) {
            UpdateSessionService(m_client.get()).cancel(again.value, nullptr, cb);
        });
    }

    void restartAfterInjectedDrop()
    {
        // A dropped PUT ends the session in ERROR (terminal, as on vCenter); the engine deletes
        // it and sends everything again in a new session.
        m_sim->control("POST", QStringLiteral("/control/drop-upload"),
                       QJsonObject { { "after_bytes", 200000 }, { "count", 1 } });
        QVERIFY(m_sim->lastControlOk());
        const QString item = newItem(m_client.get(), m_libraryId, QStringLiteral("file"));
        const QString f =
            writeFile(m_dir.filePath(QStringLiteral("dropme.bin")), 2 * 1024 * 1024, 'd');
        UploadEngine engine(m_client.get());
        QStringList statuses;
        QStringList sessions;
        connect(&engine, &UploadEngine::fileStatusChanged, this,
                [&](const QString &, FileTransferStatus status, const QString &) {
                    statuses.append(fileTransferStatusId(status));
                });
        connect(&engine, &UploadEngine::sessionCreated, this,
                [&](const QString &id) { sessions.append(id); });
        const UploadOutcome o = runUpload(engine, request(item, { f }));
        CHECK_OUTCOME(o);
        QVERIFY2(statuses.contains(QStringLiteral("retrying")), qPrintable(statuses.join(',')));
        QCOMPARE(sessions.size(), 2);
        // The dropped PUT, possibly a per-file retry the ERROR session refused, and the good one.
        QVERIFY(countPuts(*m_sim, QStringLiteral("dropme.bin")) >= 2);
        QCOMPARE(o.item.size, qint64(2 * 1024 * 1024));
        // The broken first session was deleted too.
        const auto ids = await<QStringList>(
            [&](auto cb) { UpdateSessionService(m_client.get()).list(item, nullptr, cb); });
        QVERIFY2(!ids.value.contains(sessions.first()), qPrintable(ids.value.join(',')));
    }

    void dropTwiceGivesUpWithTheServersReason()
    {
        m_sim->control("POST", QStringLiteral("/control/drop-upload"),
                       QJsonObject { { "after_bytes", 100000 }, { "count", 2 } });
        QVERIFY(m_sim->lastControlOk());
        const QString item = newItem(m_client.get(), m_libraryId, QStringLiteral("file"));
        const QString f =
            writeFile(m_dir.filePath(QStringLiteral("droptwice.bin")), 1024 * 1024, 'e');
        UploadEngine engine(m_client.get());
        UploadRequest req = request(item, { f });
        req.maxSessionRestarts = 1; // a bound of one restart: the second drop ends it
        const UploadOutcome o = runUpload(engine, req);
        QVERIFY(!o.ok);
        QCOMPARE(o.stage, UploadStage::SendingFiles);
        QVERIFY2(o.summary.contains(QStringLiteral("droptwice.bin"))
                     && o.summary.contains(QStringLiteral("after 2 attempt"))
                     && o.summary.contains(QStringLiteral("ERROR")),
                 qPrintable(o.summary));
        QVERIFY(activeSessions(m_client.get(), item).isEmpty());
    }

    void retryFileWhileSessionActive()
    {
        // A failed add (503) leaves the session ACTIVE: the file alone is added and sent again.
        const QString item = newItem(m_client.get(), m_libraryId, QStringLiteral("file"));
        const QString f = writeFile(m_dir.filePath(QStringLiteral("again.bin")), 300000, 'g');
        UploadEngine engine(m_client.get());
        QStringList statuses;
        QStringList sessions;
        connect(&engine, &UploadEngine::fileStatusChanged, this,
                [&](const QString &, FileTransferStatus status, const QString &) {
                    statuses.append(fileTransferStatusId(status));
                });
        connect(&engine, &UploadEngine::sessionCreated, this,
                [&](const QString &id) { sessions.append(id); });
        connect(&engine, &UploadEngine::stageChanged, this, [&](UploadStage s) {
            // The add (POST …/update-session/<id>/file) answers 503 twice; the client does not
            // resend an add on its own, the transfer does (remove + add).
            if (s == UploadStage::SendingFiles)
                m_sim->control("POST", QStringLiteral("/control/fail-calls"),
                               QJsonObject { { "count", 2 },
                                             { "status", 503 },
                                             { "retry_after", 0 },
                                             { "match", "^POST .*/file$" } });
        });
        const UploadOutcome o = runUpload(engine, request(item, { f }));
        CHECK_OUTCOME(o);
        QVERIFY2(statuses.contains(QStringLiteral("retrying")), qPrintable(statuses.join(',')));
        QCOMPARE(sessions.size(), 1);
        QCOMPARE(countPuts(*m_sim, QStringLiteral("again.bin")), 1);
    }

    void keepAliveOutlivesShortSessionTimeout()
    {
        // Sessions of this simulator expire after 3 s idle; the upload takes several times that
        // (throttled), with pauses between files while the engine validates and polls.
        SimulatorProcess sim({ QStringLiteral("--seed"), QStringLiteral("demo"),
                               QStringLiteral("--session-timeout"), QStringLiteral("3") });
        QVERIFY2(sim.start(), qPrintable(sim.errorString()));
        auto client = loginTo(sim);
        QVERIFY(client);
        const QString item =
            newItem(client.get(), localLibraryId(client.get()), QStringLiteral("file"));
        sim.control("POST", QStringLiteral("/control/throttle"),
                    QJsonObject { { "bytes_per_second", 1000000 } });
        QVERIFY(sim.lastControlOk());
        const QString a =
            writeFile(m_dir.filePath(QStringLiteral("ka1.bin")), 4 * 1000 * 1000, 'k');
        const QString b =
            writeFile(m_dir.filePath(QStringLiteral("ka2.bin")), 4 * 1000 * 1000, 'l');
        UploadEngine engine(client.get());
        UploadRequest req = request(item, { a, b });
        req.concurrency = 1;
        req.keepAliveInterval = std::chrono::milliseconds(1000);
        const UploadOutcome o = runUpload(engine, req, 120000);
        CHECK_OUTCOME(o);
        const QJsonObject stats = sim.control("GET", QStringLiteral("/control/stats")).object();
        QVERIFY2(stats.value(QLatin1String("keepalive_calls")).toInt() >= 4,
                 qPrintable(QString::fromUtf8(QJsonDocument(stats).toJson())));
    }
    void loginExpiryDuringUploadIsTransparent()
    {
        // The API login expires while the bytes flow (§3.2: a PUT does not refresh it); the
        // calls after the PUT log in again on their own and the upload completes.
        const QString item = newItem(m_client.get(), m_libraryId, QStringLiteral("file"));
        const QString f = writeFile(m_dir.filePath(QStringLiteral("relogin.bin")), 1500000, 'r');
        auto client = loginTo(*m_sim);
        QVERIFY(client);
        QSignalSpy relogins(client.get(), &RestClient::reauthenticated);
        m_sim->control("POST", QStringLiteral("/control/throttle"),
                       QJsonObject { { "bytes_per_second", 1000000 } });
        UploadEngine engine(client.get());
        bool expired = false;
        connect(&engine, &UploadEngine::fileProgress, this,
                [&](const QString &, qint64 sent, qint64, double, qint64) {
                    if (!expired && sent > 200000) {
                        expired = true;
                        m_sim->control("POST", QStringLiteral("/control/expire-logins"));
                    }
                });
        const UploadOutcome o = runUpload(engine, request(item, { f }));
        CHECK_OUTCOME(o);
        QVERIFY(expired);
        QVERIFY(relogins.count() >= 1);
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
                WarningDecision d;
                d.proceed = true;
                for (const PreviewWarning &w : p.warnings)
                    d.ignore.append(w.type);
                answer(d);
            });
        const UploadOutcome o = runUpload(engine, request(item, { pkg->ovfPath }));
        CHECK_OUTCOME(o);
        QVERIFY2(askedAfterMs >= 1500, qPrintable(QString::number(askedAfterMs)));
    }
};

QTEST_GUILESS_MAIN(TestUploadEngine)
#include "TestUploadEngine.moc"
