#include "LibraryOperations.h"

#include "ContentRules.h"

namespace clu::sim {

LibraryOperations::LibraryOperations(SimState &state)
    : m_state(state)
{ }

void LibraryOperations::registerOperations(OperationTable &t)
{
    t.insert(QStringLiteral("datastore.list"), [this](const Call &c) { return listDatastores(c); });
    t.insert(QStringLiteral("library.list"),
             [this](const Call &c) { return listLibraries(c, {}); });
    t.insert(QStringLiteral("library.get"), [this](const Call &c) { return getLibrary(c, {}); });
    t.insert(QStringLiteral("library.find"), [this](const Call &c) { return findLibraries(c); });
    t.insert(QStringLiteral("local_library.list"),
             [this](const Call &c) { return listLibraries(c, QStringLiteral("LOCAL")); });
    t.insert(QStringLiteral("local_library.get"),
             [this](const Call &c) { return getLibrary(c, QStringLiteral("LOCAL")); });
    t.insert(QStringLiteral("local_library.create"),
             [this](const Call &c) { return createLocalLibrary(c); });
    t.insert(QStringLiteral("local_library.delete"),
             [this](const Call &c) { return deleteLibrary(c, QStringLiteral("LOCAL")); });
    t.insert(QStringLiteral("subscribed_library.list"),
             [this](const Call &c) { return listLibraries(c, QStringLiteral("SUBSCRIBED")); });
    t.insert(QStringLiteral("subscribed_library.get"),
             [this](const Call &c) { return getLibrary(c, QStringLiteral("SUBSCRIBED")); });
    t.insert(QStringLiteral("subscribed_library.create"),
             [this](const Call &c) { return createSubscribedLibrary(c); });
    t.insert(QStringLiteral("subscribed_library.delete"),
             [this](const Call &c) { return deleteLibrary(c, QStringLiteral("SUBSCRIBED")); });
}

QJsonObject LibraryOperations::libraryJson(const Library &l)
{
    QJsonObject o {
        { QStringLiteral("id"), l.id },
        { QStringLiteral("name"), l.name },
        { QStringLiteral("description"), l.description },
        { QStringLiteral("type"), l.type },
        { QStringLiteral("creation_time"), isoTime(l.created) },
        { QStringLiteral("last_modified_time"), isoTime(l.modified) },
        { QStringLiteral("version"), QString::number(l.version) },
        { QStringLiteral("server_guid"), QStringLiteral("3f0c6e3c-5c1a-4c3e-9a0e-cl-simulator") },
        { QStringLiteral("storage_backings"),
          QJsonArray { QJsonObject { { QStringLiteral("type"), QStringLiteral("DATASTORE") },
                                     { QStringLiteral("datastore_id"), l.datastoreId } } } }
    };
    if (l.type == QLatin1String("SUBSCRIBED")) {
        o.insert(
            QStringLiteral("subscription_info"),
            QJsonObject { { QStringLiteral("subscription_url"), l.subscriptionUrl },
                          { QStringLiteral("automatic_sync_enabled"), false },
                          { QStringLiteral("on_demand"), true },
                          { QStringLiteral("authentication_method"), QStringLiteral("NONE") } });
        o.insert(QStringLiteral("last_sync_time"), isoTime(l.modified));
    } else {
        o.insert(
            QStringLiteral("publish_info"),
            QJsonObject { { QStringLiteral("published"), false },
                          { QStringLiteral("authentication_method"), QStringLiteral("NONE") } });
    }
    return o;
}

Outcome LibraryOperations::listDatastores(const Call &)
{
    std::lock_guard lock(m_state.mutex);
    QJsonArray a;
    for (const Datastore &d : m_state.datastores)
        a.append(QJsonObject { { QStringLiteral("datastore"), d.id },
                               { QStringLiteral("name"), d.name },
                               { QStringLiteral("type"), d.type },
                               { QStringLiteral("free_space"), d.freeSpace },
                               { QStringLiteral("capacity"), d.capacity } });
    return Outcome::ok(a);
}

Outcome LibraryOperations::listLibraries(const Call &, const QString &typeFilter)
{
    std::lock_guard lock(m_state.mutex);
    QJsonArray a;
    for (const Library &l : m_state.libraries)
        if (typeFilter.isEmpty() || l.type == typeFilter)
            a.append(l.id);
    return Outcome::ok(a);
}

Outcome LibraryOperations::getLibrary(const Call &c, const QString &typeFilter)
{
    std::lock_guard lock(m_state.mutex);
    const QString id = c.str("library_id");
    auto it = m_state.libraries.constFind(id);
    if (it == m_state.libraries.constEnd() || (!typeFilter.isEmpty() && it->type != typeFilter))
        return Outcome::fail(VapiError::notFound(QStringLiteral("library"), id));
    return Outcome::ok(libraryJson(*it));
}

Outcome LibraryOperations::findLibraries(const Call &c)
{
    const QJsonObject spec = c.obj("spec");
    std::lock_guard lock(m_state.mutex);
    QJsonArray a;
    for (const Library &l : m_state.libraries) {
        if (!ContentRules::nameMatches(spec, l.name))
            continue;
        if (spec.contains(QLatin1String("type"))
            && spec.value(QLatin1String("type")).toString() != l.type)
            continue;
        a.append(l.id);
    }
    return Outcome::ok(a);
}

Outcome LibraryOperations::createLocalLibrary(const Call &c)
{
    const QJsonObject spec = c.obj("spec");
    const QString name = spec.value(QLatin1String("name")).toString();
    if (name.trimmed().isEmpty())
        return Outcome::fail(
            VapiError::invalidArgument(QStringLiteral("create_spec.name is required.")));
    const QJsonArray backings = spec.value(QLatin1String("storage_backings")).toArray();
    if (backings.isEmpty())
        return Outcome::fail(VapiError::invalidArgument(
            QStringLiteral("create_spec.storage_backings must name one DATASTORE backing.")));
    const QJsonObject b = backings.first().toObject();
    const QString dsId = b.value(QLatin1String("datastore_id")).toString();
    {
        std::lock_guard lock(m_state.mutex);
        const QString tokenKey =
            QStringLiteral("library|") + c.user + QLatin1Char('|') + c.clientToken;
        if (!c.clientToken.isEmpty() && m_state.clientTokens.contains(tokenKey))
            return Outcome::created(m_state.clientTokens.value(tokenKey));
        bool known = false;
        for (const Datastore &d : m_state.datastores)
            known = known || d.id == dsId;
        if (b.value(QLatin1String("type")).toString(QStringLiteral("DATASTORE"))
                != QLatin1String("DATASTORE")
            || !known)
            return Outcome::fail(VapiError::invalidArgument(
                QStringLiteral("Storage backing datastore '%1' does not exist.").arg(dsId)));
        for (const Library &l : m_state.libraries)
            if (l.name.compare(name, Qt::CaseInsensitive) == 0)
                return Outcome::fail(VapiError::make(
                    QStringLiteral("ALREADY_EXISTS"),
                    QStringLiteral("com.vmware.vdcs.cls-main.duplicate_library_name"),
                    QStringLiteral("A library with name '%1' already exists.").arg(name),
                    { name }));
    }
    const QString id = createLibrary(name, spec.value(QLatin1String("description")).toString(),
                                     QStringLiteral("LOCAL"), dsId, {});
    if (!c.clientToken.isEmpty()) {
        std::lock_guard lock(m_state.mutex);
        m_state.clientTokens.insert(
            QStringLiteral("library|") + c.user + QLatin1Char('|') + c.clientToken, id);
    }
    return Outcome::created(id);
}

Outcome LibraryOperations::createSubscribedLibrary(const Call &c)
{
    const QJsonObject spec = c.obj("spec");
    const QString name = spec.value(QLatin1String("name")).toString();
    const QString url = spec.value(QLatin1String("subscription_info"))
                            .toObject()
                            .value(QLatin1String("subscription_url"))
                            .toString();
    const QString dsId = spec.value(QLatin1String("storage_backings"))
                             .toArray()
                             .first()
                             .toObject()
                             .value(QLatin1String("datastore_id"))
                             .toString();
    if (name.trimmed().isEmpty() || url.isEmpty())
        return Outcome::fail(VapiError::invalidArgument(QStringLiteral(
            "create_spec.name and create_spec.subscription_info.subscription_url are required.")));
    // No real synchronisation: the simulator has no publisher to talk to (see README).
    return Outcome::created(createLibrary(name, spec.value(QLatin1String("description")).toString(),
                                          QStringLiteral("SUBSCRIBED"), dsId, url));
}

QString LibraryOperations::createLibrary(const QString &name, const QString &description,
                                         const QString &type, const QString &datastoreId,
                                         const QString &subscriptionUrl)
{
    Library l;
    l.id = ContentRules::newId();
    l.name = name;
    l.description = description;
    l.type = type;
    l.datastoreId = datastoreId;
    l.subscriptionUrl = subscriptionUrl;
    l.created = l.modified = QDateTime::currentDateTimeUtc();
    std::lock_guard lock(m_state.mutex);
    m_state.libraries.insert(l.id, l);
    m_state.save();
    return l.id;
}

Outcome LibraryOperations::deleteLibrary(const Call &c, const QString &typeFilter)
{
    const QString id = c.str("library_id");
    std::lock_guard lock(m_state.mutex);
    auto it = m_state.libraries.find(id);
    if (it == m_state.libraries.end() || it->type != typeFilter)
        return Outcome::fail(VapiError::notFound(QStringLiteral("library"), id));
    QStringList itemIds;
    for (const Item &i : m_state.items)
        if (i.libraryId == id) {
            if (ContentRules::hasActiveSession(m_state, i.id))
                return Outcome::fail(ContentRules::busyItem(i.id));
            itemIds.append(i.id);
        }
    for (const QString &itemId : itemIds)
        ContentRules::removeItem(m_state, itemId);
    m_state.libraries.erase(it);
    m_state.save();
    return Outcome::empty();
}

} // namespace clu::sim
