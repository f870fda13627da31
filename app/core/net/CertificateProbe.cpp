#include "CertificateProbe.h"

#include "Logging.h"

#include <QSslConfiguration>
#include <QSslSocket>

namespace clu {

CertificateProbe::CertificateProbe(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<ProbedCertificate>();
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        finish(tr("%1:%2 did not complete a TLS handshake within %3 s.")
                   .arg(m_result.host)
                   .arg(m_result.port)
                   .arg(m_timeout.interval() / 1000.0, 0, 'f', 1));
    });
}

CertificateProbe::~CertificateProbe()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        delete m_socket;
    }
}

void CertificateProbe::abort()
{
    ++m_generation;
    m_timeout.stop();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
}

void CertificateProbe::probe(const QUrl &url, std::chrono::milliseconds timeout)
{
    abort();
    m_result = ProbedCertificate();
    m_result.host = url.host();
    m_result.port = quint16(url.port(443));
    if (url.scheme() != QLatin1String("https") || url.host().isEmpty()) {
        // Queued, so callers can connect to finished() after calling probe() without a race.
        finishLater(tr("\"%1\" is not an https:// URL with a host name; only https sources "
                       "have a certificate.")
                        .arg(url.toString()));
        return;
    }

    auto *socket = new QSslSocket(this);
    m_socket = socket;
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setPeerVerifyMode(QSslSocket::QueryPeer);
    socket->setSslConfiguration(config);

    connect(socket, &QSslSocket::encrypted, this, [this, socket] {
        m_result.chain = socket->peerCertificateChain();
        if (m_result.chain.isEmpty() && !socket->peerCertificate().isNull())
            m_result.chain << socket->peerCertificate();
        m_result.trustErrors = QSslCertificate::verify(m_result.chain, m_result.host);
        finishLater(m_result.chain.isEmpty()
                        ? tr("%1:%2 completed the TLS handshake without presenting a certificate.")
                              .arg(m_result.host)
                              .arg(m_result.port)
                        : QString());
    });
    connect(socket, &QSslSocket::errorOccurred, this, [this, socket](QAbstractSocket::SocketError) {
        finishLater(tr("Could not read the certificate of %1:%2: %3")
                        .arg(m_result.host)
                        .arg(m_result.port)
                        .arg(socket->errorString()));
    });
    connect(socket, &QSslSocket::handshakeInterruptedOnError, this, [this](const QSslError &e) {
        finishLater(tr("The TLS handshake with %1:%2 failed: %3")
                        .arg(m_result.host)
                        .arg(m_result.port)
                        .arg(e.errorString()));
    });
    m_timeout.start(int(timeout.count()));
    qCDebug(lcTls) << "probing the certificate of" << m_result.host << m_result.port;
    socket->connectToHostEncrypted(m_result.host, m_result.port);
}

void CertificateProbe::finishLater(const QString &error)
{
    // Called from the socket's own signals: aborting it there would pull its state away from
    // under the handshake code still on the stack, so only stop listening now and end the probe
    // from the event loop.
    if (m_socket)
        m_socket->disconnect(this);
    m_timeout.stop();
    const quint64 generation = m_generation;
    QMetaObject::invokeMethod(
        this,
        [this, error, generation] {
            if (generation == m_generation) // not aborted or restarted meanwhile
                finish(error);
        },
        Qt::QueuedConnection);
}

void CertificateProbe::finish(const QString &error)
{
    if (!error.isEmpty()) {
        m_result.error = error;
        m_result.chain.clear();
        m_result.trustErrors.clear();
    }
    abort();
    emit finished(m_result);
}

} // namespace clu
