#include "ReplyLimits.h"

#include "Logging.h"

#include <QLocale>
#include <QNetworkReply>

namespace clu {

namespace {
const char kBreachProperty[] = "clu_limit_breach";
const char kWhyProperty[] = "clu_limit_why";

QString mib(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeIecFormat);
}
} // namespace

ReplyLimits::ReplyLimits(QNetworkReply *reply, qint64 maxBytes, std::chrono::milliseconds deadline)
    : QObject(reply)
    , m_reply(reply)
    , m_maxBytes(maxBytes)
    , m_deadline(deadline)
{
    if (m_maxBytes > 0)
        connect(reply, &QNetworkReply::metaDataChanged, this, &ReplyLimits::checkHeaders);
    // readyRead, not downloadProgress: Qt chokes that signal to one per 100 ms, so a burst that
    // ends within that window would never be seen. The body is read only when finished, so
    // bytesAvailable() is all that arrived.
    connect(reply, &QNetworkReply::readyRead, this,
            [this]() { checkReceived(m_reply->bytesAvailable()); });
    if (m_deadline.count() > 0) {
        m_timer.setSingleShot(true);
        connect(&m_timer, &QTimer::timeout, this, [this]() {
            trip(Breach::Deadline,
                 tr("no complete answer within %1 s (%2 bytes had arrived); the call was ended")
                     .arg(QString::number(double(m_deadline.count()) / 1000.0))
                     .arg(m_received));
        });
        m_timer.start(m_deadline);
        connect(reply, &QNetworkReply::finished, &m_timer, &QTimer::stop);
    }
}

void ReplyLimits::attach(QNetworkReply *reply, qint64 maxBytes, std::chrono::milliseconds deadline)
{
    if (maxBytes > 0 || deadline.count() > 0)
        new ReplyLimits(reply, maxBytes, deadline);
}

ReplyLimits::Breach ReplyLimits::breach(const QNetworkReply *reply)
{
    return Breach(reply->property(kBreachProperty).toInt());
}

QString ReplyLimits::violation(const QNetworkReply *reply)
{
    return reply->property(kWhyProperty).toString();
}

void ReplyLimits::checkHeaders()
{
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    if (length.isValid() && length.toLongLong() > m_maxBytes)
        trip(Breach::TooLarge,
             tr("the server's answer is %1 bytes (Content-Length), more than the limit of %2; "
                "it was not read")
                 .arg(length.toLongLong())
                 .arg(mib(m_maxBytes)));
}

void ReplyLimits::checkReceived(qint64 received)
{
    m_received = received;
    if (m_maxBytes > 0 && received > m_maxBytes)
        trip(Breach::TooLarge,
             tr("the server's answer passed the limit of %1 while it arrived; the rest was not "
                "read")
                 .arg(mib(m_maxBytes)));
}

void ReplyLimits::trip(Breach breach, const QString &why)
{
    if (m_reply->isFinished() || ReplyLimits::breach(m_reply) != Breach::None)
        return;
    qCWarning(lcRest).noquote() << m_reply->url().path() << ":" << why;
    m_reply->setProperty(kBreachProperty, int(breach));
    m_reply->setProperty(kWhyProperty, why);
    m_reply->abort();
}

} // namespace clu
