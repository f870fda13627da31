// ContentRejection (issue 10 #16): a file whose content the server refused (checksum mismatch)
// is recognised from the session's file list as a hostile loopback server sends it over a real
// socket (the answers are what a vCenter that words a mismatch like a broken transfer would
// send: no "checksum" anywhere), not from the words of the message. The word is only the last
// resort, and a broken transfer is never taken for a mismatch.
#include "../core/LoopbackServer.h"
#include "net/RestClient.h"
#include "services/SessionFileService.h"
#include "upload/ContentRejection.h"

#include <QtTest>

using namespace clu;
using clu::test::LoopbackServer;

namespace {

const QString kSum =
    QStringLiteral("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");

// One file entry of GET …/file as /api returns it.
QByteArray fileJson(const QByteArray &name, const QByteArray &status, qint64 transferred,
                    const QByteArray &checksum, const QByteArray &errorId,
                    const QByteArray &errorText)
{
    QByteArray o = "{\"name\":\"" + name + "\",\"source_type\":\"PUSH\",\"bytes_transferred\":"
        + QByteArray::number(transferred) + ",\"status\":\"" + status + "\"";
    if (!checksum.isEmpty())
        o += ",\"checksum_info\":{\"algorithm\":\"SHA256\",\"checksum\":\"" + checksum + "\"}";
    if (!errorId.isEmpty())
        o += ",\"error_message\":{\"id\":\"" + errorId + "\",\"default_message\":\"" + errorText
            + "\",\"args\":[]}";
    return o + "}";
}

} // namespace

class TestContentRejection : public QObject
{
    Q_OBJECT
private slots:
    void judgedFromTheFileList_data()
    {
        QTest::addColumn<QByteArray>("list"); // the hostile server's answer to GET …/file
        QTest::addColumn<QByteArray>("errorId"); // of the error that ended the session
        QTest::addColumn<QString>("errorText");
        QTest::addColumn<int>("evidence");
        QTest::addColumn<QString>("file");
        using E = ContentRejection::Evidence;
        const QByteArray pipe = "Error transferring file disk.vmdk to ds:///vmfs/volumes/x/"
                                "disk.vmdk. Reason: IO error during transfer: Pipe closed";
        const QByteArray ioId = "com.vmware.vdcs.cls-main.file_transfer_error";
        QTest::newRow("all bytes arrived, refused, no word")
            << "[" + fileJson("disk.vmdk", "ERROR", 4096, kSum.toLatin1(), ioId, pipe) + "]" << ioId
            << QString::fromLatin1(pipe) << int(E::WholeFileRefused) << QStringLiteral("disk.vmdk");
        QTest::newRow("server computed another checksum")
            << "[" + fileJson("disk.vmdk", "ERROR", 100, QByteArray(64, 'a'), ioId, pipe) + "]"
            << ioId << QString::fromLatin1(pipe) << int(E::ChecksumDiffers)
            << QStringLiteral("disk.vmdk");
        QTest::newRow("the other file of two was refused")
            << "[" + fileJson("a.iso", "TRANSFERRING", 10, kSum.toLatin1(), {}, {}) + ","
                + fileJson("disk.vmdk", "ERROR", 4096, kSum.toLatin1(), ioId, pipe) + "]"
            << ioId << QString::fromLatin1(pipe) << int(E::WholeFileRefused)
            << QStringLiteral("disk.vmdk");
        QTest::newRow("broken transfer is no mismatch")
            << "[" + fileJson("disk.vmdk", "ERROR", 1000, kSum.toLatin1(), ioId, pipe) + "]" << ioId
            << QString::fromLatin1(pipe) << int(E::None) << QString();
        QTest::newRow("a file we did not send is not judged")
            << "[" + fileJson("other.bin", "ERROR", 4096, kSum.toLatin1(), ioId, pipe) + "]" << ioId
            << QString::fromLatin1(pipe) << int(E::None) << QString();
        QTest::newRow("message id names it") << "["
                + fileJson("disk.vmdk", "ERROR", 7, {}, "com.example.checksum_mismatch", "bad")
                + "]" << ioId << QString::fromLatin1(pipe)
                                             << int(E::MessageId) << QStringLiteral("disk.vmdk");
        QTest::newRow("only the words (last resort)")
            << QByteArray("[]") << QByteArray("com.example.error")
            << QStringLiteral("Checksum does not match") << int(E::MessageText) << QString();
        QTest::newRow("nothing at all")
            << QByteArray("[]") << ioId << QString::fromLatin1(pipe) << int(E::None) << QString();
    }
    void judgedFromTheFileList()
    {
        QFETCH(QByteArray, list);
        QFETCH(QByteArray, errorId);
        QFETCH(QString, errorText);
        QFETCH(int, evidence);
        QFETCH(QString, file);
        LoopbackServer api;
        QVERIFY(api.listen());
        api.responses = { LoopbackServer::http(201, "\"tok\""), LoopbackServer::http(200, list) };
        RestClient client;
        client.setBaseUrl(api.url());
        client.setAllowPlainHttp(true); // loopback lab server
        client.setCredentials(QStringLiteral("u"), QStringLiteral("p"));
        bool loggedIn = false;
        client.login(nullptr, [&](const ApiResult &r) { loggedIn = r.ok(); });
        QTRY_VERIFY(loggedIn);
        Result<QList<SessionFile>> files;
        bool done = false;
        SessionFileService(&client).list(QStringLiteral("sid"), nullptr,
                                         [&](const Result<QList<SessionFile>> &r) {
                                             files = r;
                                             done = true;
                                         });
        QTRY_VERIFY(done);
        QVERIFY2(files.ok(), qPrintable(files.error.message()));
        QVERIFY(api.requests.last().startsWith(
            "GET /api/content/library/item/update-session/sid/file"));

        QHash<QString, ContentRejection::Declared> declared;
        declared.insert(QStringLiteral("disk.vmdk"), { 4096, ChecksumAlgorithm::Sha256, kSum });
        declared.insert(QStringLiteral("a.iso"), { 50, ChecksumAlgorithm::Sha256, kSum });
        ApiError why;
        why.kind = ApiError::Kind::Server;
        LocalizableMessage m;
        m.id = QString::fromLatin1(errorId);
        m.defaultMessage = errorText;
        why.messages = { m };
        const ContentRejection verdict = ContentRejection::judge(files.value, declared, why);
        QCOMPARE(int(verdict.evidence()), evidence);
        QCOMPARE(verdict.fileName(), file);
        QCOMPARE(verdict.isChecksumMismatch(), evidence != int(ContentRejection::Evidence::None));
        if (verdict.isChecksumMismatch())
            QVERIFY(!verdict.description().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestContentRejection)
#include "TestContentRejection.moc"
