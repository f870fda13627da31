#include "net/ApiRoutes.h"

#include <QJsonDocument>
#include <QtTest>

using namespace clu;

Q_DECLARE_METATYPE(clu::ApiFlavor)

namespace {

const QString kSid =
    QStringLiteral("815994e5-2828-4a88-86ed-4575f9e964e2:9c7e16e9-9b8c-4c5a-a67b-a66a08b7d71c");

ApiRequest build(const QString &op, ApiFlavor f)
{
    const ApiRoutes r(f);
    const QJsonObject spec { { QStringLiteral("library_item_id"), QStringLiteral("item1") } };
    const QJsonObject add { { QStringLiteral("name"), QStringLiteral("disk 1+.vmdk") },
                            { QStringLiteral("source_type"), QStringLiteral("PUSH") } };
    const QJsonObject wb { { QStringLiteral("warning_behavior"), QJsonArray {} } };
    if (op == QLatin1String("login"))
        return r.login();
    if (op == QLatin1String("touch"))
        return r.sessionInfo();
    if (op == QLatin1String("logout"))
        return r.logout();
    if (op == QLatin1String("listLibraries"))
        return r.listLibraries();
    if (op == QLatin1String("getLibrary"))
        return r.getLibrary(QStringLiteral("lib1"));
    if (op == QLatin1String("findLibraries"))
        return r.findLibraries({ { QStringLiteral("name"), QStringLiteral("x") } });
    if (op == QLatin1String("listItems"))
        return r.listItems(QStringLiteral("lib1"));
    if (op == QLatin1String("getItem"))
        return r.getItem(QStringLiteral("item1"));
    if (op == QLatin1String("findItems"))
        return r.findItems({ { QStringLiteral("name"), QStringLiteral("x") } });
    if (op == QLatin1String("createItem"))
        return r.createItem({ { QStringLiteral("library_id"), QStringLiteral("lib1") },
                              { QStringLiteral("name"), QStringLiteral("n") } },
                            QStringLiteral("tok"));
    if (op == QLatin1String("deleteItem"))
        return r.deleteItem(QStringLiteral("item1"));
    if (op == QLatin1String("listItemFiles"))
        return r.listItemFiles(QStringLiteral("item1"));
    if (op == QLatin1String("getItemFile"))
        return r.getItemFile(QStringLiteral("item1"), QStringLiteral("a b.iso"));
    if (op == QLatin1String("createSession"))
        return r.createSession(spec, QStringLiteral("tok"));
    if (op == QLatin1String("listSessions"))
        return r.listSessions();
    if (op == QLatin1String("listSessionsOfItem"))
        return r.listSessions(QStringLiteral("item1"));
    if (op == QLatin1String("getSession"))
        return r.getSession(kSid);
    if (op == QLatin1String("updateSession"))
        return r.updateSession(kSid, wb);
    if (op == QLatin1String("deleteSession"))
        return r.deleteSession(kSid);
    if (op == QLatin1String("complete"))
        return r.completeSession(kSid);
    if (op == QLatin1String("cancel"))
        return r.cancelSession(kSid);
    if (op == QLatin1String("fail"))
        return r.failSession(kSid, QStringLiteral("disk unreadable"));
    if (op == QLatin1String("keepAlive"))
        return r.keepAliveSession(kSid, 57);
    if (op == QLatin1String("keepAliveBare"))
        return r.keepAliveSession(kSid, std::nullopt);
    if (op == QLatin1String("addFile"))
        return r.addFile(kSid, add);
    if (op == QLatin1String("getFile"))
        return r.getFile(kSid, QStringLiteral("disk 1+.vmdk"));
    if (op == QLatin1String("listFiles"))
        return r.listFiles(kSid);
    if (op == QLatin1String("removeFile"))
        return r.removeFile(kSid, QStringLiteral("old.iso"));
    if (op == QLatin1String("validate"))
        return r.validateFiles(kSid);
    if (op == QLatin1String("trustedList"))
        return r.listTrustedCertificates();
    if (op == QLatin1String("trustedCreate"))
        return r.createTrustedCertificate(QStringLiteral("PEM"));
    if (op == QLatin1String("trustedDelete"))
        return r.deleteTrustedCertificate(QStringLiteral("c1"));
    if (op == QLatin1String("datastores"))
        return r.listDatastores();
    qFatal("unknown op %s", qPrintable(op));
    return {};
}

QString bodyText(const ApiRequest &r)
{
    if (r.body.isUndefined())
        return QStringLiteral("-");
    return QString::fromUtf8(QJsonDocument(r.body.toObject()).toJson(QJsonDocument::Compact));
}

QString headersText(const ApiRequest &r)
{
    QStringList out;
    for (const auto &h : r.headers)
        out.append(QString::fromLatin1(h.first + ": " + h.second));
    return out.join(QLatin1String("; "));
}

} // namespace

class TestApiRoutes : public QObject
{
    Q_OBJECT
private slots:
    void exactWireShape_data()
    {
        QTest::addColumn<QString>("op");
        QTest::addColumn<ApiFlavor>("flavor");
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("headers");
        QTest::addColumn<bool>("wrapped");

        const ApiFlavor A = ApiFlavor::Api;
        const ApiFlavor R = ApiFlavor::Rest;
        const QString sidA = kSid; // the colon survives as is
        const QString S = QStringLiteral("/api/content/library/item/update-session/") + sidA;
        const QString RS =
            QStringLiteral("/rest/com/vmware/content/library/item/update-session/id:") + sidA;
        const QString RF =
            QStringLiteral("/rest/com/vmware/content/library/item/updatesession/file/id:") + sidA;

        auto row = [](const char *name, const QString &op, ApiFlavor f, const char *m,
                      const QString &t, const QString &b, const QString &h, bool w) {
            QTest::newRow(name) << op << f << QString::fromLatin1(m) << t << b << h << w;
        };
        row("login api", "login", A, "POST", "/api/session", "-", "", false);
        row("login rest", "login", R, "POST", "/rest/com/vmware/cis/session", "-", "", true);
        row("touch api", "touch", A, "GET", "/api/session", "-", "", false);
        row("touch rest", "touch", R, "POST", "/rest/com/vmware/cis/session?~action=get", "-", "",
            true);
        row("logout api", "logout", A, "DELETE", "/api/session", "-", "", false);
        row("logout rest", "logout", R, "DELETE", "/rest/com/vmware/cis/session", "-", "", true);
        row("libs api", "listLibraries", A, "GET", "/api/content/library", "-", "", false);
        row("libs rest", "listLibraries", R, "GET", "/rest/com/vmware/content/library", "-", "",
            true);
        row("lib api", "getLibrary", A, "GET", "/api/content/library/lib1", "-", "", false);
        row("lib rest", "getLibrary", R, "GET", "/rest/com/vmware/content/library/id:lib1", "-", "",
            true);
        row("findlib api", "findLibraries", A, "POST", "/api/content/library?action=find",
            "{\"name\":\"x\"}", "", false);
        row("findlib rest", "findLibraries", R, "POST",
            "/rest/com/vmware/content/library?~action=find", "{\"spec\":{\"name\":\"x\"}}", "",
            true);
        row("items api", "listItems", A, "GET", "/api/content/library/item?library_id=lib1", "-",
            "", false);
        row("items rest", "listItems", R, "GET",
            "/rest/com/vmware/content/library/item?library_id=lib1", "-", "", true);
        row("item api", "getItem", A, "GET", "/api/content/library/item/item1", "-", "", false);
        row("item rest", "getItem", R, "GET", "/rest/com/vmware/content/library/item/id:item1", "-",
            "", true);
        row("finditem api", "findItems", A, "POST", "/api/content/library/item?action=find",
            "{\"name\":\"x\"}", "", false);
        row("finditem rest", "findItems", R, "POST",
            "/rest/com/vmware/content/library/item?~action=find", "{\"spec\":{\"name\":\"x\"}}", "",
            true);
        row("createitem api", "createItem", A, "POST", "/api/content/library/item",
            "{\"library_id\":\"lib1\",\"name\":\"n\"}", "Client-Token: tok", false);
        row("createitem rest", "createItem", R, "POST", "/rest/com/vmware/content/library/item",
            "{\"client_token\":\"tok\",\"create_spec\":{\"library_id\":\"lib1\",\"name\":\"n\"}}",
            "", true);
        row("deleteitem api", "deleteItem", A, "DELETE", "/api/content/library/item/item1", "-", "",
            false);
        row("deleteitem rest", "deleteItem", R, "DELETE",
            "/rest/com/vmware/content/library/item/id:item1", "-", "", true);
        row("itemfiles api", "listItemFiles", A, "GET", "/api/content/library/item/item1/file", "-",
            "", false);
        row("itemfiles rest", "listItemFiles", R, "GET",
            "/rest/com/vmware/content/library/item/file?library_item_id=item1", "-", "", true);
        row("itemfile api", "getItemFile", A, "GET",
            "/api/content/library/item/item1/file?name=a%20b.iso", "-", "", false);
        row("itemfile rest", "getItemFile", R, "POST",
            "/rest/com/vmware/content/library/item/file/id:item1?~action=get",
            "{\"name\":\"a b.iso\"}", "", true);
        row("create api", "createSession", A, "POST", "/api/content/library/item/update-session",
            "{\"library_item_id\":\"item1\"}", "Client-Token: tok", false);
        row("create rest", "createSession", R, "POST",
            "/rest/com/vmware/content/library/item/update-session",
            "{\"client_token\":\"tok\",\"create_spec\":{\"library_item_id\":\"item1\"}}", "", true);
        row("list api", "listSessions", A, "GET", "/api/content/library/item/update-session", "-",
            "", false);
        row("list rest", "listSessions", R, "GET",
            "/rest/com/vmware/content/library/item/update-session", "-", "", true);
        row("list item api", "listSessionsOfItem", A, "GET",
            "/api/content/library/item/update-session?library_item_id=item1", "-", "", false);
        row("list item rest", "listSessionsOfItem", R, "GET",
            "/rest/com/vmware/content/library/item/update-session?library_item_id=item1", "-", "",
            true);
        row("get api", "getSession", A, "GET", S, "-", "", false);
        row("get rest", "getSession", R, "GET", RS, "-", "", true);
        row("patch api", "updateSession", A, "PATCH", S, "{\"warning_behavior\":[]}", "", false);
        row("patch rest", "updateSession", R, "PATCH", RS,
            "{\"update_spec\":{\"warning_behavior\":[]}}", "", true);
        row("delete api", "deleteSession", A, "DELETE", S, "-", "", false);
        row("delete rest", "deleteSession", R, "DELETE", RS, "-", "", true);
        row("complete api", "complete", A, "POST", S + "?action=complete", "-", "", false);
        row("complete rest", "complete", R, "POST", RS + "?~action=complete", "-", "", true);
        row("cancel api", "cancel", A, "POST", S + "?action=cancel", "-", "", false);
        row("cancel rest", "cancel", R, "POST", RS + "?~action=cancel", "-", "", true);
        row("fail api", "fail", A, "POST", S + "?action=fail",
            "{\"client_error_message\":\"disk unreadable\"}", "", false);
        row("fail rest", "fail", R, "POST", RS + "?~action=fail",
            "{\"client_error_message\":\"disk unreadable\"}", "", true);
        row("keepalive api", "keepAlive", A, "POST", S + "?action=keep-alive",
            "{\"client_progress\":57}", "", false);
        row("keepalive rest", "keepAlive", R, "POST", RS + "?~action=keep-alive",
            "{\"client_progress\":57}", "", true);
        row("keepalive bare", "keepAliveBare", A, "POST", S + "?action=keep-alive", "-", "", false);
        row("add api", "addFile", A, "POST", S + "/file",
            "{\"name\":\"disk 1+.vmdk\",\"source_type\":\"PUSH\"}", "", false);
        row("add rest", "addFile", R, "POST", RF + "?~action=add",
            "{\"file_spec\":{\"name\":\"disk 1+.vmdk\",\"source_type\":\"PUSH\"}}", "", true);
        row("getfile api", "getFile", A, "GET", S + "/file/disk%201+.vmdk", "-", "", false);
        row("getfile rest", "getFile", R, "POST", RF + "?~action=get",
            "{\"file_name\":\"disk 1+.vmdk\"}", "", true);
        row("files api", "listFiles", A, "GET", S + "/file", "-", "", false);
        row("files rest", "listFiles", R, "GET",
            "/rest/com/vmware/content/library/item/updatesession/file?update_session_id=" + sidA,
            "-", "", true);
        row("remove api", "removeFile", A, "DELETE", S + "/file/old.iso", "-", "", false);
        row("remove rest", "removeFile", R, "POST", RF + "?~action=remove",
            "{\"file_name\":\"old.iso\"}", "", true);
        row("validate api", "validate", A, "POST", S + "/file?action=validate", "-", "", false);
        row("validate rest", "validate", R, "POST", RF + "?~action=validate", "-", "", true);
        // Trusted certificates exist only under /api, whatever the login flavor.
        row("trusted list rest", "trustedList", R, "GET", "/api/content/trusted-certificates", "-",
            "", false);
        row("trusted create", "trustedCreate", A, "POST", "/api/content/trusted-certificates",
            "{\"cert_text\":\"PEM\"}", "", false);
        row("trusted delete", "trustedDelete", R, "DELETE", "/api/content/trusted-certificates/c1",
            "-", "", false);
        row("datastores api", "datastores", A, "GET", "/api/vcenter/datastore", "-", "", false);
        row("datastores rest", "datastores", R, "GET", "/rest/vcenter/datastore", "-", "", true);
    }

    void exactWireShape()
    {
        QFETCH(QString, op);
        QFETCH(ApiFlavor, flavor);
        QFETCH(QString, method);
        QFETCH(QString, target);
        QFETCH(QString, body);
        QFETCH(QString, headers);
        QFETCH(bool, wrapped);
        const ApiRequest r = build(op, flavor);
        QCOMPARE(QString::fromLatin1(r.method), method);
        QCOMPARE(r.pathAndQuery(), target);
        QCOMPARE(bodyText(r), body);
        QCOMPARE(headersText(r), headers);
        QCOMPARE(r.resultWrapped, wrapped);
        QVERIFY(!r.operation.isEmpty());
        QCOMPARE(r.authenticated, op != QLatin1String("login"));
    }

    void queryValuesAreEncoded()
    {
        ApiRequest r;
        r.path = QStringLiteral("/x");
        r.query = { { QStringLiteral("name"), QStringLiteral("a+b&c=d é") } };
        QCOMPARE(r.pathAndQuery(), QStringLiteral("/x?name=a%2Bb%26c%3Dd%20%C3%A9"));
    }

    void onlyReadsAreRetried()
    {
        const ApiRoutes r(ApiFlavor::Api);
        QVERIFY(r.getSession(kSid).idempotent);
        QVERIFY(r.listSessions().idempotent);
        QVERIFY(!r.createSession({}, QStringLiteral("t")).idempotent);
        QVERIFY(!r.completeSession(kSid).idempotent);
        QVERIFY(!r.addFile(kSid, {}).idempotent);
    }
};

QTEST_GUILESS_MAIN(TestApiRoutes)
#include "TestApiRoutes.moc"
