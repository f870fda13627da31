#include "WarningBehavior.h"

namespace clu {

WarningBehavior WarningBehavior::read(JsonReader &r)
{
    WarningBehavior w;
    if (!r.expectObject())
        return w;
    w.type = r.enumeration<WarningType>("type");
    w.ignored = r.boolean("ignored");
    return w;
}

QJsonObject WarningBehavior::toJson() const
{
    return { { QStringLiteral("type"), type.toString() }, { QStringLiteral("ignored"), ignored } };
}

} // namespace clu
