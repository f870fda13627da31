// cl-simulator's OVF adapter with packages as other producers write them (ProducerPackage:
// ovftool 4.0/4.1, VirtualBox, OVF 0.9, OVF 2.0), driven over HTTPS by a plain client: what it
// accepts (ovftool 4.0's manifest without the .ovf, signed too; chunked disks; a readme the
// manifest lists), and how it reports a descriptor it refuses (never a preview AVAILABLE).
#include "SimClient.h"
#include "SimulatorProcess.h"
#include "ovf/ProducerPackage.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

using namespace clu::test;
using namespace clu::sim::ovf;

class TestSimOvfProducers : public QObject
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
    QString newSession(const QString &name);
    void push(const QString &sid, const QString &path);
    QJsonObject previewWhenSettled(const QString &sid);
    QJsonObject validate(const QString &sid);
    QStringList itemFiles();

    std::unique_ptr<SimulatorProcess> m_sim;
    std::unique_ptr<SimClient> m_c;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_lib, m_item;
    int m_count = 0;
};

void TestSimOvfProducers::init()
{
    m_sim = std::make_unique<SimulatorProcess>();
    QVERIFY2(m_sim->start(), qPrintable(m_sim->errorString()));
    m_c = std::make_unique<SimClient>(*m_sim);
    QVERIFY(m_c->login());
    m_lib = m_c->createLibrary(QStringLiteral("Producers"));
    m_dir = std::make_unique<QTemporaryDir>();
}

void TestSimOvfProducers::cleanup()
{
    m_c.reset();
    m_sim.reset();
}

ProducerPackage TestSimOvfProducers::write(ProducerSpec spec)
{
    QString error;
    const auto pkg = ProducerPackageWriter::write(
        spec, m_dir->path() + QStringLiteral("/p%1").arg(++m_count), &error);
    if (!pkg)
        qFatal("ProducerPackageWriter failed: %s", qPrintable(error));
    return *pkg;
}

QString TestSimOvfProducers::newSession(const QString &name)
{
    m_item = m_c->createItem(m_lib, name, QStringLiteral("ovf"));
    return m_c->createSession(m_item);
}

void TestSimOvfProducers::push(const QString &sid, const QString &path)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray data = f.readAll();
    const QJsonObject added =
        m_c->addFile(sid,
                     { { QStringLiteral("name"), QFileInfo(path).fileName() },
                       { QStringLiteral("source_type"), QStringLiteral("PUSH") },
                       { QStringLiteral("size"), data.size() } });
    const QString uri = added.value(QLatin1String("upload_endpoint"))
                            .toObject()
                            .value(QLatin1String("uri"))
                            .toString();
    QVERIFY2(!uri.isEmpty(), qPrintable(path));
    const SimReply r = m_c->uploadBytes(uri, data);
    QVERIFY2(r.status == 200 || r.status == 201 || r.status == 204, qPrintable(r.describe()));
}

QJsonObject TestSimOvfProducers::previewWhenSettled(const QString &sid)
{
    QDeadlineTimer deadline(10000);
    QJsonObject s;
    while (!deadline.hasExpired()) {
        s = m_c->getSession(sid);
        const QString p = s.value(QLatin1String("preview_info"))
                              .toObject()
                              .value(QLatin1String("state"))
                              .toString();
        if (p == QLatin1String("AVAILABLE") || p == QLatin1String("NOT_APPLICABLE")
            || s.value(QLatin1String("state")).toString() != QLatin1String("ACTIVE"))
            break;
        QTest::qWait(100);
    }
    return s.value(QLatin1String("preview_info")).toObject();
}

QJsonObject TestSimOvfProducers::validate(const QString &sid)
{
    return m_c->call("POST", SimClient::sessionPath(sid) + QStringLiteral("/file?action=validate"))
        .obj();
}

QStringList TestSimOvfProducers::itemFiles()
{
    QStringList names;
    for (const QJsonValue &f :
         m_c->call("GET",
                   QStringLiteral("/api/content/library/item/") + m_item + QStringLiteral("/file"))
             .arr())
        names.append(f.toObject().value(QLatin1String("name")).toString());
    names.sort();
    return names;
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

static QStringList warningTypes(const QJsonObject &preview)
{
    QStringList t;
    for (const QJsonValue &w : preview.value(QLatin1String("warnings")).toArray())
        t.append(w.toObject().value(QLatin1String("type")).toString());
    return t;
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
        QCOMPARE(warningTypes(preview), (QStringList { QStringLiteral("SELF_SIGNED_CERTIFICATE"),
                                                        QStringLiteral("UNTRUSTED_CERTIFICATE") }));
        QJsonArray ignore;
        for (const QString &t : warningTypes(preview))
            ignore.append(QJsonObject { { QStringLiteral("type"), t },
                                        { QStringLiteral("ignored"), true } });
        QCOMPARE(m_c->call("PATCH", SimClient::sessionPath(sid),
                           QJsonObject { { QStringLiteral("warning_behavior"), ignore } })
                     .status,
                 204);
    }
    for (const QString &d : pkg.diskFiles)
        push(sid, d);
    const QJsonObject v = validate(sid);
    QVERIFY2(!v.value(QLatin1String("has_errors")).toBool(), qPrintable(QJsonDocument(v).toJson()));
    const SimReply done =
        m_c->call("POST", SimClient::sessionPath(sid) + QStringLiteral("?action=complete"));
    QVERIFY2(done.status == 204, qPrintable(done.describe()));
    QCOMPARE(itemFiles(), (QStringList { QStringLiteral("appliance-disk1.vmdk"),
                                         QStringLiteral("appliance.ovf") }));
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
    QJsonArray ignore;
    for (const QString &t : warningTypes(previewWhenSettled(sid)))
        ignore.append(
            QJsonObject { { QStringLiteral("type"), t }, { QStringLiteral("ignored"), true } });
    m_c->call("PATCH", SimClient::sessionPath(sid),
              QJsonObject { { QStringLiteral("warning_behavior"), ignore } });
    for (const QString &d : pkg.diskFiles)
        push(sid, d);
    v = validate(sid);
    QVERIFY2(!v.value(QLatin1String("has_errors")).toBool(), qPrintable(QJsonDocument(v).toJson()));
    const SimReply done =
        m_c->call("POST", SimClient::sessionPath(sid) + QStringLiteral("?action=complete"));
    QVERIFY2(done.status == 204, qPrintable(done.describe()));
    QCOMPARE(itemFiles(), names(QStringList { pkg.ovfPath } + pkg.diskFiles, true));
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
    const QJsonObject preview = m_c->getSession(sid).value(QLatin1String("preview_info")).toObject();
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
