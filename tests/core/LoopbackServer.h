#pragma once

#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

#include <memory>

namespace clu::test {

// A tiny real HTTP/1.1 server on loopback (plain or TLS) that answers each request with the
// next canned raw response, or with `fallback` when none is queued; an empty response means
// "never answer". It produces what a well-behaved server never sends (garbage bodies, missing
// wrappers, non-vAPI errors, silence) and serves TLS with certificates a test controls.
class LoopbackServer : public QObject
{
public:
    QList<QByteArray> responses;
    QByteArray fallback;
    QList<QByteArray> requests;
    // > 0: every answer is written one byte per trickleMs (a body that never quite arrives).
    int trickleMs = 0;

    // Plain HTTP.
    LoopbackServer()
        : m_server(std::make_unique<QTcpServer>())
    {
        connect(m_server.get(), &QTcpServer::newConnection, this, &LoopbackServer::takeAll);
    }
    // HTTPS with the given certificate and key.
    explicit LoopbackServer(const QSslConfiguration &tls)
        : m_tls(true)
    {
        auto server = std::make_unique<QSslServer>();
        server->setSslConfiguration(tls);
        connect(server.get(), &QTcpServer::pendingConnectionAvailable, this,
                &LoopbackServer::takeAll);
        m_server = std::move(server);
    }

    // Any loopback address works on Linux (127.0.0.2 is "another host" for origin checks).
    bool listen(const QHostAddress &address = QHostAddress::LocalHost)
    {
        return m_server->listen(address);
    }
    QUrl url() const
    {
        return QUrl(QStringLiteral("%1://%2:%3")
                        .arg(m_tls ? QStringLiteral("https") : QStringLiteral("http"),
                             m_server->serverAddress().toString())
                        .arg(m_server->serverPort()));
    }
    int connections() const { return m_connections; }

    static QByteArray http(int status, const QByteArray &body, const QByteArray &extraHeaders = {})
    {
        return "HTTP/1.1 " + QByteArray::number(status) + " X\r\nContent-Type: application/json\r\n"
            + extraHeaders + "Content-Length: " + QByteArray::number(body.size())
            + "\r\nConnection: keep-alive\r\n\r\n" + body;
    }

private:
    void takeAll()
    {
        while (QTcpSocket *s = m_server->nextPendingConnection()) {
            ++m_connections;
            auto buffer = std::make_shared<QByteArray>();
            connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            connect(s, &QTcpSocket::readyRead, this, [this, s, buffer]() { serve(s, *buffer); });
        }
    }

    void serve(QTcpSocket *s, QByteArray &buffer)
    {
        buffer.append(s->readAll());
        for (;;) {
            const qsizetype end = buffer.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            qsizetype length = 0;
            for (const QByteArray &line : buffer.left(end).split('\n')) {
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            }
            if (buffer.size() < end + 4 + length)
                return;
            requests.append(buffer.left(end + 4 + length));
            buffer.remove(0, end + 4 + length);
            const QByteArray answer = responses.isEmpty() ? fallback : responses.takeFirst();
            if (answer.isEmpty())
                continue;
            if (trickleMs > 0) {
                auto *timer = new QTimer(s);
                auto left = std::make_shared<QByteArray>(answer);
                connect(timer, &QTimer::timeout, s, [s, timer, left]() {
                    if (left->isEmpty()) {
                        timer->stop();
                        return;
                    }
                    s->write(left->left(1));
                    left->remove(0, 1);
                });
                timer->start(trickleMs);
                continue;
            }
            s->write(answer);
            s->flush();
        }
    }

    std::unique_ptr<QTcpServer> m_server;
    bool m_tls = false;
    int m_connections = 0;
};

} // namespace clu::test
