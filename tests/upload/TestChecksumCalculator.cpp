// ChecksumCalculator: digests against known vectors for every algorithm, a multi-block file,
// progress, cancel, and a clear error for a missing file.
#include "upload/ChecksumCalculator.h"

#include <QCryptographicHash>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace clu;

class TestChecksumCalculator : public QObject
{
    Q_OBJECT
private slots:
    void knownVectors_data()
    {
        QTest::addColumn<QString>("algorithm");
        QTest::addColumn<int>("expected");
        QTest::addColumn<QString>("hex");
        // Digests of "abc" (FIPS 180 / RFC 1321 test vectors).
        QTest::newRow("sha256")
            << "sha256" << int(ChecksumAlgorithm::Sha256)
            << "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
        QTest::newRow("SHA-1") << "SHA-1" << int(ChecksumAlgorithm::Sha1)
                               << "a9993e364706816aba3e25717850c26c9cd0d89d";
        QTest::newRow("md5") << "MD5" << int(ChecksumAlgorithm::Md5)
                             << "900150983cd24fb0d6963f7d28e17f72";
        QTest::newRow("sha512")
            << "Sha512" << int(ChecksumAlgorithm::Sha512)
            << "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a8"
               "36ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f";
    }
    void knownVectors()
    {
        QFETCH(QString, algorithm);
        QFETCH(int, expected);
        QFETCH(QString, hex);
        ChecksumAlgorithm alg;
        QVERIFY(ChecksumCalculator::parseAlgorithm(algorithm, &alg));
        QCOMPARE(int(alg), expected);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("abc.txt"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("abc");
        f.close();
        const ChecksumResult r = ChecksumCalculator::hashFile(path, alg);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.hex, hex);
        QCOMPARE(r.bytes, qint64(3));
    }

    void unknownAlgorithmRefused()
    {
        ChecksumAlgorithm alg = ChecksumAlgorithm::Sha256;
        QVERIFY(!ChecksumCalculator::parseAlgorithm(QStringLiteral("crc32"), &alg));
    }

    void workerThreadMultiBlockWithProgress()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("big.bin"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QByteArray block(1024 * 1024, '\0');
        for (int i = 0; i < block.size(); ++i)
            block[i] = char(i * 7 + 3);
        QCryptographicHash expected(QCryptographicHash::Sha256);
        for (int i = 0; i < 40; ++i) { // 40 MiB: several progress reports
            block[0] = char(i);
            f.write(block);
            expected.addData(block);
        }
        f.close();

        ChecksumCalculator calc;
        QSignalSpy progress(&calc, &ChecksumCalculator::progress);
        QSignalSpy done(&calc, &ChecksumCalculator::finished);
        QVERIFY(calc.start(path, ChecksumAlgorithm::Sha256));
        QVERIFY(!calc.start(path, ChecksumAlgorithm::Sha256)); // one run at a time
        QVERIFY(done.wait(30000));
        const auto r = done.first().first().value<ChecksumResult>();
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.hex, QString::fromLatin1(expected.result().toHex()));
        QCOMPARE(r.bytes, qint64(40) * 1024 * 1024);
        QVERIFY(progress.count() >= 1);
        QCOMPARE(progress.last().at(1).toLongLong(), qint64(40) * 1024 * 1024);
        QVERIFY(!calc.isRunning());
    }

    void cancelStopsWorker()
    {
        // A device that never ends: only cancel can stop the hash.
        class Endless : public QIODevice
        {
        public:
            bool isSequential() const override { return true; }
            qint64 bytesAvailable() const override { return 1 << 20; }

        protected:
            qint64 readData(char *data, qint64 max) override
            {
                memset(data, 'x', size_t(max));
                return max;
            }
            qint64 writeData(const char *, qint64) override { return -1; }
        };
        ChecksumCalculator calc;
        QSignalSpy done(&calc, &ChecksumCalculator::finished);
        QVERIFY(calc.start(
            [](QString *) -> std::unique_ptr<QIODevice> {
                auto d = std::make_unique<Endless>();
                d->open(QIODevice::ReadOnly);
                return d;
            },
            QStringLiteral("endless"), ChecksumAlgorithm::Md5));
        calc.cancel();
        QVERIFY(done.wait(30000));
        const auto r = done.first().first().value<ChecksumResult>();
        QVERIFY(!r.ok);
        QVERIFY(r.canceled);
    }

    void missingFileNamed()
    {
        ChecksumCalculator calc;
        QSignalSpy done(&calc, &ChecksumCalculator::finished);
        QVERIFY(calc.start(QStringLiteral("/nonexistent/dir/disk.vmdk")));
        QVERIFY(done.wait(30000));
        const auto r = done.first().first().value<ChecksumResult>();
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QStringLiteral("/nonexistent/dir/disk.vmdk")),
                 qPrintable(r.error));
    }
};

QTEST_GUILESS_MAIN(TestChecksumCalculator)
#include "TestChecksumCalculator.moc"
