// cl-simulator over real HTTPS: update sessions in both flavors with the state rules of §6 and
// §9: idempotent create, RESOURCE_BUSY, per-user lists, PATCH, keep-alive, cancel/fail/complete,
// delete refused while ACTIVE. Session files: TestSimSessionFiles; expiry, persistence and
// garbage collection: TestSimSessionLifetime.
#include "SimClient.h"
#include "SimulatorProcess.h"

#include <QtTest>

using namespace clu::test;

namespace {
const QString kRestSessions =
    QStringLiteral("/rest/com/vmware/content/library/item/update-session");
const QString kApiSessions = QStringLiteral("/api/content/library/item/update-session");
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

QTEST_GUILESS_MAIN(TestSimSessions)
#include "TestSimSessions.moc"
