// UploadEngine's state must be consistent whenever it emits a signal: a front end may turn the
// event loop inside a handler (a modal dialog, a synchronous call), and a checksum that arrives
// then must not find a half-set state. Found by bench-faults, whose stageChanged handler makes a
// synchronous call to the simulator: the content queue was set after stageChanged(SendingFiles),
// so a file hashed during that call made the still-empty queue look finished; validate and
// complete ran before the file was sent.
#include "UploadTestSupport.h"

#include <QTemporaryDir>

using namespace clu;
using namespace clu::test;

class TestEngineReentrancy : public QObject
{
    Q_OBJECT
private slots:
    void eventLoopInsideStageChanged()
    {
        SimulatorProcess sim({ QStringLiteral("--seed"), QStringLiteral("demo") });
        QVERIFY2(sim.start(), qPrintable(sim.errorString()));
        auto client = loginTo(sim);
        QVERIFY(client);
        const QString item =
            newItem(client.get(), localLibraryId(client.get()), QStringLiteral("file"));
        QTemporaryDir dir;
        // Large enough that its checksum is still being computed when the session exists.
        const QString path = writeFile(dir.filePath(QStringLiteral("big.bin")), 96 << 20, 'r');
        UploadEngine engine(client.get());
        int turned = 0;
        connect(&engine, &UploadEngine::stageChanged, this, [&](UploadStage s) {
            if (s == UploadStage::SendingFiles && turned++ == 0)
                QTest::qWait(1500); // the front end turns the event loop here
        });
        UploadRequest req;
        req.libraryItemId = item;
        req.paths = { path };
        req.pollInterval = std::chrono::milliseconds(100);
        const UploadOutcome o = runUpload(engine, req, 120000);
        QVERIFY2(o.ok, qPrintable(o.summary));
        QCOMPARE(o.item.size, qint64(96 << 20));
        QCOMPARE(countPuts(sim, QStringLiteral("big.bin")), 1);
    }
};

QTEST_GUILESS_MAIN(TestEngineReentrancy)
#include "TestEngineReentrancy.moc"
