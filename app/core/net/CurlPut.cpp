#include "CurlPut.h"

#include "ChainVerifier.h"
#include "Logging.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QIODevice>
#include <QNetworkProxy>
#include <QNetworkProxyFactory>
#include <QNetworkProxyQuery>
#include <QSslCertificate>
#include <QThread>

#include <curl/curl.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>

#include <memory>
#include <mutex>

namespace clu {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CurlPut)
};

// libcurl's global state is set up once, before the first handle of any thread.
void initCurlOnce()
{
    static std::once_flag once;
    std::call_once(once, []() { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

// The proxy Qt would use for this URL (RestClient turns the system configuration on). An empty
// string tells libcurl "no proxy" and keeps it from reading the environment on its own.
QByteArray proxyFor(const QUrl &url)
{
    const QList<QNetworkProxy> proxies =
        QNetworkProxyFactory::proxyForQuery(QNetworkProxyQuery(url));
    if (proxies.isEmpty())
        return {};
    const QNetworkProxy &p = proxies.first();
    switch (p.type()) {
    case QNetworkProxy::HttpProxy:
        return QStringLiteral("http://%1:%2").arg(p.hostName()).arg(p.port()).toUtf8();
    case QNetworkProxy::Socks5Proxy:
        return QStringLiteral("socks5h://%1:%2").arg(p.hostName()).arg(p.port()).toUtf8();
    default:
        return {};
    }
}

} // namespace

// The state of one run(), reached from libcurl's C callbacks.
struct CurlPut::Transfer
{
    CurlPut *self = nullptr;
    QIODevice *source = nullptr;
    Outcome outcome;
    QString host;
    int port = 443;
    std::function<void(qint64)> progress;
    qint64 progressIntervalMs = 100;
    QElapsedTimer sinceReport;
    qint64 read = 0;
    qint64 reported = 0;
    bool inFinalAnswer = true;

    static size_t onRead(char *buffer, size_t size, size_t count, void *userdata);
    static int onProgress(void *userdata, curl_off_t, curl_off_t, curl_off_t, curl_off_t ulnow);
    static size_t onHeader(char *buffer, size_t size, size_t count, void *userdata);
    static size_t onBody(char *data, size_t size, size_t count, void *userdata);
    static CURLcode onSslContext(CURL *, void *sslCtx, void *userdata);
    static int onVerify(X509_STORE_CTX *store, void *userdata);

    void report(qint64 sent, bool force)
    {
        if (!progress || sent <= reported)
            return;
        if (!force && sinceReport.isValid() && sinceReport.elapsed() < progressIntervalMs)
            return;
        sinceReport.restart();
        reported = sent;
        progress(sent);
    }
};

size_t CurlPut::Transfer::onRead(char *buffer, size_t size, size_t count, void *userdata)
{
    auto *t = static_cast<Transfer *>(userdata);
    if (t->self->m_abort.load()) {
        t->outcome.aborted = true;
        return CURL_READFUNC_ABORT;
    }
    const qint64 want = qMin(qint64(size * count), t->self->m_size - t->read);
    if (want <= 0)
        return 0;
    qint64 n = t->source->read(buffer, want);
    // A sequential source (an OVA member) may have nothing yet; ours read synchronously, so
    // this waits only in theory, and never past an abort.
    while (n == 0 && t->source->isSequential() && !t->source->atEnd() && !t->self->m_abort.load()) {
        if (!t->source->waitForReadyRead(1000))
            QThread::msleep(20); // a device without waitForReadyRead answers at once: no spin
        n = t->source->read(buffer, want);
    }
    if (n < 0) {
        t->outcome.readError = t->source->errorString();
        return CURL_READFUNC_ABORT;
    }
    if (n == 0) {
        // Fewer bytes than the Content-Length promised: end the request instead of leaving the
        // server waiting, and never let it count the file as complete.
        t->outcome.incompleteSource = t->source->errorString().isEmpty()
            ? Tr::tr("the source ended after %1 of %2 bytes").arg(t->read).arg(t->self->m_size)
            : t->source->errorString();
        return CURL_READFUNC_ABORT;
    }
    t->read += n;
    return size_t(n);
}

int CurlPut::Transfer::onProgress(void *userdata, curl_off_t, curl_off_t, curl_off_t,
                                  curl_off_t ulnow)
{
    auto *t = static_cast<Transfer *>(userdata);
    if (t->self->m_abort.load()) {
        t->outcome.aborted = true;
        return 1; // CURLE_ABORTED_BY_CALLBACK
    }
    t->outcome.sent = qMax(t->outcome.sent, qint64(ulnow));
    // The last report (all bytes handed over) always goes out: a small file fits into the
    // socket buffers within one interval, and a slow server then takes long to answer.
    t->report(t->outcome.sent, t->outcome.sent == t->self->m_size);
    return 0;
}

size_t CurlPut::Transfer::onHeader(char *buffer, size_t size, size_t count, void *userdata)
{
    auto *t = static_cast<Transfer *>(userdata);
    const size_t len = size * count;
    const QByteArray line = QByteArray(buffer, qsizetype(len)).trimmed();
    if (line.startsWith("HTTP/")) {
        t->outcome.headers.clear(); // a new answer (after an interim 1xx): keep the last only
        return len;
    }
    const int colon = line.indexOf(':');
    if (colon <= 0)
        return len;
    const QByteArray name = line.left(colon).trimmed();
    const QByteArray value = line.mid(colon + 1).trimmed();
    t->outcome.headers.append({ name, value });
    if (name.compare("Content-Length", Qt::CaseInsensitive) == 0) {
        bool ok = false;
        const qint64 announced = value.toLongLong(&ok);
        if (ok && announced > t->self->m_maxAnswerBytes) {
            // Not read at all (the answer to a PUT carries nothing we need, §8.3).
            t->outcome.announcedLength = announced;
            t->outcome.answerTooLarge = true;
            return 0; // CURLE_WRITE_ERROR
        }
    }
    return len;
}

size_t CurlPut::Transfer::onBody(char *data, size_t size, size_t count, void *userdata)
{
    auto *t = static_cast<Transfer *>(userdata);
    const size_t len = size * count;
    if (t->outcome.body.size() + qint64(len) > t->self->m_maxAnswerBytes) {
        t->outcome.answerTooLarge = true;
        return 0; // CURLE_WRITE_ERROR: the rest is not read
    }
    t->outcome.body.append(data, qsizetype(len));
    return len;
}

CURLcode CurlPut::Transfer::onSslContext(CURL *, void *sslCtx, void *userdata)
{
    // Replaces OpenSSL's chain verification by the policy's judgement (onVerify).
    SSL_CTX_set_cert_verify_callback(static_cast<SSL_CTX *>(sslCtx), &Transfer::onVerify, userdata);
    return CURLE_OK;
}

int CurlPut::Transfer::onVerify(X509_STORE_CTX *store, void *userdata)
{
    auto *t = static_cast<Transfer *>(userdata);
    // The chain as the server sent it, leaf first (OpenSSL hands it over as "untrusted").
    QList<QSslCertificate> chain;
    if (STACK_OF(X509) *sent = X509_STORE_CTX_get0_untrusted(store)) {
        for (int i = 0; i < sk_X509_num(sent); ++i)
            chain.append(ChainVerifier::fromX509(sk_X509_value(sent, i)));
    }
    if (chain.isEmpty())
        chain.append(ChainVerifier::fromX509(X509_STORE_CTX_get0_cert(store)));
    if (chain.first().isNull()) {
        X509_STORE_CTX_set_error(store, X509_V_ERR_UNSPECIFIED);
        t->outcome.tlsRefused = true;
        return 0;
    }
    // The system CA store and the host name, reported as a QNetworkReply's handshake would.
    const QList<QSslError> errors = ChainVerifier::verify(chain, t->host);
    TlsPolicy *policy = t->self->m_policy;
    const TlsPolicy::Verdict v = policy ? policy->judge(t->host, t->port, chain, errors)
                                        : TlsPolicy::Verdict { errors.isEmpty(), std::nullopt };
    if (v.accepted)
        return 1;
    t->outcome.tlsRefused = true;
    t->outcome.tlsFailure = v.failure;
    if (!policy && !errors.isEmpty()) {
        TlsPolicy::Failure f;
        f.host = t->host;
        f.port = t->port;
        f.chain = chain;
        f.errors = errors;
        t->outcome.tlsFailure = f;
    }
    X509_STORE_CTX_set_error(store, X509_V_ERR_APPLICATION_VERIFICATION);
    return 0;
}

CurlPut::CurlPut(TlsPolicy *policy, QNetworkRequest request, qint64 size, qint64 maxAnswerBytes)
    : m_policy(policy)
    , m_request(std::move(request))
    , m_size(size)
    , m_maxAnswerBytes(maxAnswerBytes)
{ }

CurlPut::Outcome CurlPut::run(QIODevice *source, const std::function<void(qint64)> &progress,
                              qint64 progressIntervalMs)
{
    initCurlOnce();
    Transfer t;
    t.self = this;
    t.outcome.size = m_size;
    t.outcome.answerLimit = m_maxAnswerBytes;
    t.source = source;
    t.progress = progress;
    t.progressIntervalMs = progressIntervalMs;
    const QUrl url = m_request.url();
    const bool https = url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0;
    t.host = url.host();
    t.port = url.port(https ? 443 : 80);

    std::unique_ptr<CURL, decltype(&curl_easy_cleanup)> handle(curl_easy_init(),
                                                               &curl_easy_cleanup);
    if (!handle) {
        t.outcome.curlCode = CURLE_FAILED_INIT;
        t.outcome.curlMessage = Tr::tr("libcurl could not start a transfer");
        return t.outcome;
    }
    CURL *h = handle.get();
    char errorBuffer[CURL_ERROR_SIZE] = {};

    // The headers of the request, minus those libcurl must write itself; "Expect:" turns off
    // 100-continue (Qt never sends it, and a server that ignores it costs a second's wait).
    curl_slist *headers = nullptr;
    const QList<QByteArray> names = m_request.rawHeaderList();
    for (const QByteArray &name : names) {
        const QByteArray lower = name.toLower();
        if (lower == "content-length" || lower == "expect" || lower == "transfer-encoding")
            continue;
        headers = curl_slist_append(headers, (name + ": " + m_request.rawHeader(name)).constData());
    }
    headers = curl_slist_append(headers, "Expect:");
    std::unique_ptr<curl_slist, decltype(&curl_slist_free_all)> headerList(headers,
                                                                           &curl_slist_free_all);
    const QByteArray encodedUrl = url.toEncoded();
    const QByteArray proxy = proxyFor(url);

    curl_easy_setopt(h, CURLOPT_URL, encodedUrl.constData());
    curl_easy_setopt(h, CURLOPT_PROXY, proxy.constData());
    curl_easy_setopt(h, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(h, CURLOPT_INFILESIZE_LARGE, curl_off_t(m_size));
    curl_easy_setopt(h, CURLOPT_HTTPHEADER, headers);
    curl_easy_setopt(h, CURLOPT_HTTP_VERSION, long(CURL_HTTP_VERSION_1_1));
    curl_easy_setopt(h, CURLOPT_FOLLOWLOCATION, 0L); // the session token must not travel
    curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L); // threads: no SIGALRM for name lookups
    curl_easy_setopt(h, CURLOPT_ERRORBUFFER, errorBuffer);
    // Fewer, larger reads and TLS writes than curl's 64 KiB default (512 KiB is its maximum).
    curl_easy_setopt(h, CURLOPT_UPLOAD_BUFFERSIZE, 512L * 1024L);
    curl_easy_setopt(h, CURLOPT_READFUNCTION, &Transfer::onRead);
    curl_easy_setopt(h, CURLOPT_READDATA, &t);
    curl_easy_setopt(h, CURLOPT_HEADERFUNCTION, &Transfer::onHeader);
    curl_easy_setopt(h, CURLOPT_HEADERDATA, &t);
    curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, &Transfer::onBody);
    curl_easy_setopt(h, CURLOPT_WRITEDATA, &t);
    curl_easy_setopt(h, CURLOPT_NOPROGRESS, 0L);
    curl_easy_setopt(h, CURLOPT_XFERINFOFUNCTION, &Transfer::onProgress);
    curl_easy_setopt(h, CURLOPT_XFERINFODATA, &t);
    if (https) {
        curl_easy_setopt(h, CURLOPT_SSLVERSION, long(CURL_SSLVERSION_TLSv1_2));
        // Peer verification stays on, but onVerify is the verification (the policy decides);
        // it checks the host name through Qt, so libcurl's own check would only refuse what a
        // pin or a trust decision accepted.
        curl_easy_setopt(h, CURLOPT_SSL_VERIFYPEER, 1L);
        curl_easy_setopt(h, CURLOPT_SSL_VERIFYHOST, 0L);
        curl_easy_setopt(h, CURLOPT_SSL_SESSIONID_CACHE, 0L); // every handshake is judged
        // onVerify replaces OpenSSL's chain check, so libcurl's CA bundle would only be parsed
        // for nothing (~150 CA certificates, on every PUT).
        curl_easy_setopt(h, CURLOPT_CAINFO, nullptr);
        curl_easy_setopt(h, CURLOPT_CAPATH, nullptr);
        curl_easy_setopt(h, CURLOPT_SSL_CTX_DATA, &t);
        if (curl_easy_setopt(h, CURLOPT_SSL_CTX_FUNCTION, &Transfer::onSslContext) != CURLE_OK) {
            // Without the hook nothing would judge the certificate: refuse rather than upload.
            t.outcome.curlCode = CURLE_NOT_BUILT_IN;
            t.outcome.tlsRefused = true;
            t.outcome.curlMessage =
                Tr::tr(
                    "this build's libcurl cannot let the TLS policy check certificates (it needs "
                    "libcurl with the OpenSSL backend: %1)")
                    .arg(QString::fromLatin1(curl_version()));
            return t.outcome;
        }
    }

    const CURLcode code = curl_easy_perform(h);
    t.outcome.curlCode = int(code);
    long status = 0;
    curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &status);
    t.outcome.httpStatus = int(status);
    curl_off_t uploaded = 0;
    if (curl_easy_getinfo(h, CURLINFO_SIZE_UPLOAD_T, &uploaded) == CURLE_OK)
        t.outcome.sent = qMax(t.outcome.sent, qint64(uploaded));
    if (code != CURLE_OK) {
        t.outcome.curlMessage = errorBuffer[0] ? QString::fromLocal8Bit(errorBuffer).trimmed()
                                               : QString::fromLatin1(curl_easy_strerror(code));
        if (code == CURLE_ABORTED_BY_CALLBACK && m_abort.load())
            t.outcome.aborted = true;
    }
    t.report(t.outcome.sent, true);
    curl_off_t connectUs = 0, tlsUs = 0, totalUs = 0;
    curl_easy_getinfo(h, CURLINFO_CONNECT_TIME_T, &connectUs);
    curl_easy_getinfo(h, CURLINFO_APPCONNECT_TIME_T, &tlsUs);
    curl_easy_getinfo(h, CURLINFO_TOTAL_TIME_T, &totalUs);
    qCDebug(lcUpload).noquote() << "PUT" << url.toString(QUrl::RemoveQuery) << "->" << status
                                << (code == CURLE_OK ? QString() : t.outcome.curlMessage)
                                << QStringLiteral("(connected %1 ms, TLS ready %2 ms, total %3 ms)")
                                       .arg(connectUs / 1000)
                                       .arg(tlsUs / 1000)
                                       .arg(totalUs / 1000);
    return t.outcome;
}

} // namespace clu
