#pragma once

#include <QByteArray>
#include <QDeadlineTimer>
#include <QHash>
#include <QSslSocket>
#include <QString>
#include <QUrl>

namespace clu::test {

// One HTTP response as it came off the socket.
struct RawResponse
{
    int status = 0; // 0: no complete response (see error)
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;
    QString error;
};

// A keep-alive HTTP/1.1 connection whose request bytes the test writes itself (no HTTP client
// library in between that would add Content-Length or fix the framing), over TLS for https://
// URLs (peer verification off: the tests talk to their own loopback simulator) or plain TCP.
// Synchronous: every call blocks for at most its timeout, so a server that does not answer
// shows up as a failed call instead of a hung test.
class RawHttpConnection
{
public:
    explicit RawHttpConnection(const QUrl &base);

    bool open(int timeoutMs, QString *error);
    bool isOpen() const;
    bool write(const QByteArray &bytes, int timeoutMs);
    // Reads exactly one response (Content-Length, chunked, or until the server closes).
    RawResponse read(int timeoutMs);
    RawResponse exchange(const QByteArray &request, int timeoutMs);

    // "METHOD target HTTP/1.1", Host and the given header lines (each without CR LF), then the
    // blank line and `body` verbatim.
    QByteArray request(const QByteArray &method, const QByteArray &target,
                       const QList<QByteArray> &headerLines, const QByteArray &body = {}) const;

private:
    bool fill(qint64 wanted, const QDeadlineTimer &deadline, QString *error);

    QUrl m_base;
    QSslSocket m_socket;
    QByteArray m_buffer;
};

} // namespace clu::test
