#include "TlsNetworkAccessManager.h"

#include "TlsPolicy.h"

#include <QNetworkReply>
#include <QNetworkRequest>

namespace clu {

TlsNetworkAccessManager::TlsNetworkAccessManager(TlsPolicy *policy, QObject *parent)
    : QNetworkAccessManager(parent)
    , m_policy(policy)
{ }

QNetworkReply *TlsNetworkAccessManager::createRequest(Operation op, const QNetworkRequest &request,
                                                      QIODevice *outgoingData)
{
    // No request of ours follows a redirect (issue 10 #3): Qt copies the raw headers, so a 307
    // on login would carry "Authorization: Basic" and a 302 the session token to wherever the
    // Location points. The 3xx reaches RestClient::errorFromReply, which names both hosts.
    QNetworkRequest guarded(request);
    guarded.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *reply = QNetworkAccessManager::createRequest(op, guarded, outgoingData);
    if (m_policy)
        m_policy->attach(reply);
    return reply;
}

} // namespace clu
