#include "PreviewWarning.h"

namespace clu {

PreviewWarning PreviewWarning::read(JsonReader &r)
{
    PreviewWarning w;
    if (!r.expectObject())
        return w;
    w.type = r.enumeration<WarningType>("type");
    if (auto m = r.object<LocalizableMessage>("message"))
        w.message = *m;
    w.ignored = r.boolean("ignored");
    return w;
}

QJsonObject PreviewWarning::toJson() const
{
    return { { QStringLiteral("type"), type.toString() },
             { QStringLiteral("message"), message.toJson() },
             { QStringLiteral("ignored"), ignored } };
}

} // namespace clu
