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

using Call = std::function<void(UpdateSessionService &, ResultCallback<UpdateSession>)>;

Result<UpdateSession> runCall(LoopbackServer &server, ApiFlavor flavor, const Call &call)
{
    RestClient client;
    client.setBaseUrl(server.url());
    client.setAllowPlainHttp(true); // a plain-http loopback server: the lab switch
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
    call(sessions, [&](const Result<UpdateSession> &r) {
        out = r;
        done = true;
    });
    if (!QTest::qWaitFor([&]() { return done; }, 20000)) {
        out.error.kind = ApiError::Kind::Canceled;
        out.error.detail = QStringLiteral("test gave up waiting");
    }
    return out;
}

Result<UpdateSession> setBehavior(LoopbackServer &server, ApiFlavor flavor)
{
    return runCall(server, flavor, [](UpdateSessionService &sessions, auto done) {
        sessions.setWarningBehavior(
            QStringLiteral("a:b"), { { WarningType::SelfSignedCertificate, true } }, nullptr, done);
    });
}

WarningBehavior behavior(const char *type, bool ignored)
{
    return { OpenEnum<WarningType>::fromString(QString::fromLatin1(type)), ignored };
}

QStringList described(const QList<WarningBehavior> &list)
{
    QStringList out;
    for (const WarningBehavior &b : list)
        out << b.type.toString() + (b.ignored ? QStringLiteral("=1") : QStringLiteral("=0"));
    return out;
}

} // namespace

// PATCH warning_behavior, then the re-read: a server that acknowledges the PATCH but does not
// apply it must be caught here, not by a failing complete after the disks were sent.
class TestWarningBehaviorVerify : public QObject
{
    Q_OBJECT
private slots:
    // WarningBehavior::merged: the one place the complete PATCH list is built.
    void mergeKeepsEntriesTheDecisionDoesNotName()
    {
        const QList<WarningBehavior> existing { behavior("EXPIRED_CERTIFICATE", true),
                                                behavior("SELF_SIGNED_CERTIFICATE", false) };
        const QList<WarningBehavior> decided { behavior("SELF_SIGNED_CERTIFICATE", true),
                                               behavior("UNTRUSTED_CERTIFICATE", false) };
        QCOMPARE(described(WarningBehavior::merged(existing, decided)),
                 QStringList({ "EXPIRED_CERTIFICATE=1", "SELF_SIGNED_CERTIFICATE=1",
                               "UNTRUSTED_CERTIFICATE=0" }));
        // A decision can also take an ignore back.
        QCOMPARE(described(
                     WarningBehavior::merged(existing, { behavior("EXPIRED_CERTIFICATE", false) })),
                 QStringList({ "EXPIRED_CERTIFICATE=0", "SELF_SIGNED_CERTIFICATE=0" }));
        QCOMPARE(described(WarningBehavior::merged({}, {})), QStringList());
        QCOMPARE(described(WarningBehavior::merged(existing, {})), described(existing));
    }

    void mergeGivesOneEntryPerTypeAndTheLastDecisionWins()
    {
        // A server listing a type twice, a decision naming it twice: one entry goes out.
        const QList<WarningBehavior> existing { behavior("EXPIRED_CERTIFICATE", false),
                                                behavior("EXPIRED_CERTIFICATE", true) };
        const QList<WarningBehavior> decided { behavior("FUTURE_TYPE", true),
                                               behavior("FUTURE_TYPE", false) };
        QCOMPARE(described(WarningBehavior::merged(existing, decided)),
                 QStringList({ "EXPIRED_CERTIFICATE=1", "FUTURE_TYPE=0" }));
    }

    void forWarningsNamesEachTypeOnce()
    {
        PreviewWarning self;
        self.type = WarningType::SelfSignedCertificate;
        PreviewWarning expired;
        expired.type = WarningType::ExpiredCertificate;
        PreviewWarning unknown;
        unknown.type = OpenEnum<WarningType>::fromString(QStringLiteral("FUTURE_TYPE"));
        const QList<WarningBehavior> out = WarningBehavior::forWarnings(
            { self, expired, self, unknown },
            { WarningType::SelfSignedCertificate,
              OpenEnum<WarningType>::fromString(QStringLiteral("FUTURE_TYPE")) });
        QCOMPARE(
            described(out),
            QStringList({ "SELF_SIGNED_CERTIFICATE=1", "EXPIRED_CERTIFICATE=0", "FUTURE_TYPE=1" }));
    }

    // applyWarningDecisions reads the session first and PATCHes the merged list: an entry set
    // earlier (by the CLI, another client) is sent again, not dropped.
    void decisionsKeepWhatTheSessionHas()
    {
        LoopbackServer s;
        QVERIFY(s.listen());
        const QByteArray expiredIgnored = "{\"type\":\"EXPIRED_CERTIFICATE\",\"ignored\":true}";
        s.responses = {
            LoopbackServer::http(201, "\"t\""),
            LoopbackServer::http(200, sessionJson(expiredIgnored, warning(false))),
            LoopbackServer::http(204, ""),
            LoopbackServer::http(200,
                                 sessionJson(expiredIgnored
                                                 + ",{\"type\":\"SELF_SIGNED_CERTIFICATE\","
                                                   "\"ignored\":true}",
                                             warning(true))),
        };
        const Result<UpdateSession> r =
            runCall(s, ApiFlavor::Api, [](UpdateSessionService &sessions, auto done) {
                sessions.applyWarningDecisions(QStringLiteral("a:b"),
                                               { { WarningType::SelfSignedCertificate, true } },
                                               nullptr, done);
            });
        QVERIFY2(r.ok(), qPrintable(r.error.message()));
        QCOMPARE(s.requests.size(), 4);
        QVERIFY(s.requests.at(1).startsWith(
            "GET /api/content/library/item/update-session/a:b HTTP/1.1"));
        QVERIFY(s.requests.at(2).startsWith(
            "PATCH /api/content/library/item/update-session/a:b HTTP/1.1"));
        QVERIFY2(s.requests.at(2).endsWith(
                     "{\"warning_behavior\":[{\"ignored\":true,\"type\":\"EXPIRED_CERTIFICATE\"},"
                     "{\"ignored\":true,\"type\":\"SELF_SIGNED_CERTIFICATE\"}]}"),
                 s.requests.at(2).constData());
    }

    void decisionsOnAnUnreadableSessionSendNothing()
    {
        LoopbackServer s;
        QVERIFY(s.listen());
        s.responses = { LoopbackServer::http(201, "\"t\""),
                        LoopbackServer::http(404,
                                             "{\"error_type\":\"NOT_FOUND\",\"messages\":[]}") };
        const Result<UpdateSession> r =
            runCall(s, ApiFlavor::Api, [](UpdateSessionService &sessions, auto done) {
                sessions.applyWarningDecisions(QStringLiteral("a:b"),
                                               { { WarningType::SelfSignedCertificate, true } },
                                               nullptr, done);
            });
        QVERIFY(r.error.is(ErrorType::NotFound));
        QCOMPARE(s.requests.size(), 2); // no PATCH built from a session that could not be read
    }

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
