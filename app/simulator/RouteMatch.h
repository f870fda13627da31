#pragma once

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace clu::sim {

// What a flavor's route table made of one request: the operation name and its parameters.
// "auth.*" operations are handled by the server itself (they need the Authorization header).
struct RouteMatch
{
    QString op;
    QJsonObject args;
    QString clientToken;
};

struct RouteInput
{
    QString method;
    QStringList segments; // decoded path segments after the flavor prefix ("rest" / "api")
    QHash<QString, QString> query;
    QJsonObject body;
    QString clientTokenHeader;
};

// /rest/...: wrapped parameters, id: prefixes, ~action=.
class RestRoutes
{
public:
    static bool resolve(const RouteInput &in, RouteMatch *out);
};

// /api/...: bare bodies, resource paths, action=, Client-Token header or client_token query.
class ApiRoutes
{
public:
    static bool resolve(const RouteInput &in, RouteMatch *out);
};

} // namespace clu::sim
