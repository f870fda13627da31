#pragma once

#include <QCoreApplication>
#include <QObject>
#include <QTimer>

#include <chrono>

class QNetworkReply;

namespace clu {

// Bounds one JSON answer in size and in total time (issue 10 #6, #8). The transfer timeout only
// catches silence; a body trickling one byte a second, or a 200 MB answer read into memory, is
// caught here: the answer's Content-Length is checked as soon as the headers arrive and the
// bytes received while they arrive, and a deadline covers the whole call. On a breach the
// reply is aborted and violation() says why (RestClient::errorFromReply reports it).
// Lives as a child of the reply, so it goes away with it.
class ReplyLimits : public QObject
{
    Q_OBJECT
public:
    enum class Breach { None, TooLarge, Deadline };

    // maxBytes <= 0 or deadline <= 0: that limit is off.
    static void attach(QNetworkReply *reply, qint64 maxBytes, std::chrono::milliseconds deadline);
    static Breach breach(const QNetworkReply *reply);
    // Translated description of the breach, or empty.
    static QString violation(const QNetworkReply *reply);

private:
    ReplyLimits(QNetworkReply *reply, qint64 maxBytes, std::chrono::milliseconds deadline);
    void checkHeaders();
    void checkReceived(qint64 received);
    void trip(Breach breach, const QString &why);

    QNetworkReply *m_reply;
    qint64 m_maxBytes;
    std::chrono::milliseconds m_deadline;
    QTimer m_timer;
    qint64 m_received = 0;
};

} // namespace clu
