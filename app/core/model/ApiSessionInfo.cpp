#include "ApiSessionInfo.h"

namespace clu {

ApiSessionInfo ApiSessionInfo::read(JsonReader &r)
{
    ApiSessionInfo s;
    if (!r.expectObject())
        return s;
    s.user = r.string("user");
    s.createdTime = r.dateTime("created_time", JsonReader::Optional);
    s.lastAccessedTime = r.dateTime("last_accessed_time", JsonReader::Optional);
    return s;
}

QJsonObject ApiSessionInfo::toJson() const
{
    QJsonObject o { { QStringLiteral("user"), user } };
    if (createdTime.isValid())
        o.insert(QStringLiteral("created_time"), json::fromDateTime(createdTime));
    if (lastAccessedTime.isValid())
        o.insert(QStringLiteral("last_accessed_time"), json::fromDateTime(lastAccessedTime));
    return o;
}

} // namespace clu
