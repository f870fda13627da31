#pragma once

#include "JsonReader.h"

namespace clu {

// §5.4: what the client wants done about one warning type (the PATCH body's list items).
struct WarningBehavior
{
    OpenEnum<WarningType> type;
    bool ignored = false;

    static WarningBehavior read(JsonReader &r);
    static WarningBehavior fromJson(const QJsonValue &v, QString *error)
    {
        return decodeJson<WarningBehavior>(v, error);
    }
    QJsonObject toJson() const;
};

} // namespace clu
