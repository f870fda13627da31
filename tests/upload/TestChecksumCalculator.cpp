// ChecksumCalculator and its OpenSSL EVP Digest: known vectors for every algorithm, the output
// of the `openssl dgst` command for a multi-block file with odd sizes, progress, cancel, a read
// error in the middle and uneven pieces through the read-ahead thread, and a clear error for a
// missing file.
#include "upload/ChecksumCalculator.h"
#include "upload/Digest.h"

#include <QCryptographicHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
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

    // FIPS 180-2 / RFC 1321 vectors straight through Digest, including the empty message and
    // a message fed in pieces that straddle the 64/128-byte block boundaries.
    void digestVectors_data()
    {
        QTest::addColumn<int>("algorithm");
        QTest::addColumn<QByteArray>("message");
        QTest::addColumn<QString>("hex");
        const QByteArray m448("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq");
        QTest::newRow("sha256-empty")
            << int(ChecksumAlgorithm::Sha256) << QByteArray()
            << "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
        QTest::newRow("sha256-448")
            << int(ChecksumAlgorithm::Sha256) << m448
            << "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1";
        QTest::newRow("sha1-448") << int(ChecksumAlgorithm::Sha1) << m448
                                  << "84983e441c3bd26ebaae4aa1f95129e5e54670f1";
        QTest::newRow("md5-empty")
            << int(ChecksumAlgorithm::Md5) << QByteArray() << "d41d8cd98f00b204e9800998ecf8427e";
        QTest::newRow("sha512-empty")
            << int(ChecksumAlgorithm::Sha512) << QByteArray()
            << "cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce47d0d13c5d85f2b0"
               "ff8318d2877eec2f63b931bd47417a81a538327af927da3e";
        QTest::newRow("sha256-million-a")
            << int(ChecksumAlgorithm::Sha256) << QByteArray(1000000, 'a')
            << "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0";
    }
    void digestVectors()
    {
        QFETCH(int, algorithm);
        QFETCH(QByteArray, message);
        QFETCH(QString, hex);
        const auto alg = ChecksumAlgorithm(algorithm);
        QCOMPARE(QString::fromLatin1(Digest::hash(message, alg).toHex()), hex);
        Digest pieces(alg);
        QVERIFY2(pieces.isValid(), qPrintable(pieces.errorString()));
        qint64 at = 0;
        for (qint64 step = 1; at < message.size(); step = step * 3 + 1) {
            const qint64 n = qMin(step, qint64(message.size()) - at);
            pieces.addData(message.constData() + at, n);
            at += n;
        }
        QCOMPARE(pieces.hexResult(), hex);
    }

    // The reference we did not write: `openssl dgst` on a file of 5 MiB + 77 bytes of random
    // data (several read blocks, a partial last one) must print the same digest as the
    // calculator, for every algorithm the product offers.
    void matchesOpensslDgst_data()
    {
        QTest::addColumn<int>("algorithm");
        QTest::addColumn<QString>("flag");
        QTest::newRow("sha256") << int(ChecksumAlgorithm::Sha256) << "-sha256";
        QTest::newRow("sha1") << int(ChecksumAlgorithm::Sha1) << "-sha1";
        QTest::newRow("sha512") << int(ChecksumAlgorithm::Sha512) << "-sha512";
        QTest::newRow("md5") << int(ChecksumAlgorithm::Md5) << "-md5";
    }
    void matchesOpensslDgst()
    {
        QFETCH(int, algorithm);
        QFETCH(QString, flag);
        const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
        QVERIFY2(!openssl.isEmpty(), "the openssl command is a CLU_PACKAGES requirement");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("random.bin"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QByteArray block(1024 * 1024 + 77, '\0');
        QRandomGenerator rng(13);
        for (int i = 0; i < 5; ++i) {
            rng.fillRange(reinterpret_cast<quint32 *>(block.data()), block.size() / 4);
            f.write(i == 4 ? block : block.left(1024 * 1024));
        }
        f.close();

        QProcess p;
        p.start(openssl, { QStringLiteral("dgst"), flag, QStringLiteral("-r"), path });
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        // -r prints "<hex> *<path>", like sha256sum.
        const QString expected =
            QString::fromLatin1(p.readAllStandardOutput()).section(QLatin1Char(' '), 0, 0);
        QVERIFY(!expected.isEmpty());
        const ChecksumResult r = ChecksumCalculator::hashFile(path, ChecksumAlgorithm(algorithm));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.hex, expected);
        QCOMPARE(r.bytes, qint64(5) * 1024 * 1024 + 77);
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

    // The read-ahead thread (BlockReader) must hand over a read error with the device's own
    // text, after the blocks before it, and a device that delivers in small uneven pieces must
    // hash to the same digest as the bytes in one piece.
    void readErrorMidFileNamed()
    {
        class Failing : public QIODevice
        {
        public:
            qint64 left = 3 * ChecksumCalculator::blockSize + 17;
            bool isSequential() const override { return true; }

        protected:
            qint64 readData(char *data, qint64 max) override
            {
                if (left <= 0) {
                    setErrorString(QStringLiteral("Input/output error (sector 4711)"));
                    return -1;
                }
                const qint64 n = qMin(max, left);
                memset(data, 'y', size_t(n));
                left -= n;
                return n;
            }
            qint64 writeData(const char *, qint64) override { return -1; }
        } device;
        device.open(QIODevice::ReadOnly);
        const ChecksumResult r = ChecksumCalculator::hashDevice(&device, QStringLiteral("bad.vmdk"),
                                                                ChecksumAlgorithm::Sha256);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QLatin1String("bad.vmdk"))
                     && r.error.contains(QLatin1String("sector 4711")),
                 qPrintable(r.error));
        QCOMPARE(r.bytes, 3 * ChecksumCalculator::blockSize + 17);
    }

    void smallPiecesHashLikeOnePiece()
    {
        QByteArray bytes(5 * 1024 * 1024 + 333, Qt::Uninitialized);
        QRandomGenerator gen(7);
        for (char &c : bytes)
            c = char(gen.bounded(256));
        class Pieces : public QIODevice
        {
        public:
            QByteArray data;
            qint64 pos = 0;
            int turn = 0;
            bool isSequential() const override { return true; }
            bool atEnd() const override { return pos >= data.size(); }

        protected:
            qint64 readData(char *out, qint64 max) override
            {
                const qint64 piece = std::min(
                    { max, qint64(1 + (turn++ * 7919) % 70000), qint64(data.size()) - pos });
                memcpy(out, data.constData() + pos, size_t(piece));
                pos += piece;
                return piece;
            }
            qint64 writeData(const char *, qint64) override { return -1; }
        } device;
        device.data = bytes;
        device.open(QIODevice::ReadOnly);
        const ChecksumResult r = ChecksumCalculator::hashDevice(&device, QStringLiteral("pieces"),
                                                                ChecksumAlgorithm::Sha256);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.bytes, qint64(bytes.size()));
        QCOMPARE(r.hex,
                 QString::fromLatin1(
                     QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
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
