#pragma once

#include <QNetworkAccessManager>
#include <QPointer>

namespace clu {

class TlsPolicy;

// A QNetworkAccessManager that hands every reply it creates to a TlsPolicy, so no request of
// the engine (JSON calls, upload PUTs to another host) can bypass pinning and trust decisions.
class TlsNetworkAccessManager : public QNetworkAccessManager
{
    Q_OBJECT
public:
    explicit TlsNetworkAccessManager(TlsPolicy *policy, QObject *parent = nullptr);

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request,
                                 QIODevice *outgoingData) override;

private:
    QPointer<TlsPolicy> m_policy;
};

} // namespace clu
