// The wire rules of RestClient (issue 10), apart from the call/retry logic in RestClient.cpp:
// limits on every JSON answer, and how refused redirects, breached limits and plain http on a
// TLS port are reported.
#include "ReplyLimits.h"
#include "RestClient.h"
#include "TransportRules.h"

#include <QNetworkReply>

namespace clu {

void RestClient::applyCallLimits(QNetworkReply *reply) const
{
    ReplyLimits::attach(reply, m_maxResponseBytes, m_callDeadline);
}

bool RestClient::guardError(QNetworkReply *reply, ApiError &e)
{
    switch (ReplyLimits::breach(reply)) {
    case ReplyLimits::Breach::TooLarge:
        e.kind = ApiError::Kind::BadResponse;
        e.detail = ReplyLimits::violation(reply);
        return true;
    case ReplyLimits::Breach::Deadline:
        e.kind = ApiError::Kind::Timeout;
        e.detail = ReplyLimits::violation(reply);
        // The connection did not fail; we ended it. NoError tells ApiError::message() to show
        // the detail instead of the generic timeout text.
        e.networkError = QNetworkReply::NoError;
        return true;
    case ReplyLimits::Breach::None:
        break;
    }
    // The manager follows no redirect (TlsNetworkAccessManager): a 3xx arrives here as is.
    if (e.httpStatus >= 300 && e.httpStatus < 400 && reply->hasRawHeader("Location")) {
        e.kind = ApiError::Kind::Http;
        e.detail = TransportRules::redirectRefusal(
            reply->url(), QUrl::fromEncoded(reply->rawHeader("Location").trimmed()));
        return true;
    }
    const QString hint = TransportRules::plainHttpOnTlsHint(reply);
    if (!hint.isEmpty()) {
        e.kind = ApiError::Kind::Network;
        e.detail = hint;
        return true;
    }
    return false;
}

} // namespace clu
