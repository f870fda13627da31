#include "LoopbackServer.h"
#include "net/RestClient.h"
#include "services/UpdateSessionService.h"

#include <QtTest>

using namespace clu;
using clu::test::LoopbackServer;

namespace {

QByteArray sessionJson(const QByteArray &behavior, const QByteArray &warnings)
{
    return "{\"library_item_id\":\"i\",\"library_item_content_version\":\"1\",\"client_progress\":"
           "0,"
           "\"state\":\"ACTIVE\",\"expiration_time\":\"2030-01-01T00:00:00.000Z\","
           "\"preview_info\":{\"state\":\"AVAILABLE\",\"warnings\":["
        + warnings + "]},\"warning_behavior\":[" + behavior + "]}";
}

const QByteArray kSelfSignedWarning =
    "{\"type\":\"SELF_SIGNED_CERTIFICATE\",\"message\":{\"id\":\"w\",\"default_message\":\"self\","
    "\"args\":[]},\"ignored\":%1}";

QByteArray warning(bool ignored)
{
    QByteArray w = kSelfSignedWarning;
    return w.replace("%1", ignored ? "true" : "false");
}

Result<UpdateSession> setBehavior(LoopbackServer &server, ApiFlavor flavor)
{
    RestClient client;
    client.setBaseUrl(server.url());
    client.setFlavorMode(flavor == ApiFlavor::Rest ? RestClient::FlavorMode::ForceRest
                                                   : RestClient::FlavorMode::ForceApi);
    // Flavor is fixed by a (scripted) login first.
    client.setCredentials(QStringLiteral("u"), QStringLiteral("p"));
    bool loggedIn = false;
    client.login(nullptr, [&](const ApiResult &r) { loggedIn = r.ok(); });
    if (!QTest::qWaitFor([&]() { return loggedIn; }, 20000))
        return {};
    UpdateSessionService sessions(&client);
    Result<UpdateSession> out;
    bool done = false;
    sessions.setWarningBehavior(QStringLiteral("a:b"),
                                { { WarningType::SelfSignedCertificate, true } }, nullptr,
                                [&](const Result<UpdateSession> &r) {
                                    out = r;
                                    done = true;
                                });
    if (!QTest::qWaitFor([&]() { return done; }, 20000)) {
        out.error.kind = ApiError::Kind::Canceled;
        out.error.detail = QStringLiteral("test gave up waiting");
    }
    return out;
}

} // namespace

// PATCH warning_behavior, then the re-read: a server that acknowledges the PATCH but does not
// apply it must be caught here, not by a failing complete after the disks were sent.
class TestWarningBehaviorVerify : public QObject
{
    Q_OBJECT
private slots:
    void appliedChangeIsAccepted()
    {
        LoopbackServer s;
        QVERIFY(s.listen());
        s.responses = { LoopbackServer::http(201, "\"t\""), LoopbackServer::http(204, ""),
                        LoopbackServer::http(
                            200,
                            sessionJson("{\"type\":\"SELF_SIGNED_CERTIFICATE\",\"ignored\":true}",
                                        warning(true))) };
        const Result<UpdateSession> r = setBehavior(s, ApiFlavor::Api);
        QVERIFY2(r.ok(), qPrintable(r.error.message()));
        QCOMPARE(r.value.id, QStringLiteral("a:b"));
        QCOMPARE(s.requests.size(), 3);
        QVERIFY(s.requests.at(1).startsWith(
            "PATCH /api/content/library/item/update-session/a:b HTTP/1.1"));
        QVERIFY(s.requests.at(1).endsWith(
            "{\"warning_behavior\":[{\"ignored\":true,\"type\":\"SELF_SIGNED_CERTIFICATE\"}]}"));
        QVERIFY(s.requests.at(2).startsWith(
            "GET /api/content/library/item/update-session/a:b HTTP/1.1"));
    }

    void restFlavorWrapsTheSpec()
    {
        LoopbackServer s;
        QVERIFY(s.listen());
        s.responses = {
            LoopbackServer::http(200, "{\"value\":\"t\"}"), LoopbackServer::http(200, ""),
            LoopbackServer::http(
                200,
                "{\"value\":"
                    + sessionJson("{\"type\":\"SELF_SIGNED_CERTIFICATE\",\"ignored\":true}",
                                  warning(true))
                    + "}")
        };
        const Result<UpdateSession> r = setBehavior(s, ApiFlavor::Rest);
        QVERIFY2(r.ok(), qPrintable(r.error.message()));
        QVERIFY(s.requests.at(1).startsWith(
            "PATCH /rest/com/vmware/content/library/item/update-session/id:a:b HTTP/1.1"));
        QVERIFY(s.requests.at(1).endsWith("{\"update_spec\":{\"warning_behavior\":[{\"ignored\":"
                                          "true,\"type\":\"SELF_SIGNED_CERTIFICATE\"}]}}"));
    }

    void ignoredChangeIsAMismatch()
    {
        LoopbackServer s;
        QVERIFY(s.listen());
        // The server says 204 but keeps reporting the warning as not ignored.
        s.responses = { LoopbackServer::http(201, "\"t\""), LoopbackServer::http(204, ""),
                        LoopbackServer::http(
                            200,
                            sessionJson("{\"type\":\"SELF_SIGNED_CERTIFICATE\",\"ignored\":false}",
                                        warning(false))) };
        const Result<UpdateSession> r = setBehavior(s, ApiFlavor::Api);
        QCOMPARE(r.error.kind, ApiError::Kind::Mismatch);
        QVERIFY2(r.error.message().contains(QStringLiteral("SELF_SIGNED_CERTIFICATE")),
                 qPrintable(r.error.message()));
        QCOMPARE(r.value.id, QStringLiteral("a:b")); // what the server reports is still handed on
    }

    void behaviorMissingAfterPatchIsAMismatch()
    {
        LoopbackServer s;
        QVERIFY(s.listen());
        s.responses = { LoopbackServer::http(201, "\"t\""), LoopbackServer::http(204, ""),
                        LoopbackServer::http(200, sessionJson("", "")) };
        const Result<UpdateSession> r = setBehavior(s, ApiFlavor::Api);
        QCOMPARE(r.error.kind, ApiError::Kind::Mismatch);
    }

    void previewDisagreeingIsAMismatch()
    {
        LoopbackServer s;
        QVERIFY(s.listen());
        s.responses = { LoopbackServer::http(201, "\"t\""), LoopbackServer::http(204, ""),
                        LoopbackServer::http(
                            200,
                            sessionJson("{\"type\":\"SELF_SIGNED_CERTIFICATE\",\"ignored\":true}",
                                        warning(false))) };
        const Result<UpdateSession> r = setBehavior(s, ApiFlavor::Api);
        QCOMPARE(r.error.kind, ApiError::Kind::Mismatch);
        QVERIFY(r.error.message().contains(QStringLiteral("preview")));
    }

    void patchErrorIsPassedOn()
    {
        LoopbackServer s;
        QVERIFY(s.listen());
        s.responses = { LoopbackServer::http(201, "\"t\""),
                        LoopbackServer::http(
                            400,
                            "{\"error_type\":\"NOT_ALLOWED_IN_CURRENT_STATE\",\"messages\":[]}") };
        const Result<UpdateSession> r = setBehavior(s, ApiFlavor::Api);
        QVERIFY(r.error.is(ErrorType::NotAllowedInCurrentState));
        QCOMPARE(s.requests.size(), 2); // no re-read after a refused PATCH
    }
};

QTEST_GUILESS_MAIN(TestWarningBehaviorVerify)
#include "TestWarningBehaviorVerify.moc"
