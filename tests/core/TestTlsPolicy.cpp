#include "LoopbackServer.h"
#include "credentials/ServerProfile.h"
#include "net/RestClient.h"
#include "net/TlsPolicy.h"
#include "upload/FileUploadJob.h"

#include <QSignalSpy>
#include <QSslKey>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

using namespace clu;
using clu::test::LoopbackServer;

namespace {

// A fresh self-signed certificate for 127.0.0.1 (EC P-256), made in-process so every server of
// a test has its own identity.
QSslConfiguration makeServerTls(const char *commonName, QSslCertificate *certOut)
{
    EVP_PKEY *key = EVP_EC_gen("P-256");
    X509 *x = X509_new();
    X509_set_version(x, 2);
    static long serial = 1000;
    ASN1_INTEGER_set(X509_get_serialNumber(x), ++serial);
    X509_gmtime_adj(X509_getm_notBefore(x), -3600);
    X509_gmtime_adj(X509_getm_notAfter(x), 86400);
    X509_set_pubkey(x, key);
    X509_NAME *name = X509_get_subject_name(x);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC,
                               reinterpret_cast<const unsigned char *>(commonName), -1, -1, 0);
    X509_set_issuer_name(x, name);
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, x, x, nullptr, nullptr, 0);
    for (const auto &[nid, value] :
         { std::pair<int, const char *> { NID_subject_alt_name, "IP:127.0.0.1" },
           std::pair<int, const char *> { NID_basic_constraints, "critical,CA:TRUE" } }) {
        X509_EXTENSION *ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value);
        X509_add_ext(x, ext, -1);
        X509_EXTENSION_free(ext);
    }
    X509_sign(x, key, EVP_sha256());

    BIO *certBio = BIO_new(BIO_s_mem());
    PEM_write_bio_X509(certBio, x);
    BIO *keyBio = BIO_new(BIO_s_mem());
    PEM_write_bio_PrivateKey(keyBio, key, nullptr, nullptr, 0, nullptr, nullptr);
    char *data = nullptr;
    const long certLen = BIO_get_mem_data(certBio, &data);
    const QByteArray certPem(data, int(certLen));
    const long keyLen = BIO_get_mem_data(keyBio, &data);
    const QByteArray keyPem(data, int(keyLen));
    BIO_free(certBio);
    BIO_free(keyBio);
    X509_free(x);
    EVP_PKEY_free(key);

    QSslConfiguration cfg = QSslConfiguration::defaultConfiguration();
    const QSslCertificate cert(certPem, QSsl::Pem);
    cfg.setLocalCertificate(cert);
    cfg.setPrivateKey(QSslKey(keyPem, QSsl::Ec, QSsl::Pem));
    cfg.setPeerVerifyMode(QSslSocket::VerifyNone);
    if (certOut)
        *certOut = cert;
    return cfg;
}

ApiResult listLibraries(RestClient &client)
{
    ApiResult out;
    bool done = false;
    client.call(ApiRoutes(ApiFlavor::Api).listLibraries(), nullptr, [&](const ApiResult &r) {
        out = r;
        done = true;
    });
    if (!QTest::qWaitFor([&]() { return done; }, 20000)) {
        out.error.kind = ApiError::Kind::Canceled;
        out.error.detail = QStringLiteral("test gave up waiting");
    }
    return out;
}

struct TlsServer
{
    QSslCertificate cert;
    std::unique_ptr<LoopbackServer> server;
    explicit TlsServer(const char *cn)
    {
        server = std::make_unique<LoopbackServer>(makeServerTls(cn, &cert));
        server->fallback = LoopbackServer::http(200, "[\"lib1\"]");
    }
};

} // namespace

class TestTlsPolicy : public QObject
{
    Q_OBJECT
private slots:
    void init() { QSslConfiguration::setDefaultConfiguration(m_defaultTls); }
    void initTestCase() { m_defaultTls = QSslConfiguration::defaultConfiguration(); }

    void untrustedCertificateFailsWithTheChain()
    {
        TlsServer a("server-a");
        QVERIFY(a.server->listen());
        RestClient client;
        client.setBaseUrl(a.server->url());
        QSignalSpy refused(client.tlsPolicy(), &TlsPolicy::refused);
        const ApiResult r = listLibraries(client);
        QCOMPARE(r.error.kind, ApiError::Kind::Tls);
        QVERIFY(!r.error.peerChain.isEmpty());
        QCOMPARE(r.error.peerChain.first(), a.cert);
        QVERIFY(!r.error.sslErrors.isEmpty());
        QVERIFY2(
            r.error.message().contains(ServerProfile::formatThumbprint(TlsPolicy::sha256(a.cert))),
            qPrintable(r.error.message()));
        QCOMPARE(refused.size(), 1);
        QVERIFY(a.server->requests.isEmpty()); // nothing was sent over the untrusted connection
    }

    void handlerSeesChainAndCanTrustOnce()
    {
        TlsServer a("server-a");
        QVERIFY(a.server->listen());
        RestClient client;
        client.setBaseUrl(a.server->url());
        QList<TlsPolicy::Problem> asked;
        client.tlsPolicy()->setDecisionHandler([&](const TlsPolicy::Problem &p) {
            asked.append(p);
            return TlsPolicy::Decision::TrustOnce;
        });
        const ApiResult r = listLibraries(client);
        QVERIFY2(r.ok(), qPrintable(r.error.message()));
        QCOMPARE(asked.size(), 1);
        QCOMPARE(asked.first().host, QStringLiteral("127.0.0.1"));
        QCOMPARE(asked.first().chain.value(0), a.cert);
        QVERIFY(!asked.first().errors.isEmpty());
        // The decision holds for this run: a new connection does not ask again.
        client.networkAccessManager()->clearConnectionCache();
        QVERIFY(listLibraries(client).ok());
        QCOMPARE(asked.size(), 1);
        QCOMPARE(a.server->requests.size(), 2);
    }

    void handlerRejects()
    {
        TlsServer a("server-a");
        QVERIFY(a.server->listen());
        RestClient client;
        client.setBaseUrl(a.server->url());
        int asked = 0;
        client.tlsPolicy()->setDecisionHandler([&](const TlsPolicy::Problem &) {
            ++asked;
            return TlsPolicy::Decision::Reject;
        });
        QCOMPARE(listLibraries(client).error.kind, ApiError::Kind::Tls);
        QCOMPARE(asked, 1);
        QVERIFY(a.server->requests.isEmpty());
    }

    void trustAndPinEmitsThePin()
    {
        TlsServer a("server-a");
        QVERIFY(a.server->listen());
        RestClient client;
        client.setBaseUrl(a.server->url());
        client.tlsPolicy()->setDecisionHandler(
            [](const TlsPolicy::Problem &) { return TlsPolicy::Decision::TrustAndPin; });
        QSignalSpy pinned(client.tlsPolicy(), &TlsPolicy::pinned);
        QVERIFY(listLibraries(client).ok());
        QCOMPARE(pinned.size(), 1);
        QCOMPARE(pinned.at(0).at(1).toString(), TlsPolicy::sha256(a.cert));
        QCOMPARE(client.tlsPolicy()->pin(QStringLiteral("127.0.0.1")), TlsPolicy::sha256(a.cert));
    }

    void pinnedCertificateIsAccepted_data()
    {
        QTest::addColumn<bool>("sha1");
        QTest::newRow("sha256") << false;
        QTest::newRow("sha1 vCenter style") << true;
    }

    void pinnedCertificateIsAccepted()
    {
        QFETCH(bool, sha1);
        TlsServer a("server-a");
        QVERIFY(a.server->listen());
        RestClient client;
        client.setBaseUrl(a.server->url());
        const QString pin = ServerProfile::formatThumbprint(sha1 ? TlsPolicy::sha1(a.cert)
                                                                 : TlsPolicy::sha256(a.cert));
        QCOMPARE(client.tlsPolicy()->setPin(QStringLiteral("127.0.0.1"), pin), QString());
        int asked = 0;
        client.tlsPolicy()->setDecisionHandler([&](const TlsPolicy::Problem &) {
            ++asked;
            return TlsPolicy::Decision::Reject;
        });
        const ApiResult r = listLibraries(client);
        QVERIFY2(r.ok(), qPrintable(r.error.message()));
        QCOMPARE(asked, 0); // a pin is a decision already made
    }

    void pinMismatchIsRefusedNamingBothFingerprints()
    {
        TlsServer a("server-a");
        TlsServer b("server-b");
        QVERIFY(a.server->listen());
        QVERIFY(b.server->listen());
        RestClient client;
        client.setBaseUrl(b.server->url());
        // Pinned to A, but B answers at that address.
        QCOMPARE(client.tlsPolicy()->setPin(QStringLiteral("127.0.0.1"), TlsPolicy::sha256(a.cert)),
                 QString());
        int asked = 0;
        client.tlsPolicy()->setDecisionHandler([&](const TlsPolicy::Problem &) {
            ++asked;
            return TlsPolicy::Decision::TrustOnce;
        });
        const ApiResult r = listLibraries(client);
        QCOMPARE(r.error.kind, ApiError::Kind::PinMismatch);
        const QString expected = ServerProfile::formatThumbprint(TlsPolicy::sha256(a.cert));
        const QString presented = ServerProfile::formatThumbprint(TlsPolicy::sha256(b.cert));
        QCOMPARE(r.error.expectedFingerprint, expected);
        QCOMPARE(r.error.presentedFingerprint, presented);
        QVERIFY(r.error.message().contains(expected));
        QVERIFY(r.error.message().contains(presented));
        QCOMPARE(asked, 0); // a pinned host is never offered "trust anyway"
        QVERIFY(b.server->requests.isEmpty());
    }

    void pinMismatchRefusedEvenWhenSystemTrustsIt()
    {
        TlsServer a("server-a");
        TlsServer b("server-b");
        QVERIFY(b.server->listen());
        // Make B's certificate trusted by "the system" CA store of this process.
        QSslConfiguration cfg = QSslConfiguration::defaultConfiguration();
        cfg.addCaCertificate(b.cert);
        QSslConfiguration::setDefaultConfiguration(cfg);
        RestClient client;
        client.setBaseUrl(b.server->url());
        QVERIFY2(listLibraries(client).ok(), "B must be trusted by the CA store for this test");
        client.tlsPolicy()->setPin(QStringLiteral("127.0.0.1"), TlsPolicy::sha1(a.cert));
        const ApiResult r = listLibraries(client);
        QCOMPARE(r.error.kind, ApiError::Kind::PinMismatch);
        QCOMPARE(r.error.presentedFingerprint,
                 ServerProfile::formatThumbprint(TlsPolicy::sha1(b.cert)));
        QCOMPARE(b.server->requests.size(), 1); // only the request before the pin
    }

    void serverProfilePinIsApplied()
    {
        TlsServer a("server-a");
        QVERIFY(a.server->listen());
        ServerProfile profile;
        profile.name = QStringLiteral("lab");
        profile.url = a.server->url();
        profile.username = QStringLiteral("administrator@vsphere.local");
        profile.pinnedThumbprint = ServerProfile::formatThumbprint(TlsPolicy::sha1(a.cert));
        RestClient client;
        QCOMPARE(client.applyProfile(profile, QStringLiteral("pw")), QString());
        QCOMPARE(client.baseUrl(), a.server->url());
        QCOMPARE(client.username(), profile.username);
        QVERIFY(listLibraries(client).ok());

        ServerProfile broken = profile;
        broken.pinnedThumbprint = QStringLiteral("12:34");
        RestClient other;
        QVERIFY(!other.applyProfile(broken, QStringLiteral("pw")).isEmpty());
    }

    void badThumbprintIsRefused()
    {
        TlsPolicy p;
        QVERIFY(p.setPin(QStringLiteral("h"), QStringLiteral("AB:CD"))
                    .contains(QStringLiteral("AB:CD")));
        QVERIFY(p.pin(QStringLiteral("h")).isEmpty());
    }

    void uploadRepliesOfTheSharedManagerAreCovered()
    {
        // Any request through networkAccessManager() (e.g. a PUT to an upload URL) gets the
        // same policy: here it is refused because the certificate is not trusted.
        TlsServer a("server-a");
        QVERIFY(a.server->listen());
        RestClient client;
        QNetworkRequest req(a.server->url().resolved(QUrl(QStringLiteral("/cls/data/x/file.iso"))));
        req.setHeader(QNetworkRequest::ContentLengthHeader, 3);
        QNetworkReply *reply = client.networkAccessManager()->put(req, QByteArray("abc"));
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(20000));
        const ApiError e = client.errorFromReply(reply, QStringLiteral("Uploading"));
        QCOMPARE(e.kind, ApiError::Kind::Tls);
        QCOMPARE(e.peerChain.value(0), a.cert);
        reply->deleteLater();
        // Pinned: the same PUT goes through.
        client.tlsPolicy()->setPin(QStringLiteral("127.0.0.1"), TlsPolicy::sha256(a.cert));
        QNetworkReply *again = client.networkAccessManager()->put(req, QByteArray("abc"));
        QSignalSpy finishedAgain(again, &QNetworkReply::finished);
        QVERIFY(finishedAgain.wait(20000));
        QCOMPARE(client.errorFromReply(again, QStringLiteral("Uploading")).kind,
                 ApiError::Kind::None);
        QCOMPARE(a.server->requests.size(), 1);
        QVERIFY(a.server->requests.first().startsWith("PUT /cls/data/x/file.iso"));
        again->deleteLater();
    }

    // The engine's PUT runs in a transfer thread with its own network access manager: the
    // client's policy must still decide about the upload host (untrusted refused, pin accepted,
    // other pin refused), and a handler is asked in the front end's thread only.
    void uploadJobInTransferThreadFollowsThePolicy()
    {
        TlsServer a("server-a");
        TlsServer other("server-b");
        QVERIFY(a.server->listen());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("file.iso"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray(3000, 'x'));
        }
        RestClient client;
        client.setBaseUrl(a.server->url()); // the upload host is the API's (UploadTargetPolicy)
        const QUrl uri = a.server->url().resolved(QUrl(QStringLiteral("/cls/data/x/file.iso")));
        auto run = [&]() {
            FileUploadJob job(&client, UploadSource::fromFile(path), uri);
            QSignalSpy done(&job, &FileUploadJob::finished);
            job.start();
            if (!done.wait(20000))
                return ApiError::invalidInput(QStringLiteral("test"), QStringLiteral("timeout"));
            return job.error();
        };
        ApiError e = run();
        QCOMPARE(e.kind, ApiError::Kind::Tls);
        QCOMPARE(e.peerChain.value(0), a.cert);
        QVERIFY(a.server->requests.isEmpty());

        client.tlsPolicy()->setPin(QStringLiteral("127.0.0.1"), TlsPolicy::sha256(other.cert));
        e = run();
        QCOMPARE(e.kind, ApiError::Kind::PinMismatch);
        QVERIFY(a.server->requests.isEmpty());

        client.tlsPolicy()->setPin(QStringLiteral("127.0.0.1"), TlsPolicy::sha256(a.cert));
        e = run();
        QVERIFY2(!e.isError(), qPrintable(e.message()));
        QCOMPARE(a.server->requests.size(), 1);
        QVERIFY(a.server->requests.first().startsWith("PUT /cls/data/x/file.iso"));

        client.tlsPolicy()->clearPin(QStringLiteral("127.0.0.1"));
        QList<QThread *> askedIn;
        client.tlsPolicy()->setDecisionHandler([&](const TlsPolicy::Problem &p) {
            askedIn.append(QThread::currentThread());
            return p.chain.value(0) == a.cert ? TlsPolicy::Decision::TrustOnce
                                              : TlsPolicy::Decision::Reject;
        });
        e = run();
        QVERIFY2(!e.isError(), qPrintable(e.message()));
        QCOMPARE(askedIn.size(), 1);
        QCOMPARE(askedIn.first(), QThread::currentThread());
        QCOMPARE(a.server->requests.size(), 2);
        // Trusted once for this run: the next PUT is not asked about again.
        QVERIFY(!run().isError());
        QCOMPARE(askedIn.size(), 1);
    }

private:
    QSslConfiguration m_defaultTls;
};

QTEST_GUILESS_MAIN(TestTlsPolicy)
#include "TestTlsPolicy.moc"
