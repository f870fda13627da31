#include "RawHttpConnection.h"

#include <QDeadlineTimer>

namespace clu::test {

RawHttpConnection::RawHttpConnection(const QUrl &base)
    : m_base(base)
{ }

bool RawHttpConnection::open(int timeoutMs, QString *error)
{
    const quint16 port = quint16(m_base.port());
    if (m_base.scheme() == QLatin1String("https")) {
        m_socket.setPeerVerifyMode(QSslSocket::VerifyNone);
        m_socket.connectToHostEncrypted(m_base.host(), port);
        if (!m_socket.waitForEncrypted(timeoutMs)) {
            *error = QStringLiteral("TLS connection failed: %1").arg(m_socket.errorString());
            return false;
        }
        return true;
    }
    m_socket.connectToHost(m_base.host(), port);
    if (!m_socket.waitForConnected(timeoutMs)) {
        *error = QStringLiteral("connection failed: %1").arg(m_socket.errorString());
        return false;
    }
    return true;
}

bool RawHttpConnection::isOpen() const
{
    return m_socket.state() == QAbstractSocket::ConnectedState;
}

bool RawHttpConnection::write(const QByteArray &bytes, int timeoutMs)
{
    if (m_socket.write(bytes) != bytes.size())
        return false;
    const QDeadlineTimer deadline(timeoutMs);
    while (m_socket.bytesToWrite() > 0 || m_socket.encryptedBytesToWrite() > 0)
        if (deadline.hasExpired() || !m_socket.waitForBytesWritten(int(deadline.remainingTime())))
            return false;
    return true;
}

// Reads until m_buffer holds `wanted` bytes (-1: until the peer closes).
bool RawHttpConnection::fill(qint64 wanted, const QDeadlineTimer &deadline, QString *error)
{
    while (wanted < 0 || m_buffer.size() < wanted) {
        if (m_socket.bytesAvailable() > 0) {
            m_buffer += m_socket.readAll();
            continue;
        }
        if (m_socket.state() != QAbstractSocket::ConnectedState) {
            if (wanted < 0)
                return true;
            *error = QStringLiteral("the server closed the connection after %1 bytes")
                         .arg(m_buffer.size());
            return false;
        }
        if (deadline.hasExpired()) {
            *error = QStringLiteral("no complete answer within the timeout (%1 bytes so far)")
                         .arg(m_buffer.size());
            return false;
        }
        m_socket.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())));
    }
    return true;
}

RawResponse RawHttpConnection::read(int timeoutMs)
{
    RawResponse r;
    const QDeadlineTimer deadline(timeoutMs);
    qsizetype end = -1;
    while ((end = m_buffer.indexOf("\r\n\r\n")) < 0)
        if (!fill(m_buffer.size() + 1, deadline, &r.error))
            return r;
    const QList<QByteArray> lines = m_buffer.left(end).split('\n');
    m_buffer.remove(0, end + 4);
    const QList<QByteArray> statusLine = lines.first().trimmed().split(' ');
    if (statusLine.size() < 2 || !statusLine.first().startsWith("HTTP/1.")) {
        r.error =
            QStringLiteral("not an HTTP status line: %1").arg(QString::fromLatin1(lines.first()));
        return r;
    }
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon > 0)
            r.headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                             lines.at(i).mid(colon + 1).trimmed());
    }
    if (r.headers.value("transfer-encoding").toLower() == "chunked") {
        for (;;) {
            qsizetype eol = -1;
            while ((eol = m_buffer.indexOf("\r\n")) < 0)
                if (!fill(m_buffer.size() + 1, deadline, &r.error))
                    return r;
            bool ok = false;
            const qint64 len = m_buffer.left(eol).split(';').first().trimmed().toLongLong(&ok, 16);
            if (!ok) {
                r.error = QStringLiteral("bad chunk size line");
                return r;
            }
            if (!fill(eol + 2 + len + 2, deadline, &r.error))
                return r;
            r.body += m_buffer.mid(eol + 2, len);
            m_buffer.remove(0, eol + 2 + len + 2);
            if (len == 0)
                break;
        }
    } else if (r.headers.contains("content-length")) {
        const qint64 len = r.headers.value("content-length").toLongLong();
        if (!fill(len, deadline, &r.error))
            return r;
        r.body = m_buffer.left(len);
        m_buffer.remove(0, len);
    } else {
        if (!fill(-1, deadline, &r.error))
            return r;
        r.body = m_buffer;
        m_buffer.clear();
    }
    r.status = statusLine.at(1).toInt();
    return r;
}

RawResponse RawHttpConnection::exchange(const QByteArray &request, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    if (!write(request, timeoutMs)) {
        RawResponse r;
        r.error = QStringLiteral("cannot send the request: %1").arg(m_socket.errorString());
        return r;
    }
    return read(int(qMax<qint64>(1, deadline.remainingTime())));
}

QByteArray RawHttpConnection::request(const QByteArray &method, const QByteArray &target,
                                      const QList<QByteArray> &headerLines,
                                      const QByteArray &body) const
{
    QByteArray r = method + ' ' + target + " HTTP/1.1\r\nHost: " + m_base.host().toUtf8() + ':'
        + QByteArray::number(m_base.port()) + "\r\n";
    for (const QByteArray &h : headerLines)
        r += h + "\r\n";
    return r + "\r\n" + body;
}

} // namespace clu::test
