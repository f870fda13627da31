// cl-simulator over real HTTPS: update sessions and session files in both flavors with the
// state rules of §6, §7 and §9: idempotent create, RESOURCE_BUSY, per-user lists, PATCH,
// keep-alive, cancel/fail/complete, delete refused while ACTIVE, expiry, persistence.
#include "SimClient.h"
#include "SimulatorProcess.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace clu::test;

namespace {
const QString kRestSessions =
    QStringLiteral("/rest/com/vmware/content/library/item/update-session");
const QString kRestFiles =
    QStringLiteral("/rest/com/vmware/content/library/item/updatesession/file");
const QString kApiSessions = QStringLiteral("/api/content/library/item/update-session");

QJsonObject pushSpec(const QString &name, qint64 size = -1)
{
    QJsonObject o { { QStringLiteral("name"), name },
                    { QStringLiteral("source_type"), QStringLiteral("PUSH") } };
    if (size >= 0)
        o.insert(QStringLiteral("size"), size);
    return o;
}
} // namespace

class TestSimSessions : public QObject
{
    Q_OBJECT
private slots:
    void createIdempotentAndBusy();
    void createErrors();
    void listPerUserAndFilter();
    void getPatchKeepAlive();
    void terminalStatesAndDelete();
    void fileOperationsBothFlavors();
    void expiryAndRefresh();
    void stateSurvivesRestart();
    void terminalSessionsGarbageCollected();
};

void TestSimSessions::createIdempotentAndBusy()
{
    SimulatorProcess sim;
    QVERIFY2(sim.start(), qPrintable(sim.errorString()));
    SimClient c(sim);
    QVERIFY(c.login());
    const QString item = c.createItem(c.createLibrary(QStringLiteral("L")), QStringLiteral("i"));
    const QJsonObject spec { { QStringLiteral("library_item_id"), item } };
    const SimReply first = c.call("POST", kApiSessions, spec, { { "Client-Token", "abc" } });
    QCOMPARE(first.status, 201);
    const QString sid = first.json.toString();
    QVERIFY2(sid.count(QLatin1Char(':')) == 1 && sid.size() == 73, qPrintable(sid)); // uuid:uuid
    QCOMPARE(c.call("POST", kApiSessions, spec, { { "Client-Token", "abc" } }).json.toString(),
             sid);
    QCOMPARE(
        c.call("POST", kApiSessions + QStringLiteral("?client_token=abc"), spec).json.toString(),
        sid);
    const SimReply restReplay =
        c.call("POST", kRestSessions,
               QJsonObject { { QStringLiteral("client_token"), QStringLiteral("abc") },
                             { QStringLiteral("create_spec"), spec } });
    QCOMPARE(restReplay.status, 200);
    QCOMPARE(restReplay.value().toString(), sid);
    // Without the token: a second session on the item is RESOURCE_BUSY (500 by default).
    const SimReply busy = c.call("POST", kApiSessions, spec);
    QCOMPARE(busy.status, 500);
    QCOMPARE(busy.errorType(), QStringLiteral("RESOURCE_BUSY"));
    sim.control("POST", QStringLiteral("/control/busy-status"),
                { { QStringLiteral("status"), 400 } });
    QVERIFY(sim.lastControlOk());
    const SimReply busy400 =
        c.call("POST", kRestSessions, QJsonObject { { QStringLiteral("create_spec"), spec } });
    QCOMPARE(busy400.status, 400);
    QCOMPARE(busy400.obj().value(QLatin1String("type")).toString(),
             QStringLiteral("com.vmware.vapi.std.errors.resource_busy"));
    // Once the session is over the item is free again.
    QCOMPARE(c.call("POST", SimClient::sessionPath(sid) + QStringLiteral("?action=cancel")).status,
             204);
    QVERIFY(!c.createSession(item).isEmpty());
}

void TestSimSessions::createErrors()
{
    SimulatorProcess sim({ QStringLiteral("--busy-status"), QStringLiteral("400") });
    QVERIFY2(sim.start(), qPrintable(sim.errorString()));
    SimClient c(sim);
    QVERIFY(c.login());
    const SimReply missing =
        c.call("POST", kApiSessions,
               QJsonObject { { QStringLiteral("library_item_id"), QStringLiteral("nope") } });
    QCOMPARE(missing.status, 404);
    QCOMPARE(missing.errorType(), QStringLiteral("NOT_FOUND"));
    const SimReply noId = c.call("POST", kApiSessions, QJsonObject {});
    QCOMPARE(noId.errorType(), QStringLiteral("INVALID_ARGUMENT"));
    const QString lib = c.createLibrary(QStringLiteral("L"));
    const QString tmpl = c.createItem(lib, QStringLiteral("tmpl"), QStringLiteral("vm-template"));
    const SimReply vmt =
        c.call("POST", kApiSessions, QJsonObject { { QStringLiteral("library_item_id"), tmpl } });
    QCOMPARE(vmt.errorType(), QStringLiteral("INVALID_ELEMENT_TYPE"));
    QVERIFY(vmt.message().contains(QStringLiteral("virtual machine template")));
    const QString item = c.createItem(lib, QStringLiteral("i"));
    const SimReply badWb =
        c.call("POST", kApiSessions,
               QJsonObject {
                   { QStringLiteral("library_item_id"), item },
                   { QStringLiteral("warning_behavior"),
                     QJsonArray { QJsonObject { { QStringLiteral("type"), QStringLiteral("NOPE") },
                                                { QStringLiteral("ignored"), true } } } } });
    QCOMPARE(badWb.errorType(), QStringLiteral("INVALID_ARGUMENT"));
    QVERIFY(badWb.message().contains(QStringLiteral("NOPE")));
    QVERIFY(!c.createSession(item).isEmpty());
    QCOMPARE(
        c.call("POST", kApiSessions, QJsonObject { { QStringLiteral("library_item_id"), item } })
            .status,
        400); // --busy-status 400
}

void TestSimSessions::listPerUserAndFilter()
{
    SimulatorProcess sim({ QStringLiteral("--users"), QStringLiteral("alice:a,bob:b") });
    QVERIFY2(sim.start(), qPrintable(sim.errorString()));
    SimClient alice(sim), bob(sim);
    QVERIFY(alice.login(false, QStringLiteral("alice"), QStringLiteral("a")));
    QVERIFY(bob.login(true, QStringLiteral("bob"), QStringLiteral("b")));
    const QString lib = alice.createLibrary(QStringLiteral("L"));
    const QString i1 = alice.createItem(lib, QStringLiteral("one"));
    const QString i2 = alice.createItem(lib, QStringLiteral("two"));
    const QString s1 = alice.createSession(i1);
    const QString s2 = bob.createSession(i2);
    QVERIFY(!s1.isEmpty() && !s2.isEmpty());
    QCOMPARE(alice.call("GET", kApiSessions).arr(), QJsonArray { s1 });
    QCOMPARE(bob.call("GET", kRestSessions).value().toArray(), QJsonArray { s2 });
    QCOMPARE(
        alice.call("GET", kApiSessions + QStringLiteral("?library_item_id=") + i2).arr().size(), 0);
    QCOMPARE(
        bob.call("GET", kRestSessions + QStringLiteral("?library_item_id=") + i2).value().toArray(),
        QJsonArray { s2 });
    QCOMPARE(alice.call("GET", kApiSessions + QStringLiteral("?library_item_id=nope")).status, 404);
    // Other operations only need an authenticated session (§6).
    QCOMPARE(alice.call("GET", SimClient::sessionPath(s2)).status, 200);
}

void TestSimSessions::getPatchKeepAlive()
{
    SimulatorProcess sim;
    QVERIFY2(sim.start(), qPrintable(sim.errorString()));
    SimClient c(sim);
    QVERIFY(c.login());
    const QString item = c.createItem(c.createLibrary(QStringLiteral("L")), QStringLiteral("i"));
    const QString sid = c.createSession(item);
    const SimReply got = c.call("GET", SimClient::sessionPath(sid));
    QCOMPARE(got.status, 200);
    const QJsonObject s = got.obj();
    QVERIFY(!s.contains(QLatin1String("id")));
    QCOMPARE(s.value(QLatin1String("library_item_id")).toString(), item);
    QCOMPARE(s.value(QLatin1String("library_item_content_version")).toString(),
             QStringLiteral("1"));
    QCOMPARE(s.value(QLatin1String("state")).toString(), QStringLiteral("ACTIVE"));
    QCOMPARE(s.value(QLatin1String("client_progress")).toInt(), 0);
    QVERIFY(QDateTime::fromString(s.value(QLatin1String("expiration_time")).toString(),
                                  Qt::ISODateWithMs)
            > QDateTime::currentDateTimeUtc());
    QCOMPARE(
        s.value(QLatin1String("preview_info")).toObject().value(QLatin1String("state")).toString(),
        QStringLiteral("NOT_APPLICABLE"));
    const SimReply rest = c.call("GET", kRestSessions + QStringLiteral("/id:") + sid);
    QCOMPARE(rest.value().toObject().value(QLatin1String("library_item_id")).toString(), item);

    const QJsonArray wb { QJsonObject {
        { QStringLiteral("type"), QStringLiteral("SELF_SIGNED_CERTIFICATE") },
        { QStringLiteral("ignored"), true } } };
    QCOMPARE(c.call("PATCH", SimClient::sessionPath(sid),
                    QJsonObject { { QStringLiteral("warning_behavior"), wb } })
                 .status,
             204);
    QCOMPARE(c.getSession(sid).value(QLatin1String("warning_behavior")).toArray(), wb);
    const QJsonArray wb2 { QJsonObject {
        { QStringLiteral("type"), QStringLiteral("EXPIRED_CERTIFICATE") },
        { QStringLiteral("ignored"), true } } };
    const SimReply restPatch =
        c.call("PATCH", kRestSessions + QStringLiteral("/id:") + sid,
               QJsonObject { { QStringLiteral("update_spec"),
                               QJsonObject { { QStringLiteral("warning_behavior"), wb2 } } } });
    QCOMPARE(restPatch.status, 200);
    QCOMPARE(c.getSession(sid).value(QLatin1String("warning_behavior")).toArray(), wb2); // replaces
    QCOMPARE(c.call("PATCH", SimClient::sessionPath(sid),
                    QJsonObject { { QStringLiteral("warning_behavior"), QStringLiteral("x") } })
                 .errorType(),
             QStringLiteral("INVALID_ARGUMENT"));

    QCOMPARE(c.call("POST", SimClient::sessionPath(sid) + QStringLiteral("?action=keep-alive"),
                    QJsonObject { { QStringLiteral("client_progress"), 40 } })
                 .status,
             204);
    QCOMPARE(c.getSession(sid).value(QLatin1String("client_progress")).toInt(), 40);
    QCOMPARE(
        c.call("POST",
               kRestSessions + QStringLiteral("/id:") + sid + QStringLiteral("?~action=keep-alive"),
               QJsonObject { { QStringLiteral("client_progress"), 55 } })
            .status,
        200);
    QCOMPARE(c.getSession(sid).value(QLatin1String("client_progress")).toInt(), 55);
    QCOMPARE(
        c.call("POST", SimClient::sessionPath(sid) + QStringLiteral("?action=keep-alive")).status,
        204); // no body
    QCOMPARE(c.call("POST", SimClient::sessionPath(sid) + QStringLiteral("?action=keep-alive"),
                    QJsonObject { { QStringLiteral("client_progress"), 101 } })
                 .errorType(),
             QStringLiteral("INVALID_ARGUMENT"));
    QCOMPARE(c.call("GET", SimClient::sessionPath(QStringLiteral("a:b"))).status, 404);
    QCOMPARE(sim.control("GET", QStringLiteral("/control/stats"))
                 .object()
                 .value(QLatin1String("keepalive_calls"))
                 .toInt(),
             4);
}

void TestSimSessions::terminalStatesAndDelete()
{
    SimulatorProcess sim;
    QVERIFY2(sim.start(), qPrintable(sim.errorString()));
    SimClient c(sim);
    QVERIFY(c.login());
    const QString lib = c.createLibrary(QStringLiteral("L"));
    // delete refused while ACTIVE
    const QString a = c.createSession(c.createItem(lib, QStringLiteral("a")));
    const SimReply refused = c.call("DELETE", SimClient::sessionPath(a));
    QCOMPARE(refused.status, 400);
    QCOMPARE(refused.errorType(), QStringLiteral("NOT_ALLOWED_IN_CURRENT_STATE"));
    QCOMPARE(refused.messageId(),
             QStringLiteral(
                 "com.vmware.vdcs.cls-main.update_session_invalid_state_for_operation_reason"));
    // fail: ERROR with the client's message; later operations refused naming the state
    const SimReply noMsg =
        c.call("POST", SimClient::sessionPath(a) + QStringLiteral("?action=fail"), QJsonObject {});
    QCOMPARE(noMsg.errorType(), QStringLiteral("INVALID_ARGUMENT"));
    QCOMPARE(c.call("POST", SimClient::sessionPath(a) + QStringLiteral("?action=fail"),
                    QJsonObject { { QStringLiteral("client_error_message"),
                                    QStringLiteral("disk unreadable") } })
                 .status,
             204);
    const QJsonObject failed = c.getSession(a);
    QCOMPARE(failed.value(QLatin1String("state")).toString(), QStringLiteral("ERROR"));
    QCOMPARE(failed.value(QLatin1String("error_message"))
                 .toObject()
                 .value(QLatin1String("default_message"))
                 .toString(),
             QStringLiteral("disk unreadable"));
    QVERIFY(!failed.contains(QLatin1String("preview_info")));
    const SimReply completeErr =
        c.call("POST", SimClient::sessionPath(a) + QStringLiteral("?action=complete"));
    QCOMPARE(completeErr.status, 400);
    QCOMPARE(completeErr.messageId(),
             QStringLiteral(
                 "com.vmware.vdcs.cls-main.update_session_invalid_state_for_operation_reason"));
    const QJsonArray args = completeErr.obj()
                                .value(QLatin1String("messages"))
                                .toArray()
                                .first()
                                .toObject()
                                .value(QLatin1String("args"))
                                .toArray();
    QCOMPARE(args.at(0).toString(), QStringLiteral("complete"));
    QCOMPARE(args.at(1).toString(), QStringLiteral("ERROR"));
    for (const char *action : { "cancel", "keep-alive", "fail" })
        QCOMPARE(
            c.call("POST",
                   SimClient::sessionPath(a) + QStringLiteral("?action=") + QLatin1String(action),
                   QJsonObject { { QStringLiteral("client_error_message"), QStringLiteral("x") } })
                .errorType(),
            QStringLiteral("NOT_ALLOWED_IN_CURRENT_STATE"));
    QCOMPARE(c.call("PATCH", SimClient::sessionPath(a), QJsonObject {}).errorType(),
             QStringLiteral("NOT_ALLOWED_IN_CURRENT_STATE"));
    QCOMPARE(c.call("DELETE", SimClient::sessionPath(a)).status, 204);
    QCOMPARE(c.call("GET", SimClient::sessionPath(a)).status, 404);
    // cancel (rest flavor) -> CANCELED, delete (rest) -> 200
    const QString b = c.createSession(c.createItem(lib, QStringLiteral("b")));
    QCOMPARE(c.call("POST",
                    kRestSessions + QStringLiteral("/id:") + b + QStringLiteral("?~action=cancel"))
                 .status,
             200);
    QCOMPARE(c.getSession(b).value(QLatin1String("state")).toString(), QStringLiteral("CANCELED"));
    QCOMPARE(
        c.call("POST", SimClient::sessionPath(b) + QStringLiteral("?action=complete")).errorType(),
        QStringLiteral("NOT_ALLOWED_IN_CURRENT_STATE"));
    const SimReply restDelete = c.call("DELETE", kRestSessions + QStringLiteral("/id:") + b);
    QCOMPARE(restDelete.status, 200);
    QVERIFY(restDelete.body.isEmpty());
    // complete of an empty session: DONE, content_version bumped
    const QString itemC = c.createItem(lib, QStringLiteral("c"));
    const QString s3 = c.createSession(itemC);
    const SimReply done = c.call(
        "POST", kRestSessions + QStringLiteral("/id:") + s3 + QStringLiteral("?~action=complete"));
    QCOMPARE(done.status, 200);
    QCOMPARE(c.getSession(s3).value(QLatin1String("state")).toString(), QStringLiteral("DONE"));
    QCOMPARE(c.call("GET", QStringLiteral("/api/content/library/item/") + itemC)
                 .obj()
                 .value(QLatin1String("content_version"))
                 .toString(),
             QStringLiteral("2"));
    QCOMPARE(
        c.call("POST", SimClient::sessionPath(s3) + QStringLiteral("?action=cancel")).errorType(),
        QStringLiteral("NOT_ALLOWED_IN_CURRENT_STATE"));
}

void TestSimSessions::fileOperationsBothFlavors()
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
        const QJsonObject f = c.addFile(sid, pushSpec(QStringLiteral("old.iso"), 3));
        QCOMPARE(c.uploadBytes(f.value(QLatin1String("upload_endpoint"))
                                   .toObject()
                                   .value(QLatin1String("uri"))
                                   .toString(),
                               "abc")
                     .status,
                 200);
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

void TestSimSessions::expiryAndRefresh()
{
    SimulatorProcess sim({ QStringLiteral("--session-timeout"), QStringLiteral("3") });
    QVERIFY2(sim.start(), qPrintable(sim.errorString()));
    SimClient c(sim);
    QVERIFY(c.login());
    const QString lib = c.createLibrary(QStringLiteral("L"));
    const QString item = c.createItem(lib, QStringLiteral("i"));
    const QString sid = c.createSession(item);
    const QJsonObject f = c.addFile(sid, pushSpec(QStringLiteral("a.bin"), 3));
    QCOMPARE(c.uploadBytes(f.value(QLatin1String("upload_endpoint"))
                               .toObject()
                               .value(QLatin1String("uri"))
                               .toString(),
                           "abc")
                 .status,
             200);
    const QDateTime exp1 = QDateTime::fromString(
        c.getSession(sid).value(QLatin1String("expiration_time")).toString(), Qt::ISODateWithMs);
    // keep-alive pushes the expiration out and keeps the session past the timeout
    for (int i = 0; i < 4; ++i) {
        QTest::qWait(1000);
        QCOMPARE(c.call("POST", SimClient::sessionPath(sid) + QStringLiteral("?action=keep-alive"))
                     .status,
                 204);
    }
    const QDateTime exp2 = QDateTime::fromString(
        c.getSession(sid).value(QLatin1String("expiration_time")).toString(), Qt::ISODateWithMs);
    QVERIFY(exp2 > exp1);
    // left idle: it expires, the id is gone and nothing reached the item
    QTRY_COMPARE_WITH_TIMEOUT(
        c.call("GET", kApiSessions + QStringLiteral("?library_item_id=") + item).arr().size(), 0,
        15000);
    QCOMPARE(c.call("GET", SimClient::sessionPath(sid)).status, 404);
    QCOMPARE(c.call("GET", QStringLiteral("/api/content/library/item/") + item)
                 .obj()
                 .value(QLatin1String("size"))
                 .toInteger(),
             0);
    // control: expire a session now
    const QString s2 = c.createSession(item);
    sim.control("POST", QStringLiteral("/control/expire-session"),
                { { QStringLiteral("session_id"), s2 } });
    QVERIFY2(sim.lastControlOk(), qPrintable(sim.lastControlError()));
    QCOMPARE(c.call("GET", SimClient::sessionPath(s2)).status, 404);
    sim.control("POST", QStringLiteral("/control/expire-session"),
                { { QStringLiteral("session_id"), s2 } });
    QVERIFY(!sim.lastControlOk());
    QVERIFY(!c.createSession(item).isEmpty()); // the item is free again
}

void TestSimSessions::stateSurvivesRestart()
{
    QTemporaryDir dir;
    SimulatorProcess sim({ QStringLiteral("--data-dir"), dir.path() });
    QVERIFY2(sim.start(), qPrintable(sim.errorString()));
    SimClient c(sim);
    QVERIFY(c.login());
    const QString lib = c.createLibrary(QStringLiteral("Persistent"));
    const QString item = c.createItem(lib, QStringLiteral("i"));
    const QString sid = c.createSession(item);
    const QJsonObject f = c.addFile(sid, pushSpec(QStringLiteral("a.bin"), 4));
    QCOMPARE(c.uploadBytes(f.value(QLatin1String("upload_endpoint"))
                               .toObject()
                               .value(QLatin1String("uri"))
                               .toString(),
                           "data")
                 .status,
             200);
    QCOMPARE(
        c.call("POST", SimClient::sessionPath(sid) + QStringLiteral("?action=complete")).status,
        204);
    const QString open = c.createSession(c.createItem(lib, QStringLiteral("j")));
    QVERIFY2(sim.restart(), qPrintable(sim.errorString()));
    QVERIFY(QFile::exists(dir.path() + QStringLiteral("/state.json")));
    SimClient c2(sim);
    QCOMPARE(c2.call("GET", QStringLiteral("/api/content/library")).status,
             401); // logins do not survive
    QVERIFY(c2.login());
    QCOMPARE(c2.call("GET", QStringLiteral("/api/content/library/") + lib)
                 .obj()
                 .value(QLatin1String("name"))
                 .toString(),
             QStringLiteral("Persistent"));
    const QJsonObject it =
        c2.call("GET", QStringLiteral("/api/content/library/item/") + item).obj();
    QCOMPARE(it.value(QLatin1String("size")).toInteger(), 4);
    QCOMPARE(it.value(QLatin1String("content_version")).toString(), QStringLiteral("2"));
    QCOMPARE(c2.getSession(sid).value(QLatin1String("state")).toString(), QStringLiteral("DONE"));
    QCOMPARE(c2.getSession(open).value(QLatin1String("state")).toString(),
             QStringLiteral("ACTIVE"));
}

void TestSimSessions::terminalSessionsGarbageCollected()
{
    SimulatorProcess sim({ QStringLiteral("--gc-after"), QStringLiteral("1") });
    QVERIFY2(sim.start(), qPrintable(sim.errorString()));
    SimClient c(sim);
    QVERIFY(c.login());
    const QString item = c.createItem(c.createLibrary(QStringLiteral("L")), QStringLiteral("i"));
    const QString done = c.createSession(item);
    QCOMPARE(
        c.call("POST", SimClient::sessionPath(done) + QStringLiteral("?action=complete")).status,
        204);
    const QString active = c.createSession(item);
    QCOMPARE(c.getSession(done).value(QLatin1String("state")).toString(), QStringLiteral("DONE"));
    // the DONE session disappears on its own; the ACTIVE one is untouched
    QTRY_COMPARE_WITH_TIMEOUT(c.call("GET", SimClient::sessionPath(done)).status, 404, 15000);
    QCOMPARE(c.getSession(active).value(QLatin1String("state")).toString(),
             QStringLiteral("ACTIVE"));
}

QTEST_GUILESS_MAIN(TestSimSessions)
#include "TestSimSessions.moc"
