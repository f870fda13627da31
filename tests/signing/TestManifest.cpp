#include "ovf/Manifest.h"

#include <QCryptographicHash>
#include <QTemporaryDir>
#include <QtTest>

using namespace clu::sim::ovf;

namespace {
const QByteArray abcSha1 = "a9993e364706816aba3e25717850c26c9cd0d89d";
const QByteArray abcSha256 = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
const QByteArray abcSha512 = "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a"
                             "2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f";

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &data)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size())
        return {};
    return path;
}
} // namespace

class TestManifest : public QObject
{
    Q_OBJECT
private slots:
    void parsesAllAlgorithmsAndSpacing()
    {
        const QByteArray text = "SHA1(a.ovf)= " + abcSha1
            + "\r\n"
              "\n"
              "  SHA256(disk (1).vmdk) ="
            + abcSha256.toUpper()
            + "  \n"
              "sha512(b.nvram)="
            + abcSha512;
        QString error;
        const auto m = Manifest::parse(text, &error);
        QVERIFY2(m, qPrintable(error));
        QCOMPARE(m->entries().size(), 3);
        QCOMPARE(m->entries().at(0).algorithm, DigestAlgorithm::Sha1);
        QCOMPARE(m->entries().at(0).fileName, QStringLiteral("a.ovf"));
        QCOMPARE(m->entries().at(0).line, 1);
        const ManifestEntry *disk = m->entry(QStringLiteral("disk (1).vmdk"));
        QVERIFY(disk);
        QCOMPARE(disk->algorithm, DigestAlgorithm::Sha256);
        QCOMPARE(disk->digestHex, abcSha256); // lowercased
        QCOMPARE(disk->line, 3);
        QCOMPARE(m->entry(QStringLiteral("b.nvram"))->algorithm, DigestAlgorithm::Sha512);
        QVERIFY(!m->entry(QStringLiteral("missing")));
    }

    void toleratesBomAndBsdStyle()
    {
        QString error;
        const auto m = Manifest::parse("\xEF\xBB\xBFSHA256 (a.ovf) = " + abcSha256 + "\n", &error);
        QVERIFY2(m, qPrintable(error));
        QCOMPARE(m->entries().size(), 1);
        QCOMPARE(m->entries().first().fileName, QStringLiteral("a.ovf"));
        QCOMPARE(m->entries().first().digestHex, abcSha256);
    }

    void emptyManifestIsValid()
    {
        QString error;
        const auto m = Manifest::parse("\n\n", &error);
        QVERIFY2(m, qPrintable(error));
        QVERIFY(m->entries().isEmpty());
    }

    void refusesWithLineNumber_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("reasonContains");
        const QByteArray good = "SHA256(a.ovf)= " + abcSha256 + "\n";
        QTest::newRow("garbage") << QByteArray(good + "hello world\n")
                                 << "line 2 is not of the form";
        QTest::newRow("md5") << QByteArray(good + "MD5(a.vmdk)= 900150983cd24fb0d6963f7d28e17f72\n")
                             << "line 2 uses the digest algorithm \"MD5\"";
        QTest::newRow("short") << QByteArray("SHA256(a.ovf)= abcd\n")
                               << "line 1: the SHA256 digest of \"a.ovf\" must be 64 hex digits";
        QTest::newRow("sha1 length for sha256")
            << QByteArray("SHA256(a.ovf)= " + abcSha1 + "\n") << "must be 64 hex digits";
        QTest::newRow("not hex") << QByteArray("SHA1(a.ovf)= " + QByteArray(40, 'g') + "\n")
                                 << "must be 40 hex digits";
        QTest::newRow("empty digest") << QByteArray("SHA1(a.ovf)=\n") << "must be 40 hex digits";
        QTest::newRow("duplicate")
            << QByteArray(good + "\n" + good) << "line 3 lists \"a.ovf\" a second time";
        QTest::newRow("empty name")
            << QByteArray("SHA1()= " + abcSha1) << "line 1 has an empty file name";
    }

    void refusesWithLineNumber()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, reasonContains);
        QString error;
        QVERIFY(!Manifest::parse(text, &error));
        QVERIFY2(error.contains(reasonContains), qPrintable(error));
    }

    void algorithmNames()
    {
        for (DigestAlgorithm a :
             { DigestAlgorithm::Sha1, DigestAlgorithm::Sha256, DigestAlgorithm::Sha512 }) {
            QCOMPARE(digestAlgorithmFromName(digestAlgorithmName(a)), a);
            QCOMPARE(digestAlgorithmFromName(digestAlgorithmName(a).toLower()), a);
        }
        QVERIFY(!digestAlgorithmFromName(QStringLiteral("MD5")));
        QCOMPARE(digestHexLength(DigestAlgorithm::Sha512), 128);
    }

    void fileDigestsMatchKnownVectors()
    {
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("abc"), "abc");
        QVERIFY(!path.isEmpty());
        QString error;
        QCOMPARE(Manifest::fileDigestHex(path, DigestAlgorithm::Sha1, &error), abcSha1);
        QCOMPARE(Manifest::fileDigestHex(path, DigestAlgorithm::Sha256, &error), abcSha256);
        QCOMPARE(Manifest::fileDigestHex(path, DigestAlgorithm::Sha512, &error), abcSha512);
        QCOMPARE(Manifest::digestHex("abc", DigestAlgorithm::Sha256), abcSha256);
    }

    void fileDigestStreamsAcrossBlocks()
    {
        // 2.5 MiB: several 1 MiB reads plus a partial one must hash like the whole buffer.
        QByteArray data(2 * 1024 * 1024 + 512 * 1024, Qt::Uninitialized);
        for (int i = 0; i < data.size(); ++i)
            data[i] = static_cast<char>((i * 131) ^ (i >> 9));
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("big"), data);
        QString error;
        QCOMPARE(Manifest::fileDigestHex(path, DigestAlgorithm::Sha256, &error),
                 QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
    }

    void fileDigestOfMissingFileIsAnError()
    {
        QString error;
        QVERIFY(
            Manifest::fileDigestHex(QStringLiteral("/nonexistent/f"), DigestAlgorithm::Sha1, &error)
                .isEmpty());
        QVERIFY2(error.contains(QLatin1String("/nonexistent/f")), qPrintable(error));
    }

    void verifiesReceivedFiles()
    {
        QTemporaryDir dir;
        const QString good = writeFile(dir, QStringLiteral("good.vmdk"), "abc");
        const QString bad = writeFile(dir, QStringLiteral("bad.vmdk"), "abd");
        const QString extra = writeFile(dir, QStringLiteral("extra.iso"), "x");
        const QString mf = writeFile(dir, QStringLiteral("p.mf"), "whatever");
        QString error;
        const auto m = Manifest::parse("SHA256(good.vmdk)= " + abcSha256
                                           + "\n"
                                             "SHA1(bad.vmdk)= "
                                           + abcSha1
                                           + "\n"
                                             "SHA256(later.vmdk)= "
                                           + abcSha256 + "\n",
                                       &error);
        QVERIFY2(m, qPrintable(error));

        QVERIFY(!m->verifyFile(QStringLiteral("good.vmdk"), good));
        QVERIFY(!m->verifyFile(QStringLiteral("p.mf"), mf));
        QVERIFY(!m->verifyFile(QStringLiteral("p.cert"), mf));
        const auto mismatch = m->verifyFile(QStringLiteral("bad.vmdk"), bad);
        QVERIFY(mismatch);
        QCOMPARE(mismatch->fileName, QStringLiteral("bad.vmdk"));
        QVERIFY2(mismatch->message.contains(QLatin1String(abcSha1))
                     && mismatch->message.contains(QLatin1String("SHA1"))
                     && mismatch->message.contains(QLatin1String("line 2")),
                 qPrintable(mismatch->message));

        // Files not received yet are fine; .mf/.cert are skipped; unlisted files are problems.
        const QList<DigestProblem> problems = m->verifyFiles({
            { QStringLiteral("good.vmdk"), good },
            { QStringLiteral("bad.vmdk"), bad },
            { QStringLiteral("extra.iso"), extra },
            { QStringLiteral("p.mf"), mf },
            { QStringLiteral("p.cert"), mf },
        });
        QCOMPARE(problems.size(), 2);
        QCOMPARE(problems.at(0).fileName, QStringLiteral("bad.vmdk"));
        QCOMPARE(problems.at(1).fileName, QStringLiteral("extra.iso"));
        QVERIFY2(problems.at(1).message.contains(QLatin1String("not listed")),
                 qPrintable(problems.at(1).message));

        const auto unreadable = m->verifyFile(QStringLiteral("good.vmdk"), dir.filePath("gone"));
        QVERIFY(unreadable);
        QVERIFY2(unreadable->message.contains(QLatin1String("gone")),
                 qPrintable(unreadable->message));
    }
};

QTEST_GUILESS_MAIN(TestManifest)
#include "TestManifest.moc"
