// cl-uploader-cli against govmomi's vcsim, the vCenter simulator govc's users test against:
// software this project did not write, speaking only the /rest flavor, with Go's spelling of
// "nothing" (null lists, omitted zero fields), no file state machine and an empty validate.
// The upload must land byte for byte in vcsim's datastore, and vcsim's default 1024-bit RSA
// certificate must be refused with a message that names the key and what to do.
#include "VcsimProcess.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

using clu::test::VcsimProcess;

class TestVcsim : public QObject
{
    Q_OBJECT
private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
        QJsonValue json() const
        {
            // `[` + out + `]` takes any JSON value the CLI prints (object or array).
            return QJsonDocument::fromJson('[' + out.toUtf8() + ']').array().at(0);
        }
    };

    std::unique_ptr<VcsimProcess> m_vcsim; // 2048-bit certificate
    QTemporaryDir m_dir;
    QString m_libraryId;
    const QString m_libraryName = QStringLiteral("vcsim-lib");

    static QProcessEnvironment env(const VcsimProcess &v)
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("CLU_URL"), v.baseUrl().toString());
        e.insert(QStringLiteral("CLU_USERNAME"), QStringLiteral("administrator@vsphere.local"));
        e.insert(QStringLiteral("CLU_PASSWORD"), QStringLiteral("any-password-vcsim-takes"));
        e.insert(QStringLiteral("CLU_THUMBPRINT"), v.certificateSha256());
        e.remove(QStringLiteral("CLU_INSECURE"));
        e.remove(QStringLiteral("QT_LOGGING_RULES"));
        return e;
    }

    static Run run(const QStringList &args, const QProcessEnvironment &e)
    {
        QProcess p;
        p.setProcessEnvironment(e);
        p.start(qEnvironmentVariable("CLU_CLI"), args);
        p.closeWriteChannel();
        if (!p.waitForFinished(120000)) {
            p.kill();
            p.waitForFinished();
            return {};
        }
        return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                 QString::fromUtf8(p.readAllStandardOutput()),
                 QString::fromUtf8(p.readAllStandardError()) };
    }

private slots:
    void initTestCase()
    {
        QVERIFY(!qEnvironmentVariable("CLU_CLI").isEmpty());
        m_vcsim = std::make_unique<VcsimProcess>(2048);
        QVERIFY2(m_vcsim->start(), qPrintable(m_vcsim->errorString()));
        QCOMPARE(m_vcsim->certificateKeyBits(), 2048);
        QVERIFY(m_dir.isValid());
    }

    void cleanupTestCase() { m_vcsim.reset(); }

    // Before anything exists: vcsim answers {"value":null} for every empty list.
    void emptyListsAreNull()
    {
        int status = 0;
        const QJsonValue raw =
            m_vcsim->rest("GET", QStringLiteral("/rest/com/vmware/content/library"), {}, &status);
        QCOMPARE(status, 200);
        QVERIFY2(raw.isNull(), "vcsim should spell an empty list as null");

        const Run libs =
            run({ QStringLiteral("libraries"), QStringLiteral("--json") }, env(*m_vcsim));
        QVERIFY2(libs.exitCode == 0, qPrintable(libs.err));
        QVERIFY(libs.json().isArray());
        QCOMPARE(libs.json().toArray().size(), 0);

        const Run sessions =
            run({ QStringLiteral("sessions"), QStringLiteral("--json") }, env(*m_vcsim));
        QVERIFY2(sessions.exitCode == 0, qPrintable(sessions.err));
        QVERIFY(sessions.json().isArray());
        QCOMPARE(sessions.json().toArray().size(), 0);
    }

    // vcsim has only /rest: login falls back from /api (404) and lists work in both outputs.
    void librariesAndItems()
    {
        m_libraryId = m_vcsim->createLibrary(m_libraryName);
        QVERIFY2(!m_libraryId.isEmpty(), qPrintable(m_vcsim->output()));

        const Run libs =
            run({ QStringLiteral("libraries"), QStringLiteral("--json") }, env(*m_vcsim));
        QVERIFY2(libs.exitCode == 0, qPrintable(libs.err));
        const QJsonArray list = libs.json().toArray();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.at(0)[QLatin1String("id")].toString(), m_libraryId);
        QCOMPARE(list.at(0)[QLatin1String("name")].toString(), m_libraryName);

        const Run text = run({ QStringLiteral("libraries") }, env(*m_vcsim));
        QVERIFY2(text.exitCode == 0, qPrintable(text.err));
        QVERIFY2(text.out.contains(m_libraryName), qPrintable(text.out));

        // A library without items: null again, by name and by id.
        for (const QString &which : { m_libraryName, m_libraryId }) {
            const Run items =
                run({ QStringLiteral("items"), which, QStringLiteral("--json") }, env(*m_vcsim));
            QVERIFY2(items.exitCode == 0, qPrintable(items.err));
            QCOMPARE(items.json().toArray().size(), 0);
        }
    }

    // The CLI creates the item and uploads a file; vcsim's datastore holds exactly its bytes.
    void uploadFileItem()
    {
        if (m_libraryId.isEmpty())
            QSKIP("no library (librariesAndItems failed)");
        QByteArray data(3 * 1024 * 1024 + 12345, Qt::Uninitialized);
        QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(data.data()),
                                              data.size() / 4);
        const QString path = m_dir.filePath(QStringLiteral("payload.bin"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QCOMPARE(f.write(data), data.size());
        f.close();

        const Run up = run({ QStringLiteral("upload"), QStringLiteral("--library"), m_libraryName,
                             QStringLiteral("--item"), QStringLiteral("random-bytes"),
                             QStringLiteral("--create-item"), QStringLiteral("--type"),
                             QStringLiteral("file"), QStringLiteral("--json"), path },
                           env(*m_vcsim));
        QVERIFY2(up.exitCode == 0, qPrintable(up.out + up.err));
        const QJsonObject o = up.json().toObject();
        QCOMPARE(o[QLatin1String("ok")].toBool(), true);
        QCOMPARE(o[QLatin1String("item_created")].toBool(), true);
        QCOMPARE(o[QLatin1String("bytes_sent")].toInteger(), qint64(data.size()));
        // vcsim never reports the file READY and validates nothing: the outcome says so.
        const QJsonArray notVerified = o[QLatin1String("not_verified")].toArray();
        QVERIFY2(notVerified.size() == 2, qPrintable(up.out));
        QVERIFY2(notVerified.at(0).toString().contains(QLatin1String("payload.bin")),
                 qPrintable(up.out));
        QVERIFY2(o[QLatin1String("message")].toString().contains(QLatin1String("Not verified")),
                 qPrintable(up.out));

        const QString itemId = o[QLatin1String("item_id")].toString();
        QVERIFY(!itemId.isEmpty());
        QFile landed(QStringLiteral("%1/contentlib-%2/%3/payload.bin")
                         .arg(m_vcsim->datastores().first().path, m_libraryId, itemId));
        QVERIFY2(landed.open(QIODevice::ReadOnly), qPrintable(landed.fileName()));
        const QByteArray stored = landed.readAll();
        QCOMPARE(stored.size(), data.size());
        QVERIFY2(stored == data, "the bytes on vcsim's datastore differ from the file sent");

        // The item lists the file now; the session was deleted after DONE.
        const Run items = run({ QStringLiteral("items"), m_libraryName, QStringLiteral("--json") },
                              env(*m_vcsim));
        QVERIFY2(items.exitCode == 0, qPrintable(items.err));
        QCOMPARE(items.json().toArray().size(), 1);
        QCOMPARE(items.json().toArray().at(0)[QLatin1String("id")].toString(), itemId);
        const Run sessions =
            run({ QStringLiteral("sessions"), QStringLiteral("--json") }, env(*m_vcsim));
        QVERIFY2(sessions.exitCode == 0, qPrintable(sessions.err));
        QCOMPARE(sessions.json().toArray().size(), 0);
    }

    // vcsim's own certificate has a 1024-bit RSA key, which OpenSSL (Debian: security level 2)
    // refuses even when trust is overridden: the message must say so, not "Unknown error".
    void weakKeyIsNamed_data()
    {
        QTest::addColumn<bool>("insecure");
        QTest::newRow("CLU_INSECURE=1") << true;
        QTest::newRow("pinned") << false;
    }
    void weakKeyIsNamed()
    {
        QFETCH(bool, insecure);
        VcsimProcess weak;
        QVERIFY2(weak.start(), qPrintable(weak.errorString()));
        QCOMPARE(weak.certificateKeyBits(), 1024);
        QProcessEnvironment e = env(weak);
        if (insecure) {
            e.remove(QStringLiteral("CLU_THUMBPRINT"));
            e.insert(QStringLiteral("CLU_INSECURE"), QStringLiteral("1"));
        }
        const Run r = run({ QStringLiteral("libraries") }, e);
        QCOMPARE(r.exitCode, 4); // ExitCode::TlsFailed
        QVERIFY2(r.err.contains(QLatin1String("1024-bit RSA key")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("2048 bits")), qPrintable(r.err));
        QVERIFY2(!r.err.contains(QLatin1String("Unknown error")), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestVcsim)
#include "TestVcsim.moc"
