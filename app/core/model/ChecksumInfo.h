#pragma once

#include "JsonReader.h"

namespace clu {

// §5.6. `algorithm` defaults to SHA1 on the server when omitted; an unset OpenEnum is sent as
// "not present" so that the server's default applies.
struct ChecksumInfo
{
    OpenEnum<ChecksumAlgorithm> algorithm;
    QString checksum; // lowercase hex

    static ChecksumInfo read(JsonReader &r);
    static ChecksumInfo fromJson(const QJsonValue &v, QString *error)
    {
        return decodeJson<ChecksumInfo>(v, error);
    }
    QJsonObject toJson() const;
};

} // namespace clu
