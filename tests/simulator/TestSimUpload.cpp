// cl-simulator's upload endpoint (§8) over real HTTPS: PUT and POST, size and checksum
// enforcement, short and dropped transfers, chunked switch, throttling with visible progress,
// cancel discarding bytes, and a 1 GiB streamed upload with flat server memory.
#include "SimClient.h"
#include "SimulatorProcess.h"

#include <QBuffer>
#include <QDir>
#include <QNetworkReply>
#include <QTcpSocket>
#include <QtTest>

using namespace clu::test;

namespace {

// Produces `size` bytes of a repeating pattern on the fly: a large body without a temp file.
class PatternDevice : public QIODevice
{
public:
    explicit PatternDevice(qint64 size)
        : m_size(size)
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override
    {
        return (m_size - m_pos) + QIODevice::bytesAvailable();
    }
    bool atEnd() const override { return m_pos >= m_size && QIODevice::bytesAvailable() == 0; }

protected:
    qint64 readData(char *data, qint64 max) override
    {
        const qint64 n = qMin(max, m_size - m_pos);
        for (qint64 i = 0; i < n; ++i)
            data[i] = char('a' + (m_pos + i) % 26);
        m_pos += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    qint64 m_size;
    qint64 m_pos = 0;
};

QString uriOf(const QJsonObject &file)
{
    return file.value(QLatin1String("upload_endpoint"))
        .toObject()
        .value(QLatin1String("uri"))
        .toString();
}

QJsonObject spec(const QString &name, qint64 size, const QString &alg = {},
                 const QByteArray &data = {})
{
    QJsonObject o { { QStringLiteral("name"), name },
                    { QStringLiteral("source_type"), QStringLiteral("PUSH") } };
    if (size >= 0)
        o.insert(QStringLiteral("size"), size);
    if (!alg.isEmpty()) {
        const QCryptographicHash::Algorithm a = alg == QLatin1String("MD5")
            ? QCryptographicHash::Md5
            : alg == QLatin1String("SHA256") ? QCryptographicHash::Sha256
            : alg == QLatin1String("SHA512") ? QCryptographicHash::Sha512
                                             : QCryptographicHash::Sha1;
        o.insert(
            QStringLiteral("checksum_info"),
            QJsonObject { { QStringLiteral("algorithm"), alg },
                          { QStringLiteral("checksum"),
                            QString::fromLatin1(QCryptographicHash::hash(data, a).toHex()) } });
    }
    return o;
}

} // namespace

class TestSimUpload : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void putAndPostWithChecksums();
    void sizeMismatchFailsFileAndSession();
    void checksumMismatch();
    void droppedConnection();
    void chunkedSwitch();
    void throttledProgressAndCancelDiscards();
    void nothingVisibleBeforeCompleteAndReplace();
    void largeStreamedUploadKeepsMemoryFlat();
    void faultFlagsAtStart();

private:
    QString newSession(const QString &itemName = QStringLiteral("item"));
    std::unique_ptr<SimulatorProcess> m_sim;
    std::unique_ptr<SimClient> m_c;
    QString m_lib, m_item;
};

void TestSimUpload::init()
{
    m_sim = std::make_unique<SimulatorProcess>();
    QVERIFY2(m_sim->start(), qPrintable(m_sim->errorString()));
    m_c = std::make_unique<SimClient>(*m_sim);
    QVERIFY(m_c->login());
    m_lib = m_c->createLibrary(QStringLiteral("Uploads"));
    QVERIFY(!m_lib.isEmpty());
}

void TestSimUpload::cleanup()
{
    m_c.reset();
    m_sim.reset();
}

QString TestSimUpload::newSession(const QString &itemName)
{
    m_item = m_c->createItem(m_lib, itemName);
    return m_c->createSession(m_item);
}

void TestSimUpload::putAndPostWithChecksums()
{
    const QString sid = newSession();
    int n = 0;
    for (const char *alg : { "SHA1", "MD5", "SHA256", "SHA512" }) {
        const QByteArray data = QByteArray("payload-") + alg + QByteArray(5000 * ++n, 'x');
        const QString name = QStringLiteral("f-%1.bin").arg(QLatin1String(alg));
        const QJsonObject f = m_c->addFile(sid, spec(name, data.size(), QLatin1String(alg), data));
        const QByteArray method = n % 2 ? "PUT" : "POST"; // POST like VMware's Python sample
        const SimReply r = m_c->uploadBytes(uriOf(f), data, method);
        QVERIFY2(r.status == 200, qPrintable(r.describe()));
        const QJsonObject got = m_c->getFile(sid, name);
        QCOMPARE(got.value(QLatin1String("status")).toString(), QStringLiteral("READY"));
        QCOMPARE(got.value(QLatin1String("bytes_transferred")).toInteger(), data.size());
        QCOMPARE(got.value(QLatin1String("size")).toInteger(), data.size());
    }
    // a second PUT to a READY file is refused, the file stays READY
    const QJsonObject f = m_c->getFile(sid, QStringLiteral("f-SHA1.bin"));
    QCOMPARE(m_c->uploadBytes(uriOf(f), "again").status, 400);
    QCOMPARE(m_c->getSession(sid).value(QLatin1String("state")).toString(),
             QStringLiteral("ACTIVE"));
    // unknown upload id
    QCOMPARE(
        m_c->uploadBytes(m_sim->baseUrl().toString() + QStringLiteral("/cls/data/nope/x.bin"), "x")
            .status,
        404);
    QCOMPARE(
        m_c->call("POST", SimClient::sessionPath(sid) + QStringLiteral("?action=complete")).status,
        204);
    QCOMPARE(
        m_c->call("GET",
                  QStringLiteral("/api/content/library/item/") + m_item + QStringLiteral("/file"))
            .arr()
            .size(),
        4);
}

void TestSimUpload::sizeMismatchFailsFileAndSession()
{
    const QString sid = newSession();
    const QJsonObject f = m_c->addFile(sid, spec(QStringLiteral("disk.vmdk"), 20));
    const SimReply r = m_c->uploadBytes(uriOf(f), QByteArray(11, 'a')); // fewer bytes than declared
    QVERIFY(r.status >= 400);
    const QJsonObject file = m_c->getFile(sid, QStringLiteral("disk.vmdk"));
    QCOMPARE(file.value(QLatin1String("status")).toString(), QStringLiteral("ERROR"));
    const QString msg = file.value(QLatin1String("error_message"))
                            .toObject()
                            .value(QLatin1String("default_message"))
                            .toString();
    QVERIFY2(msg.contains(QStringLiteral("IO error during transfer"))
                 && msg.contains(QStringLiteral("Pipe closed")),
             qPrintable(msg));
    const QJsonObject s = m_c->getSession(sid);
    QCOMPARE(s.value(QLatin1String("state")).toString(), QStringLiteral("ERROR"));
    QVERIFY(s.value(QLatin1String("error_message"))
                .toObject()
                .value(QLatin1String("default_message"))
                .toString()
                .contains(QStringLiteral("disk.vmdk")));
    const SimReply complete =
        m_c->call("POST", SimClient::sessionPath(sid) + QStringLiteral("?action=complete"));
    QCOMPARE(complete.status, 400);
    QCOMPARE(complete.errorType(), QStringLiteral("NOT_ALLOWED_IN_CURRENT_STATE"));
    QVERIFY(complete.message().contains(QStringLiteral("ERROR"))
            && complete.message().contains(QStringLiteral("Pipe closed")));
    // too many bytes fails the same way
    const QString sid2 = newSession(QStringLiteral("second"));
    const QJsonObject f2 = m_c->addFile(sid2, spec(QStringLiteral("a.bin"), 3));
    QVERIFY(m_c->uploadBytes(uriOf(f2), "abcdef").status >= 400);
    QCOMPARE(m_c->getSession(sid2).value(QLatin1String("state")).toString(),
             QStringLiteral("ERROR"));
}

void TestSimUpload::checksumMismatch()
{
    const QString sid = newSession();
    const QJsonObject f =
        m_c->addFile(sid, spec(QStringLiteral("a.iso"), 5, QStringLiteral("SHA256"), "hello"));
    QVERIFY(m_c->uploadBytes(uriOf(f), "HELLO").status >= 400);
    const QJsonObject file = m_c->getFile(sid, QStringLiteral("a.iso"));
    QCOMPARE(file.value(QLatin1String("status")).toString(), QStringLiteral("ERROR"));
    QVERIFY(file.value(QLatin1String("error_message"))
                .toObject()
                .value(QLatin1String("default_message"))
                .toString()
                .contains(QStringLiteral("Checksum mismatch")));
    QCOMPARE(m_c->getSession(sid).value(QLatin1String("state")).toString(),
             QStringLiteral("ERROR"));
}

void TestSimUpload::droppedConnection()
{
    const QString sid = newSession();
    m_sim->control("POST", QStringLiteral("/control/drop-upload"),
                   { { QStringLiteral("after_bytes"), 100000 }, { QStringLiteral("count"), 1 } });
    QVERIFY(m_sim->lastControlOk());
    const QByteArray data(1000000, 'q');
    const QJsonObject f = m_c->addFile(sid, spec(QStringLiteral("big.bin"), data.size()));
    const SimReply r = m_c->uploadBytes(uriOf(f), data);
    QVERIFY2(r.networkError != 0 || r.status >= 400, qPrintable(r.describe()));
    const QJsonObject file = m_c->getFile(sid, QStringLiteral("big.bin"));
    QCOMPARE(file.value(QLatin1String("status")).toString(), QStringLiteral("ERROR"));
    QVERIFY(file.value(QLatin1String("bytes_transferred")).toInteger() <= 100000);
    QCOMPARE(m_c->getSession(sid).value(QLatin1String("state")).toString(),
             QStringLiteral("ERROR"));
    // count was 1: the next upload goes through
    const QString sid2 = newSession(QStringLiteral("next"));
    const QJsonObject f2 = m_c->addFile(sid2, spec(QStringLiteral("big.bin"), data.size()));
    QCOMPARE(m_c->uploadBytes(uriOf(f2), data).status, 200);
}

void TestSimUpload::chunkedSwitch()
{
    // Plain HTTP so the test can write a chunked request by hand (Qt never sends one for PUT).
    SimulatorProcess sim({ QStringLiteral("--http") });
    QVERIFY2(sim.start(), qPrintable(sim.errorString()));
    SimClient c(sim);
    QVERIFY(c.login());
    const QString item = c.createItem(c.createLibrary(QStringLiteral("L")), QStringLiteral("i"));
    const QString sid = c.createSession(item);
    const QUrl uri(uriOf(c.addFile(sid, spec(QStringLiteral("c.bin"), 4))));
    auto sendChunked = [&]() -> QByteArray {
        QTcpSocket s;
        s.connectToHost(uri.host(), quint16(uri.port()));
        if (!s.waitForConnected(10000))
            return {};
        s.write("PUT " + uri.path(QUrl::FullyEncoded).toUtf8()
                + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                  "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n4\r\nabcd\r\n0\r\n\r\n");
        QByteArray answer;
        while (s.waitForReadyRead(10000))
            answer += s.readAll();
        return answer;
    };
    const QByteArray refused = sendChunked();
    QVERIFY2(refused.startsWith("HTTP/1.1 411"), refused.constData());
    QVERIFY(refused.contains("chunked"));
    QCOMPARE(c.getFile(sid, QStringLiteral("c.bin")).value(QLatin1String("status")).toString(),
             QStringLiteral("WAITING_FOR_TRANSFER"));
    sim.control("POST", QStringLiteral("/control/chunked"), { { QStringLiteral("accept"), true } });
    QVERIFY(sim.lastControlOk());
    const QByteArray accepted = sendChunked();
    QVERIFY2(accepted.startsWith("HTTP/1.1 200"), accepted.constData());
    QCOMPARE(c.getFile(sid, QStringLiteral("c.bin")).value(QLatin1String("status")).toString(),
             QStringLiteral("READY"));
}

void TestSimUpload::throttledProgressAndCancelDiscards()
{
    const QString sid = newSession();
    const qint64 size = 4 * 1024 * 1024;
    m_sim->control("POST", QStringLiteral("/control/throttle"),
                   { { QStringLiteral("bytes_per_second"), 1024 * 1024 } });
    QVERIFY(m_sim->lastControlOk());
    const QJsonObject f = m_c->addFile(sid, spec(QStringLiteral("slow.bin"), size));
    // Upload from a second client while this one watches progress.
    PatternDevice dev(size);
    QNetworkReply *upload = m_c->startUpload(uriOf(f), &dev, size);
    bool finished = false;
    connect(upload, &QNetworkReply::finished, this, [&] { finished = true; });
    QTRY_VERIFY_WITH_TIMEOUT(
        m_c->getFile(sid, QStringLiteral("slow.bin")).value(QLatin1String("status")).toString()
            == QLatin1String("TRANSFERRING"),
        20000);
    QTRY_VERIFY_WITH_TIMEOUT(m_c->getFile(sid, QStringLiteral("slow.bin"))
                                     .value(QLatin1String("bytes_transferred"))
                                     .toInteger()
                                 > 0,
                             20000);
    const qint64 midway = m_c->getFile(sid, QStringLiteral("slow.bin"))
                              .value(QLatin1String("bytes_transferred"))
                              .toInteger();
    QVERIFY(midway < size);
    // cancel while bytes arrive: session CANCELED, transfer abandoned, staged bytes removed
    QCOMPARE(
        m_c->call("POST", SimClient::sessionPath(sid) + QStringLiteral("?action=cancel")).status,
        204);
    QTRY_VERIFY_WITH_TIMEOUT(finished, 30000);
    QVERIFY(upload->error() != QNetworkReply::NoError);
    upload->deleteLater();
    QCOMPARE(m_c->getSession(sid).value(QLatin1String("state")).toString(),
             QStringLiteral("CANCELED"));
    QTRY_COMPARE_WITH_TIMEOUT(
        QDir(m_sim->dataDir() + QStringLiteral("/staging")).entryList(QDir::Files).size(), 0,
        10000);
    QCOMPARE(m_c->call("GET", QStringLiteral("/api/content/library/item/") + m_item)
                 .obj()
                 .value(QLatin1String("size"))
                 .toInteger(),
             0);
}

void TestSimUpload::nothingVisibleBeforeCompleteAndReplace()
{
    const QString sid = newSession();
    const QJsonObject f = m_c->addFile(sid, spec(QStringLiteral("a.bin"), 3));
    QCOMPARE(m_c->uploadBytes(uriOf(f), "one").status, 200);
    QCOMPARE(
        m_c->call("GET",
                  QStringLiteral("/api/content/library/item/") + m_item + QStringLiteral("/file"))
            .arr()
            .size(),
        0);
    QCOMPARE(
        m_c->call("POST", SimClient::sessionPath(sid) + QStringLiteral("?action=complete")).status,
        204);
    // a second session re-uploads a.bin: version increments, content_version bumps again
    const QString sid2 = m_c->createSession(m_item);
    const QJsonObject f2 = m_c->addFile(sid2, spec(QStringLiteral("a.bin"), 5));
    QCOMPARE(m_c->uploadBytes(uriOf(f2), "two!!").status, 200);
    QCOMPARE(
        m_c->call("POST", SimClient::sessionPath(sid2) + QStringLiteral("?action=complete")).status,
        204);
    const QJsonObject file =
        m_c->call("GET",
                  QStringLiteral("/api/content/library/item/") + m_item + QStringLiteral("/file"))
            .arr()
            .first()
            .toObject();
    QCOMPARE(file.value(QLatin1String("version")).toString(), QStringLiteral("2"));
    QCOMPARE(file.value(QLatin1String("size")).toInteger(), 5);
    const QJsonObject item =
        m_c->call("GET", QStringLiteral("/api/content/library/item/") + m_item).obj();
    QCOMPARE(item.value(QLatin1String("content_version")).toString(), QStringLiteral("3"));
    QCOMPARE(item.value(QLatin1String("size")).toInteger(), 5);
}

void TestSimUpload::largeStreamedUploadKeepsMemoryFlat()
{
    const QString sid = newSession();
    const qint64 size = 1024LL * 1024 * 1024; // 1 GiB, generated on the fly
    const QJsonObject f = m_c->addFile(sid, spec(QStringLiteral("huge.iso"), size));
    const qint64 before = m_sim->peakRssKiB();
    QVERIFY(before > 0);
    PatternDevice dev(size);
    const SimReply r = m_c->upload(uriOf(f), &dev, size);
    QVERIFY2(r.status == 200, qPrintable(r.describe()));
    const qint64 peak = m_sim->peakRssKiB();
    qInfo("simulator peak RSS: %lld KiB before, %lld KiB after a 1 GiB upload", before, peak);
    QVERIFY2(peak < 100 * 1024, qPrintable(QStringLiteral("peak RSS %1 KiB").arg(peak)));
    QVERIFY2(peak - before < 50 * 1024,
             qPrintable(QStringLiteral("grew by %1 KiB").arg(peak - before)));
    const QJsonObject file = m_c->getFile(sid, QStringLiteral("huge.iso"));
    QCOMPARE(file.value(QLatin1String("status")).toString(), QStringLiteral("READY"));
    QCOMPARE(file.value(QLatin1String("bytes_transferred")).toInteger(), size);
    QCOMPARE(
        m_c->call("POST", SimClient::sessionPath(sid) + QStringLiteral("?action=complete")).status,
        204);
    QCOMPARE(m_c->call("GET", QStringLiteral("/api/content/library/item/") + m_item)
                 .obj()
                 .value(QLatin1String("size"))
                 .toInteger(),
             size);
}

void TestSimUpload::faultFlagsAtStart()
{
    // --drop-upload-after: every upload breaks; --throttle-upload slows reading down.
    SimulatorProcess sim({ QStringLiteral("--drop-upload-after"), QStringLiteral("1000"),
                           QStringLiteral("--throttle-upload"), QStringLiteral("200000") });
    QVERIFY2(sim.start(), qPrintable(sim.errorString()));
    SimClient c(sim);
    QVERIFY(c.login());
    const QString lib = c.createLibrary(QStringLiteral("L"));
    for (int i = 0; i < 2; ++i) {
        const QString item = c.createItem(lib, QStringLiteral("i%1").arg(i));
        const QString sid = c.createSession(item);
        const QByteArray data(50000, 'd');
        const QJsonObject f = c.addFile(sid, spec(QStringLiteral("a.bin"), data.size()));
        const SimReply r = c.uploadBytes(uriOf(f), data);
        QVERIFY2(r.networkError != 0 || r.status >= 400, qPrintable(r.describe()));
        QCOMPARE(c.getSession(sid).value(QLatin1String("state")).toString(),
                 QStringLiteral("ERROR"));
        QVERIFY(c.getFile(sid, QStringLiteral("a.bin"))
                    .value(QLatin1String("bytes_transferred"))
                    .toInteger()
                <= 1000);
    }
    // reset clears the drop but keeps working uploads throttled and correct
    sim.control("POST", QStringLiteral("/control/reset"));
    QVERIFY(sim.lastControlOk());
    const QString sid = c.createSession(c.createItem(lib, QStringLiteral("ok")));
    const QByteArray data(20000, 'e');
    QCOMPARE(c.uploadBytes(uriOf(c.addFile(sid, spec(QStringLiteral("a.bin"), data.size()))), data)
                 .status,
             200);
}

QTEST_GUILESS_MAIN(TestSimUpload)
#include "TestSimUpload.moc"
