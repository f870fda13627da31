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

namespace {

// Sets `b` in `list`: replaces the entry of its type, or appends one.
void put(QList<WarningBehavior> &list, const WarningBehavior &b)
{
    for (WarningBehavior &have : list) {
        if (have.type == b.type) {
            have.ignored = b.ignored;
            return;
        }
    }
    list.append(b);
}

} // namespace

QList<WarningBehavior> WarningBehavior::merged(const QList<WarningBehavior> &existing,
                                               const QList<WarningBehavior> &decided)
{
    QList<WarningBehavior> out;
    for (const WarningBehavior &b : existing) // a server's duplicate entries collapse to one
        put(out, b);
    for (const WarningBehavior &b : decided)
        put(out, b);
    return out;
}

QList<WarningBehavior> WarningBehavior::forWarnings(const QList<PreviewWarning> &warnings,
                                                    const QList<OpenEnum<WarningType>> &ignore)
{
    QList<WarningBehavior> out;
    for (const PreviewWarning &w : warnings) {
        bool seen = false;
        for (const WarningBehavior &b : out)
            seen = seen || b.type == w.type;
        if (!seen)
            out.append({ w.type, ignore.contains(w.type) });
    }
    return out;
}

} // namespace clu
