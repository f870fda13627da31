#include "LocalizableMessage.h"

namespace clu {

LocalizableMessage LocalizableMessage::read(JsonReader &r)
{
    LocalizableMessage m;
    if (!r.expectObject())
        return m;
    m.id = r.string("id");
    m.defaultMessage = r.string("default_message");
    // Documented as required, but vcsim and older servers leave `args` out; an empty list is
    // the faithful reading of that.
    m.args = r.stringList("args", JsonReader::Optional);
    if (r.has("params")) {
        if (!r.raw("params").isObject())
            r.fail("params", JsonReader::tr("expected an object"));
        else
            m.params = r.raw("params").toObject();
    }
    m.localized = r.string("localized", JsonReader::Optional);
    return m;
}

QJsonObject LocalizableMessage::toJson() const
{
    QJsonObject o { { QStringLiteral("id"), id },
                    { QStringLiteral("default_message"), defaultMessage },
                    { QStringLiteral("args"), json::fromStringList(args) } };
    if (!params.isEmpty())
        o.insert(QStringLiteral("params"), params);
    if (!localized.isEmpty())
        o.insert(QStringLiteral("localized"), localized);
    return o;
}

} // namespace clu
