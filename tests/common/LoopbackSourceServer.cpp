#include "LoopbackSourceServer.h"

#include "TlsIdentity.h"

#include <QCryptographicHash>
#include <QFile>

#include <httplib.h>

#include <chrono>

namespace clu::test {

LoopbackSourceServer::LoopbackSourceServer(Scheme scheme, QString name, QByteArray data,
                                           int pauseMs)
    : m_scheme(scheme)
    , m_name(std::move(name))
    , m_data(std::move(data))
{
    if (scheme == Scheme::Https) {
        clu::sim::TlsIdentity tls;
        if (!tls.ensureGenerated(m_tlsDir.path(), &m_error))
            return;
        QFile f(tls.certFile());
        if (f.open(QIODevice::ReadOnly)) {
            const auto certs = QSslCertificate::fromData(f.readAll(), QSsl::Pem);
            if (!certs.isEmpty())
                m_certificate = certs.first();
        }
        m_server =
            std::make_unique<httplib::SSLServer>(QFile::encodeName(tls.certFile()).constData(),
                                                 QFile::encodeName(tls.keyFile()).constData());
    } else {
        m_server = std::make_unique<httplib::Server>();
    }
    if (!m_server->is_valid()) {
        m_error = QStringLiteral("the loopback source server could not be set up");
        return;
    }
    const std::string path = "/" + m_name.toStdString();
    m_server->Get(path, [this, pauseMs](const httplib::Request &, httplib::Response &res) {
        res.set_content_provider(
            size_t(m_data.size()), "application/octet-stream",
            [this, pauseMs](size_t offset, size_t length, httplib::DataSink &sink) {
                const size_t n = std::min<size_t>(length, 256 * 1024);
                if (pauseMs > 0 && offset > 0)
                    std::this_thread::sleep_for(std::chrono::milliseconds(pauseMs));
                sink.write(m_data.constData() + offset, n);
                return true;
            });
    });
    m_port = m_server->bind_to_any_port("127.0.0.1");
    if (m_port <= 0) {
        m_error = QStringLiteral("the loopback source server could not listen");
        m_port = 0;
        return;
    }
    m_thread = std::thread([this] { m_server->listen_after_bind(); });
    // stop() before the thread has entered its accept loop is lost (the loop then runs forever
    // and the destructor's join hangs), so only return once the server is running.
    for (int i = 0; i < 1000 && !m_server->is_running(); ++i)
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
}

LoopbackSourceServer::~LoopbackSourceServer()
{
    if (m_server)
        m_server->stop();
    if (m_thread.joinable())
        m_thread.join();
}

QString LoopbackSourceServer::url() const
{
    return QStringLiteral("%1://127.0.0.1:%2/%3")
        .arg(m_scheme == Scheme::Https ? QStringLiteral("https") : QStringLiteral("http"))
        .arg(m_port)
        .arg(m_name);
}

QString LoopbackSourceServer::sha1Thumbprint() const
{
    return QString::fromLatin1(m_certificate.digest(QCryptographicHash::Sha1).toHex(':')).toUpper();
}

} // namespace clu::test
