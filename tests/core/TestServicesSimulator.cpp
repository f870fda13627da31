#include "SimulatorFixture.h"
#include "services/SessionFileService.h"
#include "services/UpdateSessionService.h"

#include <QCryptographicHash>

using namespace clu;
using namespace clu::test;

#define CHECK_OK(r) QVERIFY2((r).ok(), qPrintable((r).error.message()))

// Every service call in both flavors against the real cl-simulator over HTTPS.
class TestServicesSimulator : public QObject, protected SimulatorFixture
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        const QString why = setUpSimulator();
        QVERIFY2(why.isEmpty(), qPrintable(why));
    }

    void init() { m_sim->control("POST", QStringLiteral("/control/reset")); }

    void librariesAndItems_data() { flavors(); }
    void librariesAndItems()
    {
        QFETCH(QString, flavor);
        auto client = loginAs(flavor);
        QVERIFY(client);
        LibraryService libs(client.get());

        const auto ids = await<QStringList>([&](auto cb) { libs.listLibraries(nullptr, cb); });
        CHECK_OK(ids);
        QVERIFY(ids.value.contains(m_libraryId));
        const auto lib =
            await<Library>([&](auto cb) { libs.getLibrary(m_libraryId, nullptr, cb); });
        CHECK_OK(lib);
        QCOMPARE(lib.value.id, m_libraryId);
        QCOMPARE(lib.value.type.value(), LibraryType::Local);
        const auto found = await<QStringList>(
            [&](auto cb) { libs.findLibraries(lib.value.name.toUpper(), {}, nullptr, cb); });
        CHECK_OK(found);
        QVERIFY(found.value.contains(m_libraryId));
        const auto resolved =
            await<Library>([&](auto cb) { libs.resolveLibrary(lib.value.name, nullptr, cb); });
        CHECK_OK(resolved);
        QCOMPARE(resolved.value.id, m_libraryId);

        const QString itemId = newItem(client.get(), QStringLiteral("iso"));
        QVERIFY(!itemId.isEmpty());
        const auto item = await<Item>([&](auto cb) { libs.getItem(itemId, nullptr, cb); });
        CHECK_OK(item);
        QCOMPARE(item.value.id, itemId);
        QCOMPARE(item.value.libraryId, m_libraryId);
        QCOMPARE(item.value.type, QStringLiteral("iso"));
        QCOMPARE(item.value.size, 0);
        const auto items =
            await<QStringList>([&](auto cb) { libs.listItems(m_libraryId, nullptr, cb); });
        CHECK_OK(items);
        QVERIFY(items.value.contains(itemId));
        const auto byName = await<QStringList>(
            [&](auto cb) { libs.findItems(m_libraryId, item.value.name, {}, nullptr, cb); });
        CHECK_OK(byName);
        QCOMPARE(byName.value, QStringList { itemId });
        const auto resolvedItem = await<Item>(
            [&](auto cb) { libs.resolveItem(m_libraryId, item.value.name, nullptr, cb); });
        CHECK_OK(resolvedItem);
        QCOMPARE(resolvedItem.value.id, itemId);
        const auto files =
            await<QList<ItemFile>>([&](auto cb) { libs.listItemFiles(itemId, nullptr, cb); });
        CHECK_OK(files);
        QVERIFY(files.value.isEmpty());

        // Same name again: ALREADY_EXISTS, typed.
        Item dup;
        dup.libraryId = m_libraryId;
        dup.name = item.value.name;
        const auto again = await<QString>([&](auto cb) { libs.createItem(dup, nullptr, cb); });
        QVERIFY2(again.error.is(ErrorType::AlreadyExists), qPrintable(again.error.message()));

        const auto datastores =
            await<QList<Datastore>>([&](auto cb) { libs.listDatastores(nullptr, cb); });
        CHECK_OK(datastores);
        QVERIFY(!datastores.value.isEmpty());

        CHECK_OK(await<void>([&](auto cb) { libs.deleteItem(itemId, nullptr, cb); }));
        const auto gone = await<Item>([&](auto cb) { libs.getItem(itemId, nullptr, cb); });
        QVERIFY2(gone.error.isNotFound(), qPrintable(gone.error.message()));
    }

    void sessionLifecycleWithUpload_data() { flavors(); }
    void sessionLifecycleWithUpload()
    {
        QFETCH(QString, flavor);
        auto client = loginAs(flavor);
        QVERIFY(client);
        UpdateSessionService sessions(client.get());
        SessionFileService files(client.get());
        LibraryService libs(client.get());
        const QString itemId = newItem(client.get());
        QVERIFY(!itemId.isEmpty());
        const auto before = await<Item>([&](auto cb) { libs.getItem(itemId, nullptr, cb); });
        CHECK_OK(before);

        const auto created =
            await<QString>([&](auto cb) { sessions.create(itemId, {}, nullptr, cb); });
        CHECK_OK(created);
        const QString sid = created.value;
        QVERIFY(!sid.isEmpty());
        if (flavor == QLatin1String("api")) {
            bool tokenSent = false;
            for (const QJsonValue &v : seenRequests(*m_sim)) {
                const QJsonObject o = v.toObject();
                if (o.value(QLatin1String("path")).toString()
                        == QLatin1String("/api/content/library/item/update-session")
                    && o.value(QLatin1String("method")).toString() == QLatin1String("POST"))
                    tokenSent = !QUuid::fromString(o.value(QLatin1String("headers"))
                                                       .toObject()
                                                       .value(QLatin1String("client-token"))
                                                       .toString())
                                     .isNull();
            }
            QVERIFY2(tokenSent, "session create must carry a Client-Token UUID header");
        }

        auto session = await<UpdateSession>([&](auto cb) { sessions.get(sid, nullptr, cb); });
        CHECK_OK(session);
        QCOMPARE(session.value.id, sid);
        QCOMPARE(session.value.state.value(), SessionState::Active);
        QCOMPARE(session.value.libraryItemId, itemId);
        QVERIFY(session.value.expirationTime > QDateTime::currentDateTimeUtc());

        const auto all = await<QStringList>([&](auto cb) { sessions.list({}, nullptr, cb); });
        CHECK_OK(all);
        QVERIFY(all.value.contains(sid));
        const auto ofItem =
            await<QStringList>([&](auto cb) { sessions.list(itemId, nullptr, cb); });
        CHECK_OK(ofItem);
        QCOMPARE(ofItem.value, QStringList { sid });

        CHECK_OK(await<void>([&](auto cb) { sessions.keepAlive(sid, 30, nullptr, cb); }));
        session = await<UpdateSession>([&](auto cb) { sessions.get(sid, nullptr, cb); });
        CHECK_OK(session);
        QCOMPARE(session.value.clientProgress, 30);

        const QByteArray data("hello world, this is core-a");
        AddSpec spec;
        spec.name = QStringLiteral("hello file.txt");
        spec.size = data.size();
        spec.checksumInfo = ChecksumInfo {
            ChecksumAlgorithm::Sha256,
            QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex())
        };
        const auto added = await<SessionFile>([&](auto cb) { files.add(sid, spec, nullptr, cb); });
        CHECK_OK(added);
        QCOMPARE(added.value.name, spec.name);
        QCOMPARE(added.value.status.value(), FileStatus::WaitingForTransfer);
        QVERIFY(added.value.uploadEndpoint);
        QVERIFY(put(client.get(), added.value, data));

        Result<SessionFile> file;
        QTRY_VERIFY_WITH_TIMEOUT(
            (file = await<SessionFile>([&](auto cb) { files.get(sid, spec.name, nullptr, cb); }),
             file.ok() && file.value.status == FileStatus::Ready),
            kWaitMs);
        QCOMPARE(file.value.bytesTransferred, data.size());
        const auto listed =
            await<QList<SessionFile>>([&](auto cb) { files.list(sid, nullptr, cb); });
        CHECK_OK(listed);
        QCOMPARE(listed.value.size(), 1);
        QCOMPARE(listed.value.first().name, spec.name);
        const auto validation =
            await<ValidationResult>([&](auto cb) { files.validate(sid, nullptr, cb); });
        CHECK_OK(validation);
        QVERIFY(!validation.value.hasErrors);

        CHECK_OK(await<void>([&](auto cb) { sessions.complete(sid, nullptr, cb); }));
        QTRY_VERIFY_WITH_TIMEOUT(
            (session = await<UpdateSession>([&](auto cb) { sessions.get(sid, nullptr, cb); }),
             session.ok() && session.value.state == SessionState::Done),
            kWaitMs);
        CHECK_OK(await<void>([&](auto cb) { sessions.remove(sid, nullptr, cb); }));

        const auto after = await<Item>([&](auto cb) { libs.getItem(itemId, nullptr, cb); });
        CHECK_OK(after);
        QVERIFY(after.value.contentVersion != before.value.contentVersion);
        QCOMPARE(after.value.size, data.size());
        const auto stored =
            await<ItemFile>([&](auto cb) { libs.getItemFile(itemId, spec.name, nullptr, cb); });
        CHECK_OK(stored);
        QCOMPARE(stored.value.name, spec.name);
    }

    void removeFileThenFail_data() { flavors(); }
    void removeFileThenFail()
    {
        QFETCH(QString, flavor);
        auto client = loginAs(flavor);
        QVERIFY(client);
        UpdateSessionService sessions(client.get());
        SessionFileService files(client.get());
        const QString itemId = newItem(client.get());
        const auto created =
            await<QString>([&](auto cb) { sessions.create(itemId, {}, nullptr, cb); });
        CHECK_OK(created);
        const QString sid = created.value;
        for (const char *name : { "a.bin", "b.bin" }) {
            AddSpec spec;
            spec.name = QString::fromLatin1(name);
            spec.size = 4;
            CHECK_OK(await<SessionFile>([&](auto cb) { files.add(sid, spec, nullptr, cb); }));
        }
        CHECK_OK(
            await<void>([&](auto cb) { files.remove(sid, QStringLiteral("a.bin"), nullptr, cb); }));
        const auto listed =
            await<QList<SessionFile>>([&](auto cb) { files.list(sid, nullptr, cb); });
        CHECK_OK(listed);
        QCOMPARE(listed.value.size(), 1);
        QCOMPARE(listed.value.first().name, QStringLiteral("b.bin"));

        CHECK_OK(await<void>([&](auto cb) {
            sessions.fail(sid, QStringLiteral("local file unreadable"), nullptr, cb);
        }));
        const auto failed = await<UpdateSession>([&](auto cb) { sessions.get(sid, nullptr, cb); });
        CHECK_OK(failed);
        QCOMPARE(failed.value.state.value(), SessionState::Error);
        QVERIFY(failed.value.errorMessage);
        QVERIFY(
            failed.value.errorMessage->text().contains(QStringLiteral("local file unreadable")));
        // ERROR is terminal: keep-alive is refused with a typed state error.
        const auto late = await<void>([&](auto cb) { sessions.keepAlive(sid, 50, nullptr, cb); });
        QVERIFY2(late.error.is(ErrorType::NotAllowedInCurrentState),
                 qPrintable(late.error.message()));
        CHECK_OK(await<void>([&](auto cb) { sessions.remove(sid, nullptr, cb); }));
    }

    void cancelAndDelete_data() { flavors(); }
    void cancelAndDelete()
    {
        QFETCH(QString, flavor);
        auto client = loginAs(flavor);
        QVERIFY(client);
        UpdateSessionService sessions(client.get());
        const QString itemId = newItem(client.get());
        const auto created =
            await<QString>([&](auto cb) { sessions.create(itemId, {}, nullptr, cb); });
        CHECK_OK(created);
        const QString sid = created.value;
        const auto refused = await<void>([&](auto cb) { sessions.remove(sid, nullptr, cb); });
        QVERIFY2(refused.error.is(ErrorType::NotAllowedInCurrentState),
                 qPrintable(refused.error.message()));
        CHECK_OK(await<void>([&](auto cb) { sessions.cancel(sid, nullptr, cb); }));
        const auto canceled =
            await<UpdateSession>([&](auto cb) { sessions.get(sid, nullptr, cb); });
        CHECK_OK(canceled);
        QCOMPARE(canceled.value.state.value(), SessionState::Canceled);
        QVERIFY(canceled.value.isTerminal());
        CHECK_OK(await<void>([&](auto cb) { sessions.remove(sid, nullptr, cb); }));
        const auto gone = await<UpdateSession>([&](auto cb) { sessions.get(sid, nullptr, cb); });
        QVERIFY2(gone.error.isNotFound(), qPrintable(gone.error.message()));
        QCOMPARE(gone.error.kind, ApiError::Kind::Server);
    }

    void warningBehaviorIsVerified_data() { flavors(); }
    void warningBehaviorIsVerified()
    {
        QFETCH(QString, flavor);
        auto client = loginAs(flavor);
        QVERIFY(client);
        UpdateSessionService sessions(client.get());
        const QString itemId = newItem(client.get(), QStringLiteral("ovf"));
        const auto created =
            await<QString>([&](auto cb) { sessions.create(itemId, {}, nullptr, cb); });
        CHECK_OK(created);
        const QList<WarningBehavior> wanted { { WarningType::SelfSignedCertificate, true },
                                              { WarningType::ExpiredCertificate, false } };
        const auto set = await<UpdateSession>(
            [&](auto cb) { sessions.setWarningBehavior(created.value, wanted, nullptr, cb); });
        CHECK_OK(set);
        QCOMPARE(UpdateSessionService::verifyWarningBehavior(set.value, wanted), QString());
        QCOMPARE(set.value.id, created.value);
        CHECK_OK(await<void>([&](auto cb) { sessions.cancel(created.value, nullptr, cb); }));
    }

    void busyItem_data()
    {
        QTest::addColumn<QString>("flavor");
        QTest::addColumn<int>("status");
        QTest::newRow("api 500") << QStringLiteral("api") << 500;
        QTest::newRow("api 400") << QStringLiteral("api") << 400;
        QTest::newRow("rest 500") << QStringLiteral("rest") << 500;
        QTest::newRow("rest 400") << QStringLiteral("rest") << 400;
    }
    void busyItem()
    {
        QFETCH(QString, flavor);
        QFETCH(int, status);
        m_sim->control("POST", QStringLiteral("/control/busy-status"),
                       QJsonObject { { QStringLiteral("status"), status } });
        QVERIFY2(m_sim->lastControlOk(), qPrintable(m_sim->lastControlError()));
        auto client = loginAs(flavor);
        QVERIFY(client);
        UpdateSessionService sessions(client.get());
        const QString itemId = newItem(client.get());
        const auto first =
            await<QString>([&](auto cb) { sessions.create(itemId, {}, nullptr, cb); });
        CHECK_OK(first);
        const auto second =
            await<QString>([&](auto cb) { sessions.create(itemId, {}, nullptr, cb); });
        QVERIFY2(second.error.isResourceBusy(), qPrintable(second.error.message()));
        QCOMPARE(second.error.httpStatus, status);
        CHECK_OK(await<void>([&](auto cb) { sessions.cancel(first.value, nullptr, cb); }));
    }

    void sameClientTokenSameSession()
    {
        auto client = loginAs(QStringLiteral("api"));
        QVERIFY(client);
        UpdateSessionService sessions(client.get());
        const QString itemId = newItem(client.get());
        const QString token = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const auto a =
            await<QString>([&](auto cb) { sessions.create(itemId, {}, nullptr, cb, token); });
        CHECK_OK(a);
        const auto b =
            await<QString>([&](auto cb) { sessions.create(itemId, {}, nullptr, cb, token); });
        CHECK_OK(b); // a replayed create is not "busy"
        QCOMPARE(b.value, a.value);
        CHECK_OK(await<void>([&](auto cb) { sessions.cancel(a.value, nullptr, cb); }));
    }

    void cleanupTestCase() { m_sim.reset(); }
};

QTEST_GUILESS_MAIN(TestServicesSimulator)
#include "TestServicesSimulator.moc"
