#pragma once

#include <QByteArray>
#include <QSslCertificate>
#include <QString>
#include <QTemporaryDir>

#include <memory>
#include <thread>

namespace httplib {
class Server;
}

namespace clu::test {

// A file server on 127.0.0.1 for PULL tests: GET /<name> answers `data` (404 for anything
// else), over plain HTTP or over HTTPS with a freshly generated self-signed certificate, as a
// real cpp-httplib server on its own thread. `pauseMs` slows each 256 KiB slice, so a pull is
// observably in flight.
class LoopbackSourceServer
{
public:
    enum class Scheme { Http, Https };

    LoopbackSourceServer(Scheme scheme, QString name, QByteArray data, int pauseMs = 0);
    ~LoopbackSourceServer();
    LoopbackSourceServer(const LoopbackSourceServer &) = delete;
    LoopbackSourceServer &operator=(const LoopbackSourceServer &) = delete;

    // False (and errorString()) when the certificate or the listening socket failed.
    bool isRunning() const { return m_port > 0; }
    QString errorString() const { return m_error; }

    QString url() const; // of the file
    int port() const { return m_port; }
    QSslCertificate certificate() const { return m_certificate; } // null over http
    // Colon hex SHA-1, the form vCenter's ssl_certificate_thumbprint takes.
    QString sha1Thumbprint() const;

private:
    Scheme m_scheme;
    QString m_name;
    QByteArray m_data;
    QTemporaryDir m_tlsDir;
    QSslCertificate m_certificate;
    std::unique_ptr<httplib::Server> m_server;
    std::thread m_thread;
    int m_port = 0;
    QString m_error;
};

} // namespace clu::test
