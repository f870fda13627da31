#include "ItemOperations.h"

#include "ContentRules.h"

namespace clu::sim {

namespace {

VapiError duplicateItem(const QString &item, const Library &lib)
{
    return VapiError::make(
        QStringLiteral("ALREADY_EXISTS"),
        QStringLiteral("com.vmware.vdcs.cls-main.duplicate_item_name_unsupported_in_library"),
        QStringLiteral(
            "The name '%1' is already in use by another library item in library '%2' (ID: %3).")
            .arg(item, lib.name, lib.id),
        { item, lib.name, lib.id });
}

} // namespace

ItemOperations::ItemOperations(SimState &state)
    : m_state(state)
{ }

void ItemOperations::registerOperations(OperationTable &t)
{
    t.insert(QStringLiteral("item.list"), [this](const Call &c) { return listItems(c); });
    t.insert(QStringLiteral("item.get"), [this](const Call &c) { return getItem(c); });
    t.insert(QStringLiteral("item.find"), [this](const Call &c) { return findItems(c); });
    t.insert(QStringLiteral("item.create"), [this](const Call &c) { return createItem(c); });
    t.insert(QStringLiteral("item.delete"), [this](const Call &c) { return deleteItem(c); });
    t.insert(QStringLiteral("item_file.list"), [this](const Call &c) { return listItemFiles(c); });
    t.insert(QStringLiteral("item_file.get"), [this](const Call &c) { return getItemFile(c); });
    t.insert(QStringLiteral("type.list"), [this](const Call &c) { return listTypes(c); });
}

QJsonObject ItemOperations::itemJson(const Item &i)
{
    QJsonObject o { { QStringLiteral("id"), i.id },
                    { QStringLiteral("library_id"), i.libraryId },
                    { QStringLiteral("name"), i.name },
                    { QStringLiteral("description"), i.description },
                    { QStringLiteral("content_version"), QString::number(i.contentVersion) },
                    { QStringLiteral("metadata_version"), QString::number(i.metadataVersion) },
                    { QStringLiteral("version"), QString::number(i.metadataVersion) },
                    { QStringLiteral("size"), i.size() },
                    { QStringLiteral("cached"), !i.files.isEmpty() },
                    { QStringLiteral("creation_time"), isoTime(i.created) },
                    { QStringLiteral("last_modified_time"), isoTime(i.modified) } };
    if (!i.type.isEmpty())
        o.insert(QStringLiteral("type"), i.type);
    if (!i.sourceId.isEmpty())
        o.insert(QStringLiteral("source_id"), i.sourceId);
    return o;
}

Outcome ItemOperations::listItems(const Call &c)
{
    const QString lib = c.str("library_id");
    std::lock_guard lock(m_state.mutex);
    if (!m_state.libraries.contains(lib))
        return Outcome::fail(VapiError::notFound(QStringLiteral("library"), lib));
    QJsonArray a;
    for (const Item &i : m_state.items)
        if (i.libraryId == lib)
            a.append(i.id);
    return Outcome::ok(a);
}

Outcome ItemOperations::getItem(const Call &c)
{
    const QString id = c.str("item_id");
    std::lock_guard lock(m_state.mutex);
    auto it = m_state.items.constFind(id);
    if (it == m_state.items.constEnd())
        return Outcome::fail(VapiError::notFound(QStringLiteral("library item"), id));
    return Outcome::ok(itemJson(*it));
}

Outcome ItemOperations::findItems(const Call &c)
{
    const QJsonObject spec = c.obj("spec");
    std::lock_guard lock(m_state.mutex);
    QJsonArray a;
    for (const Item &i : m_state.items) {
        if (!ContentRules::nameMatches(spec, i.name))
            continue;
        if (spec.contains(QLatin1String("library_id"))
            && spec.value(QLatin1String("library_id")).toString() != i.libraryId)
            continue;
        if (spec.contains(QLatin1String("type"))
            && spec.value(QLatin1String("type")).toString() != i.type)
            continue;
        if (spec.contains(QLatin1String("source_id"))
            && spec.value(QLatin1String("source_id")).toString() != i.sourceId)
            continue;
        if (spec.contains(QLatin1String("cached"))
            && spec.value(QLatin1String("cached")).toBool() != !i.files.isEmpty())
            continue;
        a.append(i.id);
    }
    return Outcome::ok(a);
}

Outcome ItemOperations::createItem(const Call &c)
{
    const QJsonObject spec = c.obj("spec");
    const QString libId = spec.value(QLatin1String("library_id")).toString();
    const QString name = spec.value(QLatin1String("name")).toString();
    if (libId.isEmpty() || name.trimmed().isEmpty())
        return Outcome::fail(VapiError::invalidArgument(
            QStringLiteral("create_spec.library_id and create_spec.name are required.")));
    std::lock_guard lock(m_state.mutex);
    if (!m_state.mayModifyContent(c.user))
        return Outcome::fail(VapiError::unauthorized());
    const QString tokenKey = QStringLiteral("item|") + c.user + QLatin1Char('|') + c.clientToken;
    if (!c.clientToken.isEmpty() && m_state.clientTokens.contains(tokenKey)
        && m_state.items.contains(m_state.clientTokens.value(tokenKey)))
        return Outcome::created(m_state.clientTokens.value(tokenKey));
    auto lib = m_state.libraries.constFind(libId);
    if (lib == m_state.libraries.constEnd())
        return Outcome::fail(VapiError::notFound(QStringLiteral("library"), libId));
    if (lib->type != QLatin1String("LOCAL"))
        return Outcome::fail(VapiError::make(
            QStringLiteral("INVALID_ELEMENT_TYPE"),
            QStringLiteral("com.vmware.vdcs.cls-main.library_item_create_on_subscribed_library"),
            QStringLiteral("Library items cannot be created in subscribed library '%1'.")
                .arg(lib->name),
            { lib->name }));
    for (const Item &i : m_state.items)
        if (i.libraryId == libId && i.name.compare(name, Qt::CaseInsensitive) == 0)
            return Outcome::fail(duplicateItem(name, *lib));
    Item i;
    i.id = ContentRules::newId();
    i.libraryId = libId;
    i.name = name;
    i.description = spec.value(QLatin1String("description")).toString();
    i.type = spec.value(QLatin1String("type")).toString();
    i.created = i.modified = QDateTime::currentDateTimeUtc();
    m_state.items.insert(i.id, i);
    if (!c.clientToken.isEmpty())
        m_state.clientTokens.insert(tokenKey, i.id);
    m_state.save();
    return Outcome::created(i.id);
}

QString ItemOperations::createItem(const QString &libraryId, const QString &name,
                                   const QString &description, const QString &type)
{
    Item i;
    i.id = ContentRules::newId();
    i.libraryId = libraryId;
    i.name = name;
    i.description = description;
    i.type = type;
    i.created = i.modified = QDateTime::currentDateTimeUtc();
    std::lock_guard lock(m_state.mutex);
    m_state.items.insert(i.id, i);
    m_state.save();
    return i.id;
}

Outcome ItemOperations::deleteItem(const Call &c)
{
    const QString id = c.str("item_id");
    std::lock_guard lock(m_state.mutex);
    if (!m_state.items.contains(id))
        return Outcome::fail(VapiError::notFound(QStringLiteral("library item"), id));
    if (ContentRules::hasActiveSession(m_state, id))
        return Outcome::fail(ContentRules::busyItem(id));
    ContentRules::removeItem(m_state, id);
    m_state.save();
    return Outcome::empty();
}

namespace {

QJsonObject itemFileJson(const ItemFile &f)
{
    QJsonObject o { { QStringLiteral("name"), f.name },
                    { QStringLiteral("size"), f.size },
                    { QStringLiteral("cached"), true },
                    { QStringLiteral("version"), QString::number(f.version) } };
    if (!f.sha1.isEmpty())
        o.insert(QStringLiteral("checksum_info"),
                 QJsonObject { { QStringLiteral("algorithm"), QStringLiteral("SHA1") },
                               { QStringLiteral("checksum"), f.sha1 } });
    return o;
}

} // namespace

Outcome ItemOperations::listItemFiles(const Call &c)
{
    const QString id = c.str("item_id");
    std::lock_guard lock(m_state.mutex);
    auto it = m_state.items.constFind(id);
    if (it == m_state.items.constEnd())
        return Outcome::fail(VapiError::notFound(QStringLiteral("library item"), id));
    QJsonArray a;
    for (const ItemFile &f : it->files)
        a.append(itemFileJson(f));
    return Outcome::ok(a);
}

Outcome ItemOperations::getItemFile(const Call &c)
{
    const QString id = c.str("item_id");
    const QString name = c.str("name");
    std::lock_guard lock(m_state.mutex);
    auto it = m_state.items.constFind(id);
    if (it == m_state.items.constEnd())
        return Outcome::fail(VapiError::notFound(QStringLiteral("library item"), id));
    for (const ItemFile &f : it->files)
        if (f.name == name)
            return Outcome::ok(itemFileJson(f));
    return Outcome::fail(VapiError::notFound(QStringLiteral("file"), name));
}

Outcome ItemOperations::listTypes(const Call &)
{
    auto type = [](const char *name, const char *resource, const char *description) {
        return QJsonObject { { QStringLiteral("name"), QLatin1String(name) },
                             { QStringLiteral("resource_type"), QLatin1String(resource) },
                             { QStringLiteral("description"), QLatin1String(description) },
                             { QStringLiteral("vendor"), QStringLiteral("VMware") },
                             { QStringLiteral("version"), QStringLiteral("1.0.0") } };
    };
    return Outcome::ok(
        QJsonArray { type("OVF", "ovf", "OVF/OVA template (validation, preview, OVA expansion)"),
                     type("VM template", "vm-template", "Virtual machine template"),
                     type("ISO", "iso", "ISO image") });
}

} // namespace clu::sim
