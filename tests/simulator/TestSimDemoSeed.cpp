// `cl-simulator --seed demo` serves what product.md "Demo mode" promises, generated at start.
#include "SimClient.h"
#include "SimulatorProcess.h"

#include <QtTest>

using namespace clu::test;

class TestSimDemoSeed : public QObject
{
    Q_OBJECT
private slots:
    void demoContent();
};

void TestSimDemoSeed::demoContent()
{
    SimulatorProcess sim({ QStringLiteral("--seed"), QStringLiteral("demo") });
    QVERIFY2(sim.start(60000), qPrintable(sim.errorString()));
    SimClient c(sim);
    QVERIFY(c.login());
    int local = 0, subscribed = 0, items = 0;
    for (const QJsonValue &id : c.call("GET", QStringLiteral("/api/content/library")).arr()) {
        const QJsonObject lib =
            c.call("GET", QStringLiteral("/api/content/library/") + id.toString()).obj();
        (lib.value(QLatin1String("type")).toString() == QLatin1String("LOCAL") ? local
                                                                               : subscribed)++;
        items += int(
            c.call("GET", QStringLiteral("/api/content/library/item?library_id=") + id.toString())
                .arr()
                .size());
    }
    QCOMPARE(local, 2);
    QCOMPARE(subscribed, 1);
    QVERIFY(items >= 6);

    QStringList states;
    QList<QStringList> warnings;
    for (const QJsonValue &id :
         c.call("GET", QStringLiteral("/api/content/library/item/update-session")).arr()) {
        const QJsonObject s = c.getSession(id.toString());
        states.append(s.value(QLatin1String("state")).toString());
        if (s.value(QLatin1String("state")).toString() == QLatin1String("ERROR"))
            QVERIFY(s.value(QLatin1String("error_message"))
                        .toObject()
                        .value(QLatin1String("default_message"))
                        .toString()
                        .contains(QStringLiteral("Pipe closed")));
        const QJsonObject p = s.value(QLatin1String("preview_info")).toObject();
        if (p.value(QLatin1String("state")).toString() == QLatin1String("AVAILABLE")) {
            QStringList types;
            for (const QJsonValue &w : p.value(QLatin1String("warnings")).toArray())
                types.append(w.toObject().value(QLatin1String("type")).toString());
            warnings.append(types);
            QVERIFY(p.value(QLatin1String("certificate_info"))
                        .toObject()
                        .value(QLatin1String("self_signed"))
                        .toBool());
            // waiting for its disk
            bool waiting = false;
            for (const QJsonValue &f :
                 c.call("GET", SimClient::sessionPath(id.toString()) + QStringLiteral("/file"))
                     .arr())
                waiting = waiting
                    || f.toObject().value(QLatin1String("status")).toString()
                        == QLatin1String("WAITING_FOR_TRANSFER");
            QVERIFY(waiting);
        }
    }
    QCOMPARE(states.count(QStringLiteral("ERROR")), 1);
    QCOMPARE(states.count(QStringLiteral("ACTIVE")), 2);
    QCOMPARE(warnings.size(), 2);
    bool sawExpired = false;
    for (const QStringList &w : warnings) {
        QVERIFY(w.contains(QStringLiteral("SELF_SIGNED_CERTIFICATE")));
        sawExpired = sawExpired || w.contains(QStringLiteral("EXPIRED_CERTIFICATE"));
    }
    QVERIFY(sawExpired);
    // The CA of the CA-signed package is trusted.
    QCOMPARE(c.call("GET", QStringLiteral("/api/content/trusted-certificates")).arr().size(), 1);
    const QJsonArray gateway =
        c.call("POST", QStringLiteral("/api/content/library/item?action=find"),
               QJsonObject { { QStringLiteral("name"), QStringLiteral("corp-gateway") } })
            .arr();
    QCOMPARE(gateway.size(), 1);
    QVERIFY(c.call("GET", QStringLiteral("/api/content/library/item/") + gateway.first().toString())
                .obj()
                .value(QLatin1String("size"))
                .toInteger()
            > 0);
}

QTEST_GUILESS_MAIN(TestSimDemoSeed)
#include "TestSimDemoSeed.moc"
