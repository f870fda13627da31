#pragma once

#include "JsonReader.h"

namespace clu {

// §3.4: who the API login session belongs to (result of the "touch" call).
struct ApiSessionInfo
{
    QString user;
    QDateTime createdTime;
    QDateTime lastAccessedTime;

    static ApiSessionInfo read(JsonReader &r);
    static ApiSessionInfo fromJson(const QJsonValue &v, QString *error)
    {
        return decodeJson<ApiSessionInfo>(v, error);
    }
    QJsonObject toJson() const;
};

} // namespace clu
