#include "model/AddSpec.h"
#include "model/ApiError.h"
#include "model/ApiSessionInfo.h"
#include "model/Datastore.h"
#include "model/Item.h"
#include "model/ItemFile.h"
#include "model/Library.h"
#include "model/SessionFile.h"
#include "model/TrustedCertificate.h"
#include "model/UpdateSession.h"
#include "model/ValidationResult.h"

#include <QJsonDocument>
#include <QtTest>

// Plain string literals on purpose: moc 6.4 stops parsing at multi-line raw strings.

using namespace clu;

namespace {

QJsonValue parse(const char *text)
{
    QJsonParseError pe {};
    const QJsonDocument d = QJsonDocument::fromJson(QByteArray(text), &pe);
    if (pe.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s", qPrintable(pe.errorString()));
    return d.isObject() ? QJsonValue(d.object()) : QJsonValue(d.array());
}

// Decodes `json` as the named type and re-encodes it; *error gets the decode error.
QJsonObject roundTrip(const QString &type, const QJsonValue &json, QString *error)
{
#define CLU_RT(T)                                                                                  \
    if (type == QLatin1String(#T))                                                                 \
        return T::fromJson(json, error).toJson();
    CLU_RT(UpdateSession)
    CLU_RT(PreviewInfo)
    CLU_RT(CertificateInfo)
    CLU_RT(PreviewWarning)
    CLU_RT(WarningBehavior)
    CLU_RT(TransferEndpoint)
    CLU_RT(ChecksumInfo)
    CLU_RT(AddSpec)
    CLU_RT(SessionFile)
    CLU_RT(ValidationResult)
    CLU_RT(Library)
    CLU_RT(Item)
    CLU_RT(ItemFile)
    CLU_RT(Datastore)
    CLU_RT(LocalizableMessage)
    CLU_RT(TrustedCertificate)
    CLU_RT(ApiSessionInfo)
#undef CLU_RT
    qFatal("unknown type %s", qPrintable(type));
    return {};
}

const char *kSession =
    "{\"library_item_id\":\"5b2a4b6e-1\",\"library_item_content_version\":\"3\",\n"
    " \"client_progress\":40,\"state\":\"ACTIVE\",\"expiration_time\":\"2024-05-01T10:10:00.123Z\","
    "\n"
    " \"preview_info\":{\"state\":\"AVAILABLE\",\n"
    "   \"certificate_info\":{\"issuer\":\"/C=US/O=VMware, Inc.\",\"subject\":\"/C=US/O=VMware, "
    "Inc.\",\"self_signed\":true,\"x509\":\"-----BEGIN CERTIFICATE-----\\nMIIB\\n-----END "
    "CERTIFICATE-----\\n\"},\n"
    "   "
    "\"warnings\":[{\"type\":\"SELF_SIGNED_CERTIFICATE\",\"message\":{\"id\":\"a.b\",\"default_"
    "message\":\"self signed\",\"args\":[\"x\"]},\"ignored\":false},\n"
    "               "
    "{\"type\":\"FUTURE_WARNING_KIND\",\"message\":{\"id\":\"c.d\",\"default_message\":\"new\","
    "\"args\":[],\"params\":{\"k\":\"v\"},\"localized\":\"neu\"},\"ignored\":true}],\n"
    "   \"cert_chain\":[\"AAA\",\"BBB\"]},\n"
    " \"warning_behavior\":[{\"type\":\"SELF_SIGNED_CERTIFICATE\",\"ignored\":true}],\n"
    " \"error_message\":{\"id\":\"e\",\"default_message\":\"oops\",\"args\":[]}}";

} // namespace

class TestModels : public QObject
{
    Q_OBJECT
private slots:
    void roundTrips_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("UpdateSession") << "UpdateSession" << QByteArray(kSession);
        QTest::newRow("UpdateSession minimal")
            << "UpdateSession"
            << QByteArray("{\"library_item_id\":\"i\",\"library_item_content_version\":\"1\","
                          "\"client_progress\":0,\"state\":\"DONE\",\"expiration_time\":\"2015-01-"
                          "01T22:13:05.651Z\"}");
        QTest::newRow("PreviewInfo preparing")
            << "PreviewInfo" << QByteArray("{\"state\":\"PREPARING\"}");
        QTest::newRow("WarningBehavior")
            << "WarningBehavior"
            << QByteArray("{\"type\":\"EXPIRED_CERTIFICATE\",\"ignored\":false}");
        QTest::newRow("TransferEndpoint")
            << "TransferEndpoint"
            << QByteArray("{\"uri\":\"https://vc.example.com:443/cls/data/7f1c/"
                          "photon.ovf\",\"ssl_certificate_thumbprint\":\"AB:CD\",\"ssl_"
                          "certificate\":\"PEM\"}");
        QTest::newRow("ChecksumInfo")
            << "ChecksumInfo" << QByteArray("{\"algorithm\":\"SHA256\",\"checksum\":\"9f86d0\"}");
        QTest::newRow("ChecksumInfo default algorithm")
            << "ChecksumInfo" << QByteArray("{\"checksum\":\"9f86d0\"}");
        QTest::newRow("AddSpec push")
            << "AddSpec"
            << QByteArray("{\"name\":\"photon.vmdk\",\"source_type\":\"PUSH\",\"size\":734003200,"
                          "\"checksum_info\":{\"algorithm\":\"SHA256\",\"checksum\":\"ab12\"}}");
        QTest::newRow("AddSpec pull")
            << "AddSpec"
            << QByteArray("{\"name\":\"photon.ova\",\"source_type\":\"PULL\",\"source_endpoint\":{"
                          "\"uri\":\"https://repo.example.com/"
                          "photon.ova\",\"ssl_certificate_thumbprint\":\"AB:CD\"}}");
        QTest::newRow("SessionFile")
            << "SessionFile"
            << QByteArray("{\"name\":\"ubuntu.iso\",\"source_type\":\"PUSH\",\"bytes_transferred\":"
                          "2773874688,\"size\":2773874688,\n"
                          "                "
                          "\"status\":\"READY\",\"upload_endpoint\":{\"uri\":\"https://"
                          "vc.example.com:443/cls/data/x/ubuntu.iso\"},\n"
                          "                "
                          "\"checksum_info\":{\"algorithm\":\"SHA256\",\"checksum\":\"e240\"},"
                          "\"keep_in_storage\":false,\n"
                          "                "
                          "\"error_message\":{\"id\":\"i\",\"default_message\":\"m\",\"args\":["
                          "\"1\",\"2\"]}}");
        QTest::newRow("ValidationResult")
            << "ValidationResult"
            << QByteArray("{\"has_errors\":true,\"missing_files\":[\"photon-disk1.vmdk\"],\n"
                          "                "
                          "\"invalid_files\":[{\"name\":\"photon.nvram\",\"error_message\":{\"id\":"
                          "\"x\",\"default_message\":\"bad\",\"args\":[]}}]}");
        QTest::newRow("Library")
            << "Library"
            << QByteArray("{\"id\":\"lib1\",\"name\":\"Templates\",\"description\":\"d\",\"type\":"
                          "\"LOCAL\",\n"
                          "                "
                          "\"storage_backings\":[{\"type\":\"DATASTORE\",\"datastore_id\":"
                          "\"datastore-12\"},{\"type\":\"OTHER\",\"storage_uri\":\"nfs://x/y\"}],\n"
                          "                "
                          "\"creation_time\":\"2024-05-01T10:00:00.000Z\",\"version\":\"2\","
                          "\"server_guid\":\"g\",\"publish_info\":{\"published\":false}}");
        QTest::newRow("Item")
            << "Item"
            << QByteArray("{\"id\":\"it1\",\"library_id\":\"lib1\",\"name\":\"ubuntu\",\"type\":"
                          "\"iso\",\"content_version\":\"2\",\n"
                          "                "
                          "\"metadata_version\":\"1\",\"version\":\"1\",\"size\":2773874688,"
                          "\"cached\":true,\"creation_time\":\"2024-05-01T10:00:00.000Z\"}");
        QTest::newRow("ItemFile")
            << "ItemFile"
            << QByteArray(
                   "{\"name\":\"a.iso\",\"size\":9007199254740993,\"cached\":true,\"version\":"
                   "\"3\",\"checksum_info\":{\"algorithm\":\"SHA1\",\"checksum\":\"aa\"}}");
        QTest::newRow("Datastore")
            << "Datastore"
            << QByteArray("{\"datastore\":\"datastore-12\",\"name\":\"ds1\",\"type\":\"VMFS\","
                          "\"free_space\":1099511627776,\"capacity\":2199023255552}");
        QTest::newRow("LocalizableMessage")
            << "LocalizableMessage"
            << QByteArray(
                   "{\"id\":\"com.vmware.vdcs.cls-main.x\",\"default_message\":\"m\",\"args\":["
                   "\"complete\",\"ERROR\"],\"params\":{\"a\":{\"s\":\"b\"}},\"localized\":\"l\"}");
        QTest::newRow("TrustedCertificate")
            << "TrustedCertificate" << QByteArray("{\"certificate\":\"c1\",\"cert_text\":\"PEM\"}");
        QTest::newRow("ApiSessionInfo")
            << "ApiSessionInfo"
            << QByteArray(
                   "{\"user\":\"Administrator@vsphere.local\",\"created_time\":\"2024-05-01T10:00:"
                   "00.000Z\",\"last_accessed_time\":\"2024-05-01T10:05:00.000Z\"}");
    }

    void roundTrips()
    {
        QFETCH(QString, type);
        QFETCH(QByteArray, json);
        const QJsonValue in = parse(json.constData());
        QString error = QStringLiteral("not cleared");
        const QJsonObject out = roundTrip(type, in, &error);
        QCOMPARE(error, QString());
        // Decode → encode reproduces exactly what the server sent, unknown enum values included.
        QCOMPARE(QJsonDocument(out).toJson(QJsonDocument::Compact),
                 QJsonDocument(in.toObject()).toJson(QJsonDocument::Compact));
    }

    void sessionFieldsDecoded()
    {
        QString error;
        const UpdateSession s = UpdateSession::fromJson(parse(kSession), &error);
        QCOMPARE(error, QString());
        QCOMPARE(s.state.value(), SessionState::Active);
        QCOMPARE(s.clientProgress, 40);
        QCOMPARE(s.expirationTime, QDateTime(QDate(2024, 5, 1), QTime(10, 10, 0, 123), Qt::UTC));
        QVERIFY(s.previewInfo);
        QVERIFY(s.previewInfo->isSettled());
        QCOMPARE(s.previewInfo->warnings.size(), 2);
        QCOMPARE(s.previewInfo->warnings.at(0).type.value(), WarningType::SelfSignedCertificate);
        // An enum value this client does not know survives as text and is marked unknown.
        QCOMPARE(s.previewInfo->warnings.at(1).type.value(), WarningType::Unknown);
        QCOMPARE(s.previewInfo->warnings.at(1).type.toString(),
                 QStringLiteral("FUTURE_WARNING_KIND"));
        QVERIFY(!s.previewInfo->warnings.at(1).type.isKnown());
        QCOMPARE(s.previewInfo->blockingWarnings().size(), 1);
        QCOMPARE(s.previewInfo->warnings.at(1).message.text(), QStringLiteral("neu"));
        QVERIFY(s.previewInfo->certificateInfo->selfSigned);
        QCOMPARE(s.warningBehavior.size(), 1);
        QVERIFY(s.warningBehavior.at(0).ignored);
        QVERIFY(!s.isTerminal());
    }

    void int64SizesExact()
    {
        QString error;
        // 2^53 + 1 cannot be represented as a double; it must still arrive exactly.
        const ItemFile f = ItemFile::fromJson(
            parse("{\"name\":\"a\",\"size\":9007199254740993,\"cached\":false,\"version\":\"1\"}"),
            &error);
        QCOMPARE(error, QString());
        QCOMPARE(f.size, Q_INT64_C(9007199254740993));
        // Sizes sent as strings are accepted too.
        const SessionFile s = SessionFile::fromJson(
            parse("{\"name\":\"a\",\"source_type\":\"PUSH\",\"bytes_transferred\":\"5000000000\","
                  "\"status\":\"TRANSFERRING\"}"),
            &error);
        QCOMPARE(error, QString());
        QCOMPARE(s.bytesTransferred, Q_INT64_C(5000000000));
        // A numeric file version is tolerated and kept as text.
        const ItemFile g = ItemFile::fromJson(
            parse("{\"name\":\"a\",\"size\":1,\"cached\":false,\"version\":7}"), &error);
        QCOMPARE(error, QString());
        QCOMPARE(g.version, QStringLiteral("7"));
    }

    void malformedInputNamesTheField_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("warning type not a string")
            << "UpdateSession"
            << QByteArray("{\"library_item_id\":\"i\",\"library_item_content_version\":\"1\","
                          "\"client_progress\":0,\"state\":\"ACTIVE\",\"expiration_time\":\"2024-"
                          "05-01T10:10:00.000Z\",\n"
                          "                  "
                          "\"preview_info\":{\"state\":\"AVAILABLE\",\"warnings\":[{\"type\":"
                          "\"EXPIRED_CERTIFICATE\",\"message\":{\"id\":\"a\",\"default_message\":"
                          "\"b\",\"args\":[]},\"ignored\":true},\n"
                          "                                                              "
                          "{\"type\":5,\"message\":{\"id\":\"a\",\"default_message\":\"b\","
                          "\"args\":[]},\"ignored\":true}]}}")
            << "preview_info.warnings[1].type: expected a string";
        QTest::newRow("missing state")
            << "UpdateSession"
            << QByteArray("{\"library_item_id\":\"i\",\"library_item_content_version\":\"1\","
                          "\"client_progress\":0,\"expiration_time\":\"2024-05-01T10:10:00.000Z\"}")
            << "state: required field is missing";
        QTest::newRow("bad date")
            << "UpdateSession"
            << QByteArray(
                   "{\"library_item_id\":\"i\",\"library_item_content_version\":\"1\",\"client_"
                   "progress\":0,\"state\":\"ACTIVE\",\"expiration_time\":\"yesterday\"}")
            << "expiration_time: \"yesterday\" is not an ISO-8601 date and time";
        QTest::newRow("fractional size")
            << "SessionFile"
            << QByteArray("{\"name\":\"a\",\"source_type\":\"PUSH\",\"bytes_transferred\":1.5,"
                          "\"status\":\"READY\"}")
            << "bytes_transferred: expected a 64-bit integer";
        QTest::newRow("size as bool")
            << "SessionFile"
            << QByteArray("{\"name\":\"a\",\"source_type\":\"PUSH\",\"bytes_transferred\":0,"
                          "\"size\":true,\"status\":\"READY\"}")
            << "size: expected a 64-bit integer";
        QTest::newRow("nested message missing id")
            << "SessionFile"
            << QByteArray("{\"name\":\"a\",\"source_type\":\"PUSH\",\"bytes_transferred\":0,"
                          "\"status\":\"ERROR\",\"error_message\":{\"default_message\":\"x\"}}")
            << "error_message.id: required field is missing";
        QTest::newRow("endpoint not an object")
            << "SessionFile"
            << QByteArray("{\"name\":\"a\",\"source_type\":\"PUSH\",\"bytes_transferred\":0,"
                          "\"status\":\"READY\",\"upload_endpoint\":\"https://x\"}")
            << "upload_endpoint: expected an object";
        QTest::newRow("relative upload uri")
            << "TransferEndpoint" << QByteArray("{\"uri\":\"cls/data/x\"}")
            << "uri: \"cls/data/x\" is not an absolute URI";
        QTest::newRow("missing list entry string")
            << "ValidationResult"
            << QByteArray("{\"has_errors\":true,\"missing_files\":[\"a\",3],\"invalid_files\":[]}")
            << "missing_files[1]: expected a string";
        QTest::newRow("has_errors not bool")
            << "ValidationResult"
            << QByteArray("{\"has_errors\":\"yes\",\"missing_files\":[],\"invalid_files\":[]}")
            << "has_errors: expected true or false";
        QTest::newRow("invalid_files not array")
            << "ValidationResult"
            << QByteArray("{\"has_errors\":false,\"missing_files\":[],\"invalid_files\":{}}")
            << "invalid_files: expected an array";
        QTest::newRow("available preview needs warnings")
            << "PreviewInfo" << QByteArray("{\"state\":\"AVAILABLE\"}")
            << "warnings: required field is missing";
        QTest::newRow("backing type missing")
            << "Library"
            << QByteArray("{\"id\":\"l\",\"name\":\"n\",\"type\":\"LOCAL\",\"storage_backings\":[{"
                          "\"datastore_id\":\"d\"}]}")
            << "storage_backings[0].type: required field is missing";
        QTest::newRow("not an object") << "Item" << QByteArray("[1,2]") << "expected an object";
    }

    void malformedInputNamesTheField()
    {
        QFETCH(QString, type);
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        QString error;
        roundTrip(type, parse(json.constData()), &error);
        QCOMPARE(error, expected);
    }

    // Go servers (govmomi's vcsim) spell "nothing" as null or leave zero fields out
    // (omitempty); that is accepted, what protects the user's data is not relaxed.
    void goSpellingsOfNothing()
    {
        QString error;
        const auto f = decodeJson<SessionFile>(
            parse(R"({"name":"a","source_type":"PUSH","status":"WAITING_FOR_TRANSFER"})"), &error);
        QCOMPARE(error, QString());
        QCOMPARE(f.bytesTransferred, qint64(0));
        const auto s = decodeJson<UpdateSession>(
            parse(R"({"library_item_id":"i","library_item_content_version":"1","state":"ACTIVE",)"
                  R"("expiration_time":"2026-11-30T20:03:24.123456789Z","warning_behavior":null})"),
            &error);
        QCOMPARE(error, QString());
        QCOMPARE(s.clientProgress, qint64(0));
        QCOMPARE(s.expirationTime.time().msec(), 123);
        // A null list is empty; an AVAILABLE preview whose warnings are null has none.
        const auto p =
            decodeJson<PreviewInfo>(parse(R"({"state":"AVAILABLE","warnings":null})"), &error);
        QCOMPARE(error, QString());
        QVERIFY(p.warnings.isEmpty());
        // validate: no flag but a missing file is still an error; {} confirms nothing.
        auto v = decodeJson<ValidationResult>(parse(R"({"missing_files":["disk.vmdk"]})"), &error);
        QCOMPARE(error, QString());
        QVERIFY(v.hasErrors);
        QVERIFY(v.reported);
        v = decodeJson<ValidationResult>(parse("{}"), &error);
        QCOMPARE(error, QString());
        QVERIFY(!v.hasErrors);
        QVERIFY(!v.reported);
    }

    void addSpecValidation()
    {
        AddSpec s;
        s.name = QStringLiteral("disk.vmdk");
        s.size = 10;
        QCOMPARE(s.validate(), QString());
        s.name = QStringLiteral("dir/disk.vmdk");
        QVERIFY(s.validate().contains(QStringLiteral("path separator")));
        s.name = QStringLiteral("x.ova");
        s.sourceType = SourceType::Pull;
        QVERIFY(s.validate().contains(QStringLiteral("no source URL")));
        const QJsonObject o = AddSpec { QStringLiteral("a"), SourceType::Push, {}, 5, {} }.toJson();
        QCOMPARE(o.value(QLatin1String("source_type")).toString(), QStringLiteral("PUSH"));
        QCOMPARE(o.value(QLatin1String("size")).toInteger(), 5);
        QVERIFY(!o.contains(QLatin1String("checksum_info")));
    }

    void apiErrorBothFlavors()
    {
        ApiError api;
        QVERIFY(api.readServerBody(
            "{\"error_type\":\"RESOURCE_BUSY\",\"messages\":[{\"args\":[\"s1\"],\"default_"
            "message\":\"Busy.\",\"id\":\"x.busy\"}],\"data\":{\"session\":\"s1\"}}"));
        QCOMPARE(api.kind, ApiError::Kind::Server);
        QVERIFY(api.isResourceBusy());
        QCOMPARE(api.messages.size(), 1);
        QCOMPARE(api.messages.at(0).args, QStringList { QStringLiteral("s1") });
        QCOMPARE(api.data.toObject().value(QLatin1String("session")).toString(),
                 QStringLiteral("s1"));

        ApiError rest;
        QVERIFY(rest.readServerBody(
            "{\"type\":\"com.vmware.vapi.std.errors.not_allowed_in_current_state\",\"value\":{"
            "\"messages\":[{\"args\":[],\"default_message\":\"Wrong state.\",\"id\":\"y\"}]}}"));
        QVERIFY(rest.is(ErrorType::NotAllowedInCurrentState)); // derived from `type` alone
        QCOMPARE(rest.vapiType,
                 QStringLiteral("com.vmware.vapi.std.errors.not_allowed_in_current_state"));
        rest.operation = QStringLiteral("Completing");
        rest.httpStatus = 400;
        QVERIFY(rest.message().contains(QStringLiteral("Wrong state.")));
        QVERIFY(rest.message().startsWith(QStringLiteral("Completing")));

        ApiError unknown;
        QVERIFY(unknown.readServerBody("{\"error_type\":\"BRAND_NEW_ERROR\",\"messages\":[]}"));
        QCOMPARE(unknown.errorType.toString(), QStringLiteral("BRAND_NEW_ERROR"));
        QCOMPARE(unknown.code(), QStringLiteral("BRAND_NEW_ERROR"));

        ApiError notVapi;
        QVERIFY(!notVapi.readServerBody("404 page not found"));
        QVERIFY(!notVapi.readServerBody("{\"foo\":1}"));
        QCOMPARE(notVapi.kind, ApiError::Kind::None);
    }
};

QTEST_GUILESS_MAIN(TestModels)
#include "TestModels.moc"
