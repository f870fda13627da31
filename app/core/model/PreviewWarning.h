#pragma once

#include "LocalizableMessage.h"

namespace clu {

// §5.4 PreviewWarningInfo: one problem the server found with an OVF signature.
struct PreviewWarning
{
    OpenEnum<WarningType> type;
    LocalizableMessage message;
    bool ignored = false;

    static PreviewWarning read(JsonReader &r);
    static PreviewWarning fromJson(const QJsonValue &v, QString *error)
    {
        return decodeJson<PreviewWarning>(v, error);
    }
    QJsonObject toJson() const;
};

} // namespace clu
