// An ISO-sized (3 GiB, sparse) file through the whole engine against cl-simulator over HTTPS:
// the item ends up with exactly that many bytes and the client's memory does not grow with the
// file (the PUT streams from disk). MD5 keeps the two hash passes (client and server) short on a
// loaded CI box; the algorithm does not change the streaming path.
#include "ProcessMemory.h"
#include "UploadTestSupport.h"

#include <QTemporaryDir>

using namespace clu;
using namespace clu::test;

namespace {
// This test process's peak memory.
qint64 peakRssKiB()
{
    return clu::test::peakRssKiB(QCoreApplication::applicationPid());
}
} // namespace

class TestUploadLargeFile : public QObject
{
    Q_OBJECT
private slots:
    void sparseIsoSizedFile()
    {
        SimulatorProcess sim({ QStringLiteral("--seed"), QStringLiteral("demo") });
        QVERIFY2(sim.start(), qPrintable(sim.errorString()));
        auto client = loginTo(sim);
        QVERIFY(client);
        const QString item =
            newItem(client.get(), localLibraryId(client.get()), QStringLiteral("iso"));
        QVERIFY(!item.isEmpty());

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("big.iso"));
        const qint64 size = qint64(3) << 30;
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QVERIFY(f.resize(size));
        }
        const qint64 before = peakRssKiB();
        UploadEngine engine(client.get());
        UploadRequest req;
        req.libraryItemId = item;
        req.paths = { path };
        req.checksum = ChecksumAlgorithm::Md5;
        req.pollInterval = std::chrono::milliseconds(200);
        const UploadOutcome o = runUpload(engine, req, 540000);
        QVERIFY2(o.ok, qPrintable(o.summary));
        QCOMPARE(o.bytesSent, size);
        QVERIFY2(o.item.size >= size, qPrintable(QString::number(o.item.size)));
        const qint64 grown = peakRssKiB() - before;
        QVERIFY2(grown < 128 * 1024,
                 qPrintable(QStringLiteral("client peak RSS grew by %1 KiB").arg(grown)));
    }
};

QTEST_GUILESS_MAIN(TestUploadLargeFile)
#include "TestUploadLargeFile.moc"
