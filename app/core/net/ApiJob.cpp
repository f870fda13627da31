#include "ApiJob.h"

#include "RestClient.h"

#include <QNetworkReply>

namespace clu {

ApiJob::ApiJob(RestClient *client, ApiRequest request, QObject *context, Callback done)
    : QObject(client)
    , m_client(client)
    , m_request(std::move(request))
    , m_context(context)
    , m_hasContext(context != nullptr)
    , m_done(std::move(done))
{ }

ApiJob::~ApiJob()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void ApiJob::send()
{
    ++m_attempts;
    m_reply = m_client->sendRequest(m_request);
    connect(m_reply, &QNetworkReply::finished, this, &ApiJob::onReplyFinished);
}

void ApiJob::abort()
{
    m_abortedByUs = true;
    if (m_reply)
        m_reply->abort();
}

void ApiJob::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    if (!reply)
        return;
    const ApiResult result = m_client->decode(reply, m_request, m_abortedByUs);
    m_client->jobFinished(this, result, reply);
    reply->deleteLater();
}

void ApiJob::finish(const ApiResult &result)
{
    if (m_finished)
        return;
    m_finished = true;
    // A caller that went away (closed dialog, finished upload) must not be called back.
    if (m_done && (!m_hasContext || m_context))
        m_done(result);
    deleteLater();
}

} // namespace clu
