// cl-simulator over real HTTPS: datastores, local/subscribed libraries, items and item files in
// both flavors, with the error bodies of §4.4 and §5.10.
#include "SimClient.h"
#include "SimulatorProcess.h"

#include <QtTest>

using namespace clu::test;

class TestSimLibraries : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void datastoresBothFlavors();
    void localLibraryLifecycle();
    void subscribedLibrary();
    void itemsBothFlavors();
    void itemErrors();
    void itemFilesAfterUpload();

private:
    std::unique_ptr<SimulatorProcess> m_sim;
    std::unique_ptr<SimClient> m_c;
};

void TestSimLibraries::init()
{
    m_sim = std::make_unique<SimulatorProcess>();
    QVERIFY2(m_sim->start(), qPrintable(m_sim->errorString()));
    m_c = std::make_unique<SimClient>(*m_sim);
    QVERIFY(m_c->login());
}

void TestSimLibraries::cleanup()
{
    m_c.reset();
    m_sim.reset();
}

void TestSimLibraries::datastoresBothFlavors()
{
    const SimReply api = m_c->call("GET", QStringLiteral("/api/vcenter/datastore"));
    QCOMPARE(api.status, 200);
    QVERIFY(api.arr().size() >= 2);
    const QJsonObject ds = api.arr().first().toObject();
    QVERIFY(
        ds.value(QLatin1String("datastore")).toString().startsWith(QLatin1String("datastore-")));
    QVERIFY(ds.value(QLatin1String("capacity")).toInteger()
            > ds.value(QLatin1String("free_space")).toInteger());
    const SimReply rest = m_c->call("GET", QStringLiteral("/rest/vcenter/datastore"));
    QCOMPARE(rest.status, 200);
    QCOMPARE(rest.value().toArray(), api.arr());
}

void TestSimLibraries::localLibraryLifecycle()
{
    const QJsonObject spec {
        { QStringLiteral("name"), QStringLiteral("Templates") },
        { QStringLiteral("description"), QStringLiteral("golden") },
        { QStringLiteral("storage_backings"),
          QJsonArray {
              QJsonObject { { QStringLiteral("type"), QStringLiteral("DATASTORE") },
                            { QStringLiteral("datastore_id"), QStringLiteral("datastore-12") } } } }
    };
    const SimReply created = m_c->call("POST", QStringLiteral("/api/content/local-library"), spec);
    QCOMPARE(created.status, 201);
    const QString id = created.json.toString();
    QVERIFY(!id.isEmpty());
    // /rest: wrapped create_spec, 200 + value
    QJsonObject restSpec = spec;
    restSpec[QStringLiteral("name")] = QStringLiteral("ISOs");
    const SimReply restCreated =
        m_c->call("POST", QStringLiteral("/rest/com/vmware/content/local-library"),
                  QJsonObject { { QStringLiteral("create_spec"), restSpec } });
    QCOMPARE(restCreated.status, 200);
    const QString id2 = restCreated.value().toString();
    QVERIFY(!id2.isEmpty());
    // duplicate name, unknown datastore, missing backing
    QCOMPARE(m_c->call("POST", QStringLiteral("/api/content/local-library"), spec).errorType(),
             QStringLiteral("ALREADY_EXISTS"));
    QJsonObject badDs = spec;
    badDs[QStringLiteral("name")] = QStringLiteral("x");
    badDs[QStringLiteral("storage_backings")] = QJsonArray { QJsonObject {
        { QStringLiteral("type"), QStringLiteral("DATASTORE") },
        { QStringLiteral("datastore_id"), QStringLiteral("datastore-999") } } };
    const SimReply bad = m_c->call("POST", QStringLiteral("/api/content/local-library"), badDs);
    QCOMPARE(bad.status, 400);
    QCOMPARE(bad.errorType(), QStringLiteral("INVALID_ARGUMENT"));
    QVERIFY(bad.message().contains(QStringLiteral("datastore-999")));

    const SimReply list = m_c->call("GET", QStringLiteral("/api/content/library"));
    QVERIFY(list.arr().contains(id) && list.arr().contains(id2));
    QCOMPARE(m_c->call("GET", QStringLiteral("/rest/com/vmware/content/library"))
                 .value()
                 .toArray()
                 .size(),
             list.arr().size());
    const QJsonObject lib = m_c->call("GET", QStringLiteral("/api/content/library/") + id).obj();
    QCOMPARE(lib.value(QLatin1String("name")).toString(), QStringLiteral("Templates"));
    QCOMPARE(lib.value(QLatin1String("type")).toString(), QStringLiteral("LOCAL"));
    QCOMPARE(lib.value(QLatin1String("storage_backings"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QLatin1String("datastore_id"))
                 .toString(),
             QStringLiteral("datastore-12"));
    QCOMPARE(m_c->call("GET", QStringLiteral("/rest/com/vmware/content/library/id:") + id)
                 .value()
                 .toObject(),
             lib);
    // find: case-insensitive name, by type, both flavors
    const SimReply found =
        m_c->call("POST", QStringLiteral("/api/content/library?action=find"),
                  QJsonObject { { QStringLiteral("name"), QStringLiteral("templates") } });
    QCOMPARE(found.status, 200);
    QCOMPARE(found.arr(), QJsonArray { id });
    const SimReply restFound = m_c->call(
        "POST", QStringLiteral("/rest/com/vmware/content/library?~action=find"),
        QJsonObject {
            { QStringLiteral("spec"),
              QJsonObject { { QStringLiteral("type"), QStringLiteral("SUBSCRIBED") } } } });
    QCOMPARE(restFound.value().toArray().size(), 0);
    // delete removes it; a second delete is NOT_FOUND
    QCOMPARE(m_c->call("DELETE", QStringLiteral("/api/content/local-library/") + id).status, 204);
    QCOMPARE(m_c->call("DELETE", QStringLiteral("/rest/com/vmware/content/local-library/id:") + id2)
                 .status,
             200);
    const SimReply gone = m_c->call("GET", QStringLiteral("/api/content/library/") + id);
    QCOMPARE(gone.status, 404);
    QCOMPARE(gone.errorType(), QStringLiteral("NOT_FOUND"));
    QCOMPARE(m_c->call("DELETE", QStringLiteral("/api/content/local-library/") + id).status, 404);
}

void TestSimLibraries::subscribedLibrary()
{
    const SimReply created = m_c->call(
        "POST", QStringLiteral("/api/content/subscribed-library"),
        QJsonObject {
            { QStringLiteral("name"), QStringLiteral("Partner") },
            { QStringLiteral("subscription_info"),
              QJsonObject { { QStringLiteral("subscription_url"),
                              QStringLiteral("https://pub.example/lib.json") } } },
            { QStringLiteral("storage_backings"),
              QJsonArray { QJsonObject {
                  { QStringLiteral("type"), QStringLiteral("DATASTORE") },
                  { QStringLiteral("datastore_id"), QStringLiteral("datastore-11") } } } } });
    QCOMPARE(created.status, 201);
    const QString id = created.json.toString();
    const QJsonObject lib = m_c->call("GET", QStringLiteral("/api/content/library/") + id).obj();
    QCOMPARE(lib.value(QLatin1String("type")).toString(), QStringLiteral("SUBSCRIBED"));
    QCOMPARE(lib.value(QLatin1String("subscription_info"))
                 .toObject()
                 .value(QLatin1String("subscription_url"))
                 .toString(),
             QStringLiteral("https://pub.example/lib.json"));
    // a subscribed library is not a local one
    QCOMPARE(m_c->call("GET", QStringLiteral("/api/content/local-library/") + id).status, 404);
    QCOMPARE(m_c->call("GET", QStringLiteral("/api/content/subscribed-library/") + id).status, 200);
    // items cannot be created there
    const SimReply item =
        m_c->call("POST", QStringLiteral("/api/content/library/item"),
                  QJsonObject { { QStringLiteral("library_id"), id },
                                { QStringLiteral("name"), QStringLiteral("x") } });
    QCOMPARE(item.status, 400);
    QCOMPARE(item.errorType(), QStringLiteral("INVALID_ELEMENT_TYPE"));
}

void TestSimLibraries::itemsBothFlavors()
{
    const QString lib = m_c->createLibrary(QStringLiteral("L"));
    QVERIFY(!lib.isEmpty());
    const SimReply created =
        m_c->call("POST", QStringLiteral("/api/content/library/item"),
                  QJsonObject { { QStringLiteral("library_id"), lib },
                                { QStringLiteral("name"), QStringLiteral("ubuntu") },
                                { QStringLiteral("type"), QStringLiteral("iso") } },
                  { { "Client-Token", "tok-1" } });
    QCOMPARE(created.status, 201);
    const QString item = created.json.toString();
    // Same Client-Token again: the same item, not ALREADY_EXISTS.
    const SimReply replay =
        m_c->call("POST", QStringLiteral("/api/content/library/item"),
                  QJsonObject { { QStringLiteral("library_id"), lib },
                                { QStringLiteral("name"), QStringLiteral("ubuntu") },
                                { QStringLiteral("type"), QStringLiteral("iso") } },
                  { { "Client-Token", "tok-1" } });
    QCOMPARE(replay.json.toString(), item);
    const SimReply restCreated = m_c->call(
        "POST", QStringLiteral("/rest/com/vmware/content/library/item"),
        QJsonObject { { QStringLiteral("client_token"), QStringLiteral("tok-2") },
                      { QStringLiteral("create_spec"),
                        QJsonObject { { QStringLiteral("library_id"), lib },
                                      { QStringLiteral("name"), QStringLiteral("photon") },
                                      { QStringLiteral("type"), QStringLiteral("ovf") } } } });
    QCOMPARE(restCreated.status, 200);
    const QString item2 = restCreated.value().toString();
    QVERIFY(!item2.isEmpty() && item2 != item);

    const QJsonObject got =
        m_c->call("GET", QStringLiteral("/api/content/library/item/") + item).obj();
    QCOMPARE(got.value(QLatin1String("name")).toString(), QStringLiteral("ubuntu"));
    QCOMPARE(got.value(QLatin1String("library_id")).toString(), lib);
    QCOMPARE(got.value(QLatin1String("type")).toString(), QStringLiteral("iso"));
    QCOMPARE(got.value(QLatin1String("size")).toInteger(), 0);
    QCOMPARE(got.value(QLatin1String("cached")).toBool(), false);
    QCOMPARE(got.value(QLatin1String("content_version")).toString(), QStringLiteral("1"));
    QCOMPARE(m_c->call("GET", QStringLiteral("/rest/com/vmware/content/library/item/id:") + item)
                 .value()
                 .toObject(),
             got);

    QCOMPARE(m_c->call("GET", QStringLiteral("/api/content/library/item?library_id=") + lib)
                 .arr()
                 .size(),
             2);
    QCOMPARE(
        m_c->call("GET", QStringLiteral("/rest/com/vmware/content/library/item?library_id=") + lib)
            .value()
            .toArray()
            .size(),
        2);
    const SimReply find =
        m_c->call("POST", QStringLiteral("/api/content/library/item?action=find"),
                  QJsonObject { { QStringLiteral("library_id"), lib },
                                { QStringLiteral("name"), QStringLiteral("PHOTON") } });
    QCOMPARE(find.arr(), QJsonArray { item2 });
    const SimReply findType = m_c->call(
        "POST", QStringLiteral("/rest/com/vmware/content/library/item?~action=find"),
        QJsonObject { { QStringLiteral("spec"),
                        QJsonObject { { QStringLiteral("type"), QStringLiteral("iso") } } } });
    QCOMPARE(findType.value().toArray(), QJsonArray { item });

    QCOMPARE(m_c->call("GET", QStringLiteral("/api/content/type")).status, 200);
    QCOMPARE(m_c->call("GET", QStringLiteral("/rest/com/vmware/content/type")).status, 200);

    QCOMPARE(m_c->call("DELETE", QStringLiteral("/api/content/library/item/") + item).status, 204);
    QCOMPARE(
        m_c->call("DELETE", QStringLiteral("/rest/com/vmware/content/library/item/id:") + item2)
            .status,
        200);
    QCOMPARE(m_c->call("GET", QStringLiteral("/api/content/library/item?library_id=") + lib)
                 .arr()
                 .size(),
             0);
}

void TestSimLibraries::itemErrors()
{
    const QString lib = m_c->createLibrary(QStringLiteral("Lib One"));
    QVERIFY(!m_c->createItem(lib, QStringLiteral("dup")).isEmpty());
    const SimReply dup =
        m_c->call("POST", QStringLiteral("/api/content/library/item"),
                  QJsonObject { { QStringLiteral("library_id"), lib },
                                { QStringLiteral("name"), QStringLiteral("Dup") } });
    QCOMPARE(dup.status, 400);
    QCOMPARE(dup.errorType(), QStringLiteral("ALREADY_EXISTS"));
    QCOMPARE(dup.messageId(),
             QStringLiteral("com.vmware.vdcs.cls-main.duplicate_item_name_unsupported_in_library"));
    const QJsonArray args = dup.obj()
                                .value(QLatin1String("messages"))
                                .toArray()
                                .first()
                                .toObject()
                                .value(QLatin1String("args"))
                                .toArray();
    QCOMPARE(args, (QJsonArray { QStringLiteral("Dup"), QStringLiteral("Lib One"), lib }));
    const SimReply restDup = m_c->call(
        "POST", QStringLiteral("/rest/com/vmware/content/library/item"),
        QJsonObject { { QStringLiteral("create_spec"),
                        QJsonObject { { QStringLiteral("library_id"), lib },
                                      { QStringLiteral("name"), QStringLiteral("dup") } } } });
    QCOMPARE(restDup.obj().value(QLatin1String("type")).toString(),
             QStringLiteral("com.vmware.vapi.std.errors.already_exists"));
    const SimReply noLib =
        m_c->call("POST", QStringLiteral("/api/content/library/item"),
                  QJsonObject { { QStringLiteral("library_id"), QStringLiteral("nope") },
                                { QStringLiteral("name"), QStringLiteral("x") } });
    QCOMPARE(noLib.status, 404);
    const SimReply noName = m_c->call("POST", QStringLiteral("/api/content/library/item"),
                                      QJsonObject { { QStringLiteral("library_id"), lib } });
    QCOMPARE(noName.status, 400);
    QCOMPARE(noName.errorType(), QStringLiteral("INVALID_ARGUMENT"));
    QCOMPARE(m_c->call("GET", QStringLiteral("/api/content/library/item/nope")).status, 404);
    QCOMPARE(m_c->call("GET", QStringLiteral("/api/content/library/item?library_id=nope")).status,
             404);
    QCOMPARE(m_c->call("GET", QStringLiteral("/api/content/library/item/nope/file")).status, 404);
}

void TestSimLibraries::itemFilesAfterUpload()
{
    const QString lib = m_c->createLibrary(QStringLiteral("F"));
    const QString item = m_c->createItem(lib, QStringLiteral("tools"));
    const QString sid = m_c->createSession(item);
    QVERIFY(!sid.isEmpty());
    const QByteArray data(100000, 'z');
    const QJsonObject f = m_c->addFile(sid,
                                       { { QStringLiteral("name"), QStringLiteral("tools.iso") },
                                         { QStringLiteral("source_type"), QStringLiteral("PUSH") },
                                         { QStringLiteral("size"), data.size() } });
    QCOMPARE(m_c->uploadBytes(f.value(QLatin1String("upload_endpoint"))
                                  .toObject()
                                  .value(QLatin1String("uri"))
                                  .toString(),
                              data)
                 .status,
             200);
    QCOMPARE(
        m_c->call("POST", SimClient::sessionPath(sid) + QStringLiteral("?action=complete")).status,
        204);
    const SimReply files = m_c->call(
        "GET", QStringLiteral("/api/content/library/item/") + item + QStringLiteral("/file"));
    QCOMPARE(files.arr().size(), 1);
    const QJsonObject file = files.arr().first().toObject();
    QCOMPARE(file.value(QLatin1String("name")).toString(), QStringLiteral("tools.iso"));
    QCOMPARE(file.value(QLatin1String("size")).toInteger(), data.size());
    QCOMPARE(file.value(QLatin1String("cached")).toBool(), true);
    QCOMPARE(file.value(QLatin1String("checksum_info"))
                 .toObject()
                 .value(QLatin1String("checksum"))
                 .toString(),
             QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha1).toHex()));
    const SimReply one = m_c->call("GET",
                                   QStringLiteral("/api/content/library/item/") + item
                                       + QStringLiteral("/file?name=tools.iso"));
    QCOMPARE(one.obj(), file);
    const SimReply restOne =
        m_c->call("POST",
                  QStringLiteral("/rest/com/vmware/content/library/item/file/id:") + item
                      + QStringLiteral("?~action=get"),
                  QJsonObject { { QStringLiteral("name"), QStringLiteral("tools.iso") } });
    QCOMPARE(restOne.value().toObject(), file);
    QCOMPARE(m_c->call("GET",
                       QStringLiteral("/rest/com/vmware/content/library/item/file?library_item_id=")
                           + item)
                 .value()
                 .toArray()
                 .size(),
             1);
    QCOMPARE(m_c->call("GET",
                       QStringLiteral("/api/content/library/item/") + item
                           + QStringLiteral("/file?name=other"))
                 .status,
             404);
    // An item with an ACTIVE session cannot be deleted.
    QVERIFY(!m_c->createSession(item).isEmpty());
    const SimReply busy = m_c->call("DELETE", QStringLiteral("/api/content/library/item/") + item);
    QCOMPARE(busy.errorType(), QStringLiteral("RESOURCE_BUSY"));
}

QTEST_GUILESS_MAIN(TestSimLibraries)
#include "TestSimLibraries.moc"
