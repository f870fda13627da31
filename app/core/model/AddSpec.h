#pragma once

#include "ChecksumInfo.h"
#include "TransferEndpoint.h"

#include <optional>

namespace clu {

// §5.7: input of session-file add.
struct AddSpec
{
    QString name;
    OpenEnum<SourceType> sourceType = SourceType::Push;
    std::optional<TransferEndpoint> sourceEndpoint; // required for PULL
    std::optional<qint64> size; // always send it for PUSH (§8.4)
    std::optional<ChecksumInfo> checksumInfo;

    // Empty when the spec can be sent; otherwise a translated reason naming the field.
    QString validate() const;

    static AddSpec read(JsonReader &r);
    static AddSpec fromJson(const QJsonValue &v, QString *error)
    {
        return decodeJson<AddSpec>(v, error);
    }
    QJsonObject toJson() const;
};

} // namespace clu
