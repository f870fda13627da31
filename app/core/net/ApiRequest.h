#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>

namespace clu {

// One JSON API call, already shaped for a flavor by ApiRoutes: the RestClient only adds the
// base URL, the session header, and decodes the answer.
struct ApiRequest
{
    QByteArray method = "GET";
    QString path; // percent-encoded absolute path, e.g. /api/content/library/item/update-session
    QList<QPair<QString, QString>> query; // decoded; the client encodes (also '+', ':' kept)
    QJsonValue body = QJsonValue::Undefined; // Undefined = send no body
    QList<QPair<QByteArray, QByteArray>> headers; // e.g. Client-Token
    QString operation; // translated, for error messages: "get update session …"
    bool idempotent = false; // safe to resend after 503/500 with Retry-After
    // A write that may be resent after a 503 (the server says it did not carry the call out):
    // creates with a Client-Token, and session actions whose repeat the caller checks against
    // the session's state (complete, fail, cancel, keep-alive, delete).
    bool resendAfterUnavailable = false;
    bool resultWrapped = false; // /rest: result is {"value": …}
    bool authenticated = true; // send the session header; re-login once on 401

    // The query as it goes on the wire, without '?'.
    QString encodedQuery() const;
    // "path?query" as it goes on the wire (for logs and tests).
    QString pathAndQuery() const;
};

} // namespace clu
