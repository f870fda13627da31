// cl-simulator over real HTTPS: the files of an update session (§7) in both flavors: add (and
// its refusals), get, list, remove, validate, and what an item's existing files mean for them.
#include "SimClient.h"
#include "SimulatorProcess.h"

#include <QtTest>

using namespace clu::test;

namespace {
const QString kRestFiles =
    QStringLiteral("/rest/com/vmware/content/library/item/updatesession/file");

QJsonObject pushSpec(const QString &name, qint64 size = -1)
{
    QJsonObject o { { QStringLiteral("name"), name },
                    { QStringLiteral("source_type"), QStringLiteral("PUSH") } };
    if (size >= 0)
        o.insert(QStringLiteral("size"), size);
    return o;
}
} // namespace

class TestSimSessionFiles : public QObject
{
    Q_OBJECT
private slots:
    void fileOperationsBothFlavors();
};

void TestSimSessionFiles::fileOperationsBothFlavors()
{
    SimulatorProcess sim;
    QVERIFY2(sim.start(), qPrintable(sim.errorString()));
    SimClient c(sim);
    QVERIFY(c.login());
    const QString lib = c.createLibrary(QStringLiteral("L"));
    const QString item = c.createItem(lib, QStringLiteral("i"));
    // give the item an existing file first
    {
        const QString sid = c.createSession(item);
        QCOMPARE(c.push(sid, QStringLiteral("old.iso"), "abc").put.status, 200);
        QCOMPARE(
            c.call("POST", SimClient::sessionPath(sid) + QStringLiteral("?action=complete")).status,
            204);
    }
    const QString sid = c.createSession(item);
    const SimReply added = c.call("POST", SimClient::sessionPath(sid) + QStringLiteral("/file"),
                                  pushSpec(QStringLiteral("new file.iso"), 5));
    QCOMPARE(added.status, 201);
    const QJsonObject f = added.obj();
    QCOMPARE(f.value(QLatin1String("status")).toString(), QStringLiteral("WAITING_FOR_TRANSFER"));
    QCOMPARE(f.value(QLatin1String("bytes_transferred")).toInt(), 0);
    const QString uri =
        f.value(QLatin1String("upload_endpoint")).toObject().value(QLatin1String("uri")).toString();
    QVERIFY2(uri.startsWith(sim.baseUrl().toString() + QStringLiteral("/cls/data/")),
             qPrintable(uri));
    QVERIFY(uri.endsWith(QStringLiteral("/new%20file.iso")));
    const SimReply restAdded =
        c.call("POST", kRestFiles + QStringLiteral("/id:") + sid + QStringLiteral("?~action=add"),
               QJsonObject { { QStringLiteral("file_spec"), pushSpec(QStringLiteral("b.bin")) } });
    QCOMPARE(restAdded.status, 200);
    const QString uri2 = restAdded.value()
                             .toObject()
                             .value(QLatin1String("upload_endpoint"))
                             .toObject()
                             .value(QLatin1String("uri"))
                             .toString();
    QVERIFY(uri2 != uri);
    // same name again replaces (new upload URI)
    const QString uri3 = c.addFile(sid, pushSpec(QStringLiteral("b.bin"), 2))
                             .value(QLatin1String("upload_endpoint"))
                             .toObject()
                             .value(QLatin1String("uri"))
                             .toString();
    QVERIFY(uri3 != uri2);
    QCOMPARE(c.uploadBytes(uri2, "xx").status, 404); // the replaced endpoint is gone
    // get / list (existing file shows as NONE)
    QCOMPARE(c.getFile(sid, QStringLiteral("new file.iso")).value(QLatin1String("name")).toString(),
             QStringLiteral("new file.iso"));
    const SimReply restGet =
        c.call("POST", kRestFiles + QStringLiteral("/id:") + sid + QStringLiteral("?~action=get"),
               QJsonObject { { QStringLiteral("file_name"), QStringLiteral("old.iso") } });
    QCOMPARE(restGet.value().toObject().value(QLatin1String("source_type")).toString(),
             QStringLiteral("NONE"));
    QCOMPARE(restGet.value().toObject().value(QLatin1String("status")).toString(),
             QStringLiteral("READY"));
    const SimReply unknown =
        c.call("GET", SimClient::sessionPath(sid) + QStringLiteral("/file/none.bin"));
    QCOMPARE(unknown.status, 400);
    QCOMPARE(unknown.errorType(), QStringLiteral("INVALID_ARGUMENT"));
    QCOMPARE(c.call("GET", SimClient::sessionPath(sid) + QStringLiteral("/file")).arr().size(), 3);
    QCOMPARE(c.call("GET", kRestFiles + QStringLiteral("?update_session_id=") + sid)
                 .value()
                 .toArray()
                 .size(),
             3);
    // validate: files not received yet are invalid
    const SimReply v =
        c.call("POST", SimClient::sessionPath(sid) + QStringLiteral("/file?action=validate"));
    QCOMPARE(v.status, 200);
    QCOMPARE(v.obj().value(QLatin1String("has_errors")).toBool(), true);
    QCOMPARE(v.obj().value(QLatin1String("invalid_files")).toArray().size(), 2);
    QVERIFY(v.obj().value(QLatin1String("missing_files")).toArray().isEmpty());
    // remove (api: added file; rest: existing file), then validate is clean after uploading b.bin
    QCOMPARE(c.call("DELETE", SimClient::sessionPath(sid) + QStringLiteral("/file/new%20file.iso"))
                 .status,
             204);
    QCOMPARE(c.call("POST",
                    kRestFiles + QStringLiteral("/id:") + sid + QStringLiteral("?~action=remove"),
                    QJsonObject { { QStringLiteral("file_name"), QStringLiteral("old.iso") } })
                 .status,
             200);
    QCOMPARE(
        c.call("DELETE", SimClient::sessionPath(sid) + QStringLiteral("/file/old.iso")).errorType(),
        QStringLiteral("INVALID_ARGUMENT"));
    QCOMPARE(c.uploadBytes(uri3, "hi").status, 200);
    const SimReply restValidate = c.call(
        "POST", kRestFiles + QStringLiteral("/id:") + sid + QStringLiteral("?~action=validate"));
    QCOMPARE(restValidate.value().toObject().value(QLatin1String("has_errors")).toBool(), false);
    QCOMPARE(
        c.call("POST", SimClient::sessionPath(sid) + QStringLiteral("?action=complete")).status,
        204);
    const SimReply files = c.call(
        "GET", QStringLiteral("/api/content/library/item/") + item + QStringLiteral("/file"));
    QCOMPARE(files.arr().size(), 1);
    QCOMPARE(files.arr().first().toObject().value(QLatin1String("name")).toString(),
             QStringLiteral("b.bin"));
    const QJsonObject itemJson =
        c.call("GET", QStringLiteral("/api/content/library/item/") + item).obj();
    QCOMPARE(itemJson.value(QLatin1String("size")).toInteger(), 2);
    QCOMPARE(itemJson.value(QLatin1String("content_version")).toString(), QStringLiteral("3"));
    // bad specs
    const QString s2 = c.createSession(item);
    QCOMPARE(c.call("POST", SimClient::sessionPath(s2) + QStringLiteral("/file"),
                    QJsonObject { { QStringLiteral("name"), QStringLiteral("x") },
                                  { QStringLiteral("source_type"), QStringLiteral("NONE") } })
                 .errorType(),
             QStringLiteral("INVALID_ARGUMENT"));
    QCOMPARE(c.call("POST", SimClient::sessionPath(s2) + QStringLiteral("/file"),
                    pushSpec(QStringLiteral("../x")))
                 .errorType(),
             QStringLiteral("INVALID_ARGUMENT"));
    QCOMPARE(c.call("POST", SimClient::sessionPath(s2) + QStringLiteral("/file"),
                    QJsonObject { { QStringLiteral("name"), QStringLiteral("p") },
                                  { QStringLiteral("source_type"), QStringLiteral("PULL") } })
                 .errorType(),
             QStringLiteral("INVALID_ARGUMENT"));
    QJsonObject badSum = pushSpec(QStringLiteral("c"));
    badSum.insert(QStringLiteral("checksum_info"),
                  QJsonObject { { QStringLiteral("algorithm"), QStringLiteral("SHA256") },
                                { QStringLiteral("checksum"), QStringLiteral("abc") } });
    QCOMPARE(
        c.call("POST", SimClient::sessionPath(s2) + QStringLiteral("/file"), badSum).errorType(),
        QStringLiteral("INVALID_ARGUMENT"));
    QCOMPARE(c.call("POST", SimClient::sessionPath(QStringLiteral("x:y")) + QStringLiteral("/file"),
                    pushSpec(QStringLiteral("a")))
                 .status,
             404);
    QCOMPARE(c.call("POST", SimClient::sessionPath(s2) + QStringLiteral("?action=cancel")).status,
             204);
    QCOMPARE(c.call("POST", SimClient::sessionPath(s2) + QStringLiteral("/file"),
                    pushSpec(QStringLiteral("late")))
                 .errorType(),
             QStringLiteral("NOT_ALLOWED_IN_CURRENT_STATE"));
    QCOMPARE(c.call("POST", SimClient::sessionPath(s2) + QStringLiteral("/file?action=validate"))
                 .errorType(),
             QStringLiteral("NOT_ALLOWED_IN_CURRENT_STATE"));
}

QTEST_GUILESS_MAIN(TestSimSessionFiles)
#include "TestSimSessionFiles.moc"
