#pragma once

#include "ApiRequest.h"
#include "ApiResult.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QNetworkReply;

namespace clu {

class RestClient;

// One JSON API call in flight: owns its current QNetworkReply, can be re-sent (retry after
// 503, after a transparent re-login) and delivers exactly one result to its callback, unless
// the caller's context object died first. Created and driven by RestClient.
class ApiJob : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const ApiResult &)>;

    ApiJob(RestClient *client, ApiRequest request, QObject *context, Callback done);
    ~ApiJob() override;

    const ApiRequest &request() const { return m_request; }
    int attempts() const { return m_attempts; }
    bool authRetried() const { return m_authRetried; }
    void setAuthRetried() { m_authRetried = true; }

    void send();
    // Delivers the result (once) and deletes the job later.
    void finish(const ApiResult &result);
    void abort();

private:
    void onReplyFinished();

    RestClient *m_client;
    ApiRequest m_request;
    QPointer<QObject> m_context;
    bool m_hasContext;
    Callback m_done;
    QPointer<QNetworkReply> m_reply;
    int m_attempts = 0;
    bool m_authRetried = false;
    bool m_finished = false;
    bool m_abortedByUs = false;
};

} // namespace clu
