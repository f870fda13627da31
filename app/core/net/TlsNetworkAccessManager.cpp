#include "TlsNetworkAccessManager.h"

#include "TlsPolicy.h"

#include <QNetworkReply>

namespace clu {

TlsNetworkAccessManager::TlsNetworkAccessManager(TlsPolicy *policy, QObject *parent)
    : QNetworkAccessManager(parent)
    , m_policy(policy)
{ }

QNetworkReply *TlsNetworkAccessManager::createRequest(Operation op, const QNetworkRequest &request,
                                                      QIODevice *outgoingData)
{
    QNetworkReply *reply = QNetworkAccessManager::createRequest(op, request, outgoingData);
    if (m_policy)
        m_policy->attach(reply);
    return reply;
}

} // namespace clu
