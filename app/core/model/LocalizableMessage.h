#pragma once

#include "JsonReader.h"

namespace clu {

// §4.1: one entry of an error's message stack, or a session/file error_message.
struct LocalizableMessage
{
    QString id; // e.g. com.vmware.vdcs.cls-main.update_session_invalid_state_for_operation_reason
    QString defaultMessage; // English text from the server
    QStringList args;
    QJsonObject params; // API 7.0+, optional named arguments, kept verbatim
    QString localized; // API 7.0+, optional

    // The best text to show: localized if the server sent one, else the default message.
    QString text() const { return localized.isEmpty() ? defaultMessage : localized; }

    static LocalizableMessage read(JsonReader &r);
    static LocalizableMessage fromJson(const QJsonValue &v, QString *error)
    {
        return decodeJson<LocalizableMessage>(v, error);
    }
    QJsonObject toJson() const;
};

} // namespace clu
