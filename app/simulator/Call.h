#pragma once

#include "VapiError.h"

#include <QJsonObject>
#include <QString>

namespace clu::sim {

// One JSON API call after the flavor's route table took it apart: the operation's parameters
// under their reference names (ids, "spec", "file_name", "client_progress", ...).
struct Call
{
    Flavor flavor = Flavor::Api;
    QString user;
    QJsonObject args;
    QString clientToken;
    QString baseUrl; // scheme://host:port the client used, for upload URIs

    QString str(const char *name) const { return args.value(QLatin1String(name)).toString(); }
    QJsonObject obj(const char *name) const { return args.value(QLatin1String(name)).toObject(); }
    bool has(const char *name) const { return args.contains(QLatin1String(name)); }
};

} // namespace clu::sim
