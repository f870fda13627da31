// cl-simulator's OVF adapter with packages as other producers write them (ProducerPackage:
// ovftool 4.0/4.1, VirtualBox, OVF 0.9, OVF 2.0), driven over HTTPS by a plain client: what it
// accepts (ovftool 4.0's manifest without the .ovf, signed too; chunked disks; a readme the
// manifest lists), and how it reports a descriptor it refuses (never a preview AVAILABLE).
#include "SimOvfFixture.h"
#include "ovf/ProducerPackage.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

using namespace clu::test;
using namespace clu::sim::ovf;

class TestSimOvfProducers : public QObject, protected SimOvfFixture
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void ovftool40ManifestWithoutDescriptor_data();
    void ovftool40ManifestWithoutDescriptor();
    void chunkedDisksAreSessionFiles();
    void wrongChunkSizeIsInvalid();
    void refusedDescriptorIsNeverAvailable_data();
    void refusedDescriptorIsNeverAvailable();
    void urlHrefNamedAsUrl();

private:
    ProducerPackage write(ProducerSpec spec);
    void push(const QString &sid, const QString &path);
    QJsonObject previewWhenSettled(const QString &sid)
    {
        return m_c->previewWhenSettled(sid, 10000);
    }
    QJsonObject validate(const QString &sid);
};

void TestSimOvfProducers::init()
{
    const QString problem = setUp(QStringLiteral("Producers"));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestSimOvfProducers::cleanup()
{
    tearDown();
}

ProducerPackage TestSimOvfProducers::write(ProducerSpec spec)
{
    QString error;
    const auto pkg = ProducerPackageWriter::write(spec, nextPackageDir(), &error);
    if (!pkg)
        qFatal("ProducerPackageWriter failed: %s", qPrintable(error));
    return *pkg;
}

// Adds and sends one file of the package; both must succeed.
void TestSimOvfProducers::push(const QString &sid, const QString &path)
{
    const SimClient::Pushed pushed = m_c->pushFile(sid, path);
    QVERIFY2(pushed.sent(), qPrintable(path + QStringLiteral(": ") + pushed.put.describe()));
}

QJsonObject TestSimOvfProducers::validate(const QString &sid)
{
    return m_c->call("POST", SimClient::sessionPath(sid) + QStringLiteral("/file?action=validate"))
        .obj();
}

static QStringList names(const QStringList &paths, bool sorted = false)
{
    QStringList out;
    for (const QString &p : paths)
        out << QFileInfo(p).fileName();
    if (sorted)
        out.sort();
    return out;
}

void TestSimOvfProducers::ovftool40ManifestWithoutDescriptor_data()
{
    QTest::addColumn<bool>("sign");
    QTest::newRow("unsigned") << false;
    QTest::newRow("signed") << true;
}

void TestSimOvfProducers::ovftool40ManifestWithoutDescriptor()
{
    QFETCH(bool, sign);
    ProducerSpec spec;
    spec.producer = Producer::Ovftool40;
    spec.sign = sign;
    const ProducerPackage pkg = write(spec);
    QFile mf(pkg.manifestPath);
    QVERIFY(mf.open(QIODevice::ReadOnly));
    QVERIFY(!mf.readAll().contains(".ovf)"));

    const QString sid = newSession(QStringLiteral("ovftool40"));
    push(sid, pkg.manifestPath);
    if (sign)
        push(sid, pkg.certPath);
    push(sid, pkg.ovfPath);
    const QJsonObject preview = previewWhenSettled(sid);
    QCOMPARE(preview.value(QLatin1String("state")).toString(), QStringLiteral("AVAILABLE"));
    // The .ovf is not in the manifest: vCenter imports ovftool's output, so it is not invalid.
    QVERIFY2(validate(sid).value(QLatin1String("invalid_files")).toArray().isEmpty(),
             qPrintable(QJsonDocument(validate(sid)).toJson()));
    if (sign) {
        QCOMPARE(SimClient::warningTypes(preview),
                 (QStringList { QStringLiteral("SELF_SIGNED_CERTIFICATE"),
                                QStringLiteral("UNTRUSTED_CERTIFICATE") }));
        QCOMPARE(m_c->ignoreWarnings(sid, SimClient::warningTypes(preview)).status, 204);
    }
    for (const QString &d : pkg.diskFiles)
        push(sid, d);
    const QJsonObject v = validate(sid);
    QVERIFY2(!v.value(QLatin1String("has_errors")).toBool(), qPrintable(QJsonDocument(v).toJson()));
    const SimReply done =
        m_c->call("POST", SimClient::sessionPath(sid) + QStringLiteral("?action=complete"));
    QVERIFY2(done.status == 204, qPrintable(done.describe()));
    QCOMPARE(
        m_c->itemFileNames(m_item),
        (QStringList { QStringLiteral("appliance-disk1.vmdk"), QStringLiteral("appliance.ovf") }));
}

void TestSimOvfProducers::chunkedDisksAreSessionFiles()
{
    ProducerSpec spec;
    spec.producer = Producer::Ovftool41;
    spec.diskSizes = { 100 * 1024, 30 * 1024 };
    spec.streamOptimizedDisks = false; // raw: the chunk counts follow from the exact sizes
    spec.chunkSize = 40 * 1024;
    spec.sign = true;
    const ProducerPackage pkg = write(spec);
    QCOMPARE(names(pkg.diskFiles),
             (QStringList { "appliance-disk1.vmdk.000000000", "appliance-disk1.vmdk.000000001",
                            "appliance-disk1.vmdk.000000002", "appliance-disk2.vmdk.000000000" }));

    const QString sid = newSession(QStringLiteral("chunked"));
    for (const QString &p : { pkg.manifestPath, pkg.certPath, pkg.ovfPath })
        push(sid, p);
    QCOMPARE(previewWhenSettled(sid).value(QLatin1String("state")).toString(),
             QStringLiteral("AVAILABLE"));
    // What the server waits for are the chunks, by ovftool's names, not the unsplit hrefs.
    QJsonObject v = validate(sid);
    QStringList missing;
    for (const QJsonValue &m : v.value(QLatin1String("missing_files")).toArray())
        missing << m.toString();
    QCOMPARE(missing, names(pkg.diskFiles));
    m_c->ignoreWarnings(sid, SimClient::warningTypes(previewWhenSettled(sid)));
    for (const QString &d : pkg.diskFiles)
        push(sid, d);
    v = validate(sid);
    QVERIFY2(!v.value(QLatin1String("has_errors")).toBool(), qPrintable(QJsonDocument(v).toJson()));
    const SimReply done =
        m_c->call("POST", SimClient::sessionPath(sid) + QStringLiteral("?action=complete"));
    QVERIFY2(done.status == 204, qPrintable(done.describe()));
    QCOMPARE(m_c->itemFileNames(m_item), names(QStringList { pkg.ovfPath } + pkg.diskFiles, true));
}

void TestSimOvfProducers::wrongChunkSizeIsInvalid()
{
    ProducerSpec spec;
    spec.producer = Producer::Ovftool41;
    spec.diskSizes = { 100 * 1024 };
    spec.chunkSize = 40 * 1024;
    const ProducerPackage pkg = write(spec);
    // A truncated middle chunk (a copy that stopped early): not what ovf:chunkSize promises.
    QFile middle(pkg.diskFiles.at(1));
    QVERIFY(middle.resize(1000));
    const QString sid = newSession(QStringLiteral("bad-chunk"));
    for (const QString &p : { pkg.manifestPath, pkg.ovfPath })
        push(sid, p);
    for (const QString &d : pkg.diskFiles)
        push(sid, d);
    const QJsonArray invalid = validate(sid).value(QLatin1String("invalid_files")).toArray();
    QCOMPARE(invalid.size(), 1);
    const QJsonObject bad = invalid.first().toObject();
    QCOMPARE(bad.value(QLatin1String("name")).toString(),
             QStringLiteral("appliance-disk1.vmdk.000000001"));
    const QString why = bad.value(QLatin1String("error_message"))
                            .toObject()
                            .value(QLatin1String("default_message"))
                            .toString();
    QVERIFY2(why.contains(QStringLiteral("1000 bytes")) && why.contains(QStringLiteral("40960")),
             qPrintable(why));
}

void TestSimOvfProducers::refusedDescriptorIsNeverAvailable_data()
{
    QTest::addColumn<int>("producer");
    QTest::addColumn<bool>("doctype");
    QTest::addColumn<QString>("reason");
    QTest::newRow("OVF 0.9 namespace")
        << int(Producer::Ovf09) << false << QStringLiteral("http://www.vmware.com/schema/ovf/1");
    QTest::newRow("DTD") << int(Producer::Ovftool41) << true << QStringLiteral("DTD");
}

void TestSimOvfProducers::refusedDescriptorIsNeverAvailable()
{
    QFETCH(int, producer);
    QFETCH(bool, doctype);
    QFETCH(QString, reason);
    ProducerSpec spec;
    spec.producer = Producer(producer);
    spec.withDoctype = doctype;
    const ProducerPackage pkg = write(spec);
    const QString sid = newSession(QStringLiteral("refused"));
    push(sid, pkg.manifestPath);
    push(sid, pkg.ovfPath);
    // Settled or not, it must never claim AVAILABLE: PreviewInfo has no error state, so the
    // preview stays UNAVAILABLE while validate names the descriptor and the reason.
    QTest::qWait(300);
    const QJsonObject preview =
        m_c->getSession(sid).value(QLatin1String("preview_info")).toObject();
    QCOMPARE(preview.value(QLatin1String("state")).toString(), QStringLiteral("UNAVAILABLE"));
    const QJsonArray invalid = validate(sid).value(QLatin1String("invalid_files")).toArray();
    QCOMPARE(invalid.size(), 1);
    QCOMPARE(invalid.first().toObject().value(QLatin1String("name")).toString(),
             QStringLiteral("appliance.ovf"));
    const QString why = invalid.first()
                            .toObject()
                            .value(QLatin1String("error_message"))
                            .toObject()
                            .value(QLatin1String("default_message"))
                            .toString();
    QVERIFY2(why.contains(reason), qPrintable(why));
}

void TestSimOvfProducers::urlHrefNamedAsUrl()
{
    ProducerSpec spec;
    spec.producer = Producer::Ovf20;
    const ProducerPackage pkg = write(spec);
    QFile f(pkg.ovfPath);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QByteArray xml = f.readAll();
    f.close();
    xml.replace("ovf:href=\"appliance-disk1.vmdk\"",
                "ovf:href=\"http://downloads.example.com/appliance-disk1.vmdk\"");
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(xml);
    f.close();
    const QString sid = newSession(QStringLiteral("url-href"));
    push(sid, pkg.ovfPath);
    const QJsonArray invalid = validate(sid).value(QLatin1String("invalid_files")).toArray();
    QCOMPARE(invalid.size(), 1);
    const QString why = invalid.first()
                            .toObject()
                            .value(QLatin1String("error_message"))
                            .toObject()
                            .value(QLatin1String("default_message"))
                            .toString();
    QVERIFY2(why.contains(QStringLiteral("is a URL")) && !why.contains(QStringLiteral("separator")),
             qPrintable(why));
}

QTEST_GUILESS_MAIN(TestSimOvfProducers)
#include "TestSimOvfProducers.moc"
