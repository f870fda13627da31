#include "Datastore.h"

namespace clu {

Datastore Datastore::read(JsonReader &r)
{
    Datastore d;
    if (!r.expectObject())
        return d;
    d.id = r.string("datastore");
    d.name = r.string("name");
    d.type = r.string("type", JsonReader::Optional);
    if (r.has("free_space"))
        d.freeSpace = r.int64("free_space");
    if (r.has("capacity"))
        d.capacity = r.int64("capacity");
    return d;
}

QJsonObject Datastore::toJson() const
{
    QJsonObject o { { QStringLiteral("datastore"), id }, { QStringLiteral("name"), name } };
    if (!type.isEmpty())
        o.insert(QStringLiteral("type"), type);
    if (freeSpace)
        o.insert(QStringLiteral("free_space"), *freeSpace);
    if (capacity)
        o.insert(QStringLiteral("capacity"), *capacity);
    return o;
}

} // namespace clu
