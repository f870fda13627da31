// CertificateProbe against real servers on loopback: the simulator's HTTPS port (a self-signed
// certificate), its plain-HTTP control port, a closed port and a server that never answers.
#include "SimulatorProcess.h"
#include "net/CertificateProbe.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QtTest>

using clu::CertificateProbe;
using clu::ProbedCertificate;

class TestCertificateProbe : public QObject
{
    Q_OBJECT
private:
    static ProbedCertificate probe(const QUrl &url,
                                   std::chrono::milliseconds timeout = std::chrono::seconds(20))
    {
        CertificateProbe p;
        QSignalSpy spy(&p, &CertificateProbe::finished);
        p.probe(url, timeout);
        if (!spy.wait(60000))
            return {};
        return spy.first().first().value<ProbedCertificate>();
    }

private slots:
    void initTestCase() { QVERIFY2(m_sim.start(), qPrintable(m_sim.errorString())); }

    void selfSignedServerIsShownWithWhyItIsNotTrusted()
    {
        QUrl url = m_sim.baseUrl();
        url.setPath(QStringLiteral("/files/disk.iso"));
        const ProbedCertificate r = probe(url);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.chain.first(), m_sim.certificate());
        QCOMPARE(r.host, QStringLiteral("127.0.0.1"));
        QCOMPARE(r.port, quint16(m_sim.baseUrl().port()));
        // The simulator's certificate is its own issuer, which the system CAs do not know.
        QVERIFY(!r.trustErrors.isEmpty());
        bool selfSigned = false;
        for (const QSslError &e : r.trustErrors)
            selfSigned = selfSigned || e.error() == QSslError::SelfSignedCertificate;
        QVERIFY2(selfSigned, qPrintable(r.trustErrors.first().errorString()));
    }

    void plainHttpServerIsAHandshakeFailure()
    {
        QUrl url = m_sim.controlUrl();
        url.setScheme(QStringLiteral("https"));
        const ProbedCertificate r = probe(url);
        QVERIFY(!r.ok());
        QVERIFY2(r.error.contains(QStringLiteral("127.0.0.1:%1").arg(url.port())),
                 qPrintable(r.error));
        QVERIFY(r.chain.isEmpty());
    }

    void closedPortNamesHostAndReason()
    {
        QTcpServer s;
        QVERIFY(s.listen(QHostAddress::LocalHost));
        const quint16 port = s.serverPort();
        s.close(); // nothing listens there any more
        const ProbedCertificate r =
            probe(QUrl(QStringLiteral("https://127.0.0.1:%1/x.iso").arg(port)));
        QVERIFY(!r.ok());
        QVERIFY2(r.error.contains(QStringLiteral("127.0.0.1:%1").arg(port)), qPrintable(r.error));
        QVERIFY2(r.error.contains(QStringLiteral("refused"), Qt::CaseInsensitive),
                 qPrintable(r.error));
    }

    void silentServerTimesOut()
    {
        QTcpServer s; // accepts the connection, never speaks TLS
        QVERIFY(s.listen(QHostAddress::LocalHost));
        const ProbedCertificate r =
            probe(QUrl(QStringLiteral("https://127.0.0.1:%1/").arg(s.serverPort())),
                  std::chrono::milliseconds(300));
        QVERIFY(!r.ok());
        QVERIFY2(r.error.contains(QStringLiteral("did not complete a TLS handshake")),
                 qPrintable(r.error));
    }

    void onlyHttpsUrlsHaveACertificate()
    {
        const ProbedCertificate r = probe(QUrl(QStringLiteral("http://127.0.0.1/x.iso")));
        QVERIFY(!r.ok());
        QVERIFY2(r.error.contains(QStringLiteral("http://127.0.0.1/x.iso")), qPrintable(r.error));
    }

    void abortEndsQuietlyAndAllowsANewProbe()
    {
        QTcpServer s;
        QVERIFY(s.listen(QHostAddress::LocalHost));
        CertificateProbe p;
        QSignalSpy spy(&p, &CertificateProbe::finished);
        p.probe(QUrl(QStringLiteral("https://127.0.0.1:%1/").arg(s.serverPort())));
        QVERIFY(p.isRunning());
        p.abort();
        QVERIFY(!p.isRunning());
        p.probe(m_sim.baseUrl());
        QVERIFY(spy.wait(60000));
        QCOMPARE(spy.size(), 1);
        QVERIFY(spy.first().first().value<ProbedCertificate>().ok());
    }

private:
    clu::test::SimulatorProcess m_sim;
};

QTEST_GUILESS_MAIN(TestCertificateProbe)
#include "TestCertificateProbe.moc"
