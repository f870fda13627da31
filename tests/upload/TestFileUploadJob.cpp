// FileUploadJob against an in-process HTTP server (cpp-httplib, streaming body reader): the exact
// request (PUT, Content-Length, content type, session header, raw bytes), progress, flat client
// memory on a large sparse file, HTTP errors with the server's body, a dropped connection, a
// vanished file, abort, and the stall watchdog.
#include "ProcessMemory.h"
#include "net/RestClient.h"
#include "upload/FileUploadJob.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <httplib.h>

#include <atomic>
#include <mutex>
#include <thread>

using namespace clu;

namespace {

// This test process's peak memory.
qint64 peakRssKiB()
{
    return clu::test::peakRssKiB(QCoreApplication::applicationPid());
}

// A loopback upload endpoint that records what it received.
class UploadServer
{
public:
    UploadServer()
    {
        m_server.Put(
            R"(/upload/(.*))",
            [this](const httplib::Request &req, httplib::Response &res,
                   const httplib::ContentReader &reader) {
                QCryptographicHash hash(QCryptographicHash::Sha256);
                qint64 received = 0;
                bool dropped = false;
                reader([&](const char *data, size_t len) {
                    hash.addData(QByteArrayView(data, qsizetype(len)));
                    received += qint64(len);
                    while (stall.load())
                        std::this_thread::sleep_for(std::chrono::milliseconds(20));
                    if (dropAfter.load() >= 0 && received >= dropAfter.load()) {
                        dropped = true;
                        return false; // closes the connection mid-body
                    }
                    return true;
                });
                {
                    std::lock_guard<std::mutex> lock(m_mutex);
                    m_contentLength =
                        QByteArray::fromStdString(req.get_header_value("Content-Length"));
                    m_contentType = QByteArray::fromStdString(req.get_header_value("Content-Type"));
                    m_chunked = req.has_header("Transfer-Encoding");
                    m_received = received;
                    m_sha256 = hash.result().toHex();
                    m_path = QByteArray::fromStdString(req.path);
                }
                if (dropped)
                    return;
                res.status = status.load();
                if (res.status != 200)
                    res.set_content(
                        R"({"error_type":"INVALID_ARGUMENT","messages":[{"id":"x.y","default_message":"Disk full on datastore1.","args":[]}]})",
                        "application/json");
            });
        m_port = m_server.bind_to_any_port("127.0.0.1");
        m_thread = std::thread([this]() { m_server.listen_after_bind(); });
        // stop() before the loop runs would be lost and join() would hang.
        while (!m_server.is_running())
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    ~UploadServer()
    {
        stall.store(false);
        m_server.stop();
        m_thread.join();
    }
    QUrl url(const QString &name) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1/upload/%2").arg(m_port).arg(name));
    }
    qint64 received() const
    {
        std::lock_guard<std::mutex> l(m_mutex);
        return m_received;
    }
    QByteArray sha256() const
    {
        std::lock_guard<std::mutex> l(m_mutex);
        return m_sha256;
    }
    QByteArray contentLength() const
    {
        std::lock_guard<std::mutex> l(m_mutex);
        return m_contentLength;
    }
    QByteArray contentType() const
    {
        std::lock_guard<std::mutex> l(m_mutex);
        return m_contentType;
    }
    bool chunked() const
    {
        std::lock_guard<std::mutex> l(m_mutex);
        return m_chunked;
    }

    std::atomic<int> status { 200 };
    std::atomic<qint64> dropAfter { -1 };
    std::atomic_bool stall { false };

private:
    httplib::Server m_server;
    int m_port = 0;
    std::thread m_thread;
    mutable std::mutex m_mutex;
    qint64 m_received = 0;
    QByteArray m_sha256, m_contentLength, m_contentType, m_path;
    bool m_chunked = false;
};

QString makeFile(const QTemporaryDir &dir, const QString &name, qint64 size, bool sparse)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    if (sparse) {
        f.resize(size);
    } else {
        QByteArray block(64 * 1024, '\0');
        for (int i = 0; i < block.size(); ++i)
            block[i] = char((i * 31) ^ (i >> 8));
        for (qint64 done = 0; done < size; done += block.size())
            f.write(block.constData(), qMin<qint64>(block.size(), size - done));
    }
    return path;
}

QByteArray fileSha256(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return h.result().toHex();
}

} // namespace

class TestFileUploadJob : public QObject
{
    Q_OBJECT
private:
    RestClient m_client;
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        // The upload server is plain http on another port of the API's host: allowed only by
        // the lab switch and an explicit upload host.
        m_client.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:1")));
        m_client.setAllowPlainHttp(true);
        m_client.setAllowedUploadHosts({ QStringLiteral("127.0.0.1") });
    }

    void sendsExactBytesWithContentLength()
    {
        UploadServer server;
        const QString path =
            makeFile(m_dir, QStringLiteral("disk.vmdk"), 5 * 1024 * 1024 + 123, false);
        FileUploadJob job(&m_client, UploadSource::fromFile(path),
                          server.url(QStringLiteral("disk.vmdk")));
        QSignalSpy progress(&job, &FileUploadJob::progress);
        QSignalSpy done(&job, &FileUploadJob::finished);
        job.start();
        QVERIFY(done.wait(60000));
        QVERIFY2(done.first().first().toBool(), qPrintable(job.error().message()));
        QCOMPARE(server.received(), qint64(5 * 1024 * 1024 + 123));
        QCOMPARE(server.sha256(), fileSha256(path));
        QCOMPARE(server.contentLength(), QByteArray::number(5 * 1024 * 1024 + 123));
        QCOMPARE(server.contentType(), QByteArray("application/octet-stream"));
        QVERIFY(!server.chunked());
        QVERIFY(progress.count() >= 1);
        QCOMPARE(progress.last().at(0).toLongLong(), qint64(5 * 1024 * 1024 + 123));
        QCOMPARE(job.bytesSent(), qint64(5 * 1024 * 1024 + 123));
    }

    void largeSparseFileKeepsMemoryFlat()
    {
        UploadServer server;
        const qint64 size = qint64(768) * 1024 * 1024;
        const QString path = makeFile(m_dir, QStringLiteral("big.iso"), size, true);
        const qint64 before = peakRssKiB();
        FileUploadJob job(&m_client, UploadSource::fromFile(path),
                          server.url(QStringLiteral("big.iso")));
        QSignalSpy done(&job, &FileUploadJob::finished);
        job.start();
        QVERIFY(done.wait(120000));
        QVERIFY2(done.first().first().toBool(), qPrintable(job.error().message()));
        QCOMPARE(server.received(), size);
        const qint64 grown = peakRssKiB() - before;
        // Buffering the body would grow by ~768 MiB; streaming stays within a few MiB.
        QVERIFY2(grown < 64 * 1024,
                 qPrintable(QStringLiteral("peak RSS grew by %1 KiB").arg(grown)));
        QFile::remove(path);
    }

    void httpErrorCarriesServerMessage()
    {
        UploadServer server;
        server.status.store(400);
        const QString path = makeFile(m_dir, QStringLiteral("small.bin"), 1000, false);
        FileUploadJob job(&m_client, UploadSource::fromFile(path),
                          server.url(QStringLiteral("small.bin")));
        QSignalSpy done(&job, &FileUploadJob::finished);
        job.start();
        QVERIFY(done.wait(30000));
        QVERIFY(!done.first().first().toBool());
        QCOMPARE(job.error().httpStatus, 400);
        QVERIFY2(job.error().message().contains(QStringLiteral("Disk full on datastore1")),
                 qPrintable(job.error().message()));
        QVERIFY2(job.error().message().contains(QStringLiteral("small.bin")),
                 qPrintable(job.error().message()));
    }

    void droppedConnectionIsAnError()
    {
        UploadServer server;
        server.dropAfter.store(1024 * 1024);
        const QString path = makeFile(m_dir, QStringLiteral("drop.bin"), 8 * 1024 * 1024, false);
        FileUploadJob job(&m_client, UploadSource::fromFile(path),
                          server.url(QStringLiteral("drop.bin")));
        QSignalSpy done(&job, &FileUploadJob::finished);
        job.start();
        QVERIFY(done.wait(60000));
        QVERIFY(!done.first().first().toBool());
        QVERIFY(job.error().isError());
        QVERIFY(job.error().kind != ApiError::Kind::Canceled);
        QVERIFY2(job.error().message().contains(QStringLiteral("of 8388608 bytes were sent")),
                 qPrintable(job.error().message()));
    }

    void vanishedFileRefusedBeforeSending()
    {
        UploadServer server;
        const QString path = makeFile(m_dir, QStringLiteral("gone.bin"), 100, false);
        const UploadSource src = UploadSource::fromFile(path);
        QVERIFY(QFile::remove(path));
        FileUploadJob job(&m_client, src, server.url(QStringLiteral("gone.bin")));
        QSignalSpy done(&job, &FileUploadJob::finished);
        job.start();
        QCOMPARE(done.count(), 1);
        QVERIFY(!done.first().first().toBool());
        QCOMPARE(job.error().kind, ApiError::Kind::InvalidInput);
        QVERIFY2(job.error().message().contains(QStringLiteral("no longer exists")),
                 qPrintable(job.error().message()));
        QCOMPARE(server.received(), qint64(0));
    }

    void abortAndStallWatchdog()
    {
        UploadServer server;
        server.stall.store(true);
        const QString path = makeFile(m_dir, QStringLiteral("stall.bin"), 64 * 1024 * 1024, false);
        {
            FileUploadJob job(&m_client, UploadSource::fromFile(path),
                              server.url(QStringLiteral("stall.bin")));
            job.setStallTimeout(std::chrono::milliseconds(1500));
            QSignalSpy done(&job, &FileUploadJob::finished);
            job.start();
            QVERIFY(done.wait(30000));
            QVERIFY(!done.first().first().toBool());
            QCOMPARE(job.error().kind, ApiError::Kind::Network);
            QVERIFY2(job.error().message().contains(QStringLiteral("no data could be sent")),
                     qPrintable(job.error().message()));
        }
        {
            FileUploadJob job(&m_client, UploadSource::fromFile(path),
                              server.url(QStringLiteral("stall.bin")));
            QSignalSpy done(&job, &FileUploadJob::finished);
            job.start();
            QTimer::singleShot(300, &job, &FileUploadJob::abort);
            QVERIFY(done.wait(30000));
            QVERIFY(!done.first().first().toBool());
            QCOMPARE(job.error().kind, ApiError::Kind::Canceled);
        }
        server.stall.store(false);
    }
};

QTEST_GUILESS_MAIN(TestFileUploadJob)
#include "TestFileUploadJob.moc"
