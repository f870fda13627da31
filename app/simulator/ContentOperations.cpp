#include "ContentOperations.h"

#include "OvfAdapter.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSslCertificate>
#include <QUuid>

namespace clu::sim {

namespace {

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

bool nameMatches(const QJsonObject &spec, const QString &name)
{
    return !spec.contains(QLatin1String("name"))
        || spec.value(QLatin1String("name")).toString().compare(name, Qt::CaseInsensitive) == 0;
}

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

bool hasActiveSession(const SimState &s, const QString &itemId)
{
    for (const UpdateSession &u : s.sessions)
        if (u.itemId == itemId && u.state == QLatin1String("ACTIVE"))
            return true;
    return false;
}

VapiError busyItem(const QString &itemId)
{
    return VapiError::make(
        QStringLiteral("RESOURCE_BUSY"),
        QStringLiteral("com.vmware.vdcs.cls-main.library_item_busy"),
        QStringLiteral("Library item %1 has an active update session.").arg(itemId), { itemId });
}

} // namespace

ContentOperations::ContentOperations(SimState &state, OvfAdapter &ovf)
    : m_state(state)
    , m_ovf(ovf)
{ }

void ContentOperations::registerOperations(OperationTable &t)
{
    using namespace std::placeholders;
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
    t.insert(QStringLiteral("item.list"), [this](const Call &c) { return listItems(c); });
    t.insert(QStringLiteral("item.get"), [this](const Call &c) { return getItem(c); });
    t.insert(QStringLiteral("item.find"), [this](const Call &c) { return findItems(c); });
    t.insert(QStringLiteral("item.create"), [this](const Call &c) { return createItem(c); });
    t.insert(QStringLiteral("item.delete"), [this](const Call &c) { return deleteItem(c); });
    t.insert(QStringLiteral("item_file.list"), [this](const Call &c) { return listItemFiles(c); });
    t.insert(QStringLiteral("item_file.get"), [this](const Call &c) { return getItemFile(c); });
    t.insert(QStringLiteral("type.list"), [this](const Call &c) { return listTypes(c); });
    t.insert(QStringLiteral("trusted.list"), [this](const Call &c) { return listTrusted(c); });
    t.insert(QStringLiteral("trusted.get"), [this](const Call &c) { return getTrusted(c); });
    t.insert(QStringLiteral("trusted.create"), [this](const Call &c) { return createTrusted(c); });
    t.insert(QStringLiteral("trusted.delete"), [this](const Call &c) { return deleteTrusted(c); });
}

QJsonObject ContentOperations::libraryJson(const Library &l)
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

QJsonObject ContentOperations::itemJson(const Item &i)
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

Outcome ContentOperations::listDatastores(const Call &)
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

Outcome ContentOperations::listLibraries(const Call &, const QString &typeFilter)
{
    std::lock_guard lock(m_state.mutex);
    QJsonArray a;
    for (const Library &l : m_state.libraries)
        if (typeFilter.isEmpty() || l.type == typeFilter)
            a.append(l.id);
    return Outcome::ok(a);
}

Outcome ContentOperations::getLibrary(const Call &c, const QString &typeFilter)
{
    std::lock_guard lock(m_state.mutex);
    const QString id = c.str("library_id");
    auto it = m_state.libraries.constFind(id);
    if (it == m_state.libraries.constEnd() || (!typeFilter.isEmpty() && it->type != typeFilter))
        return Outcome::fail(VapiError::notFound(QStringLiteral("library"), id));
    return Outcome::ok(libraryJson(*it));
}

Outcome ContentOperations::findLibraries(const Call &c)
{
    const QJsonObject spec = c.obj("spec");
    std::lock_guard lock(m_state.mutex);
    QJsonArray a;
    for (const Library &l : m_state.libraries) {
        if (!nameMatches(spec, l.name))
            continue;
        if (spec.contains(QLatin1String("type"))
            && spec.value(QLatin1String("type")).toString() != l.type)
            continue;
        a.append(l.id);
    }
    return Outcome::ok(a);
}

Outcome ContentOperations::createLocalLibrary(const Call &c)
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

Outcome ContentOperations::createSubscribedLibrary(const Call &c)
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

QString ContentOperations::createLibrary(const QString &name, const QString &description,
                                         const QString &type, const QString &datastoreId,
                                         const QString &subscriptionUrl)
{
    Library l;
    l.id = newId();
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

Outcome ContentOperations::deleteLibrary(const Call &c, const QString &typeFilter)
{
    const QString id = c.str("library_id");
    std::lock_guard lock(m_state.mutex);
    auto it = m_state.libraries.find(id);
    if (it == m_state.libraries.end() || it->type != typeFilter)
        return Outcome::fail(VapiError::notFound(QStringLiteral("library"), id));
    QStringList itemIds;
    for (const Item &i : m_state.items)
        if (i.libraryId == id) {
            if (hasActiveSession(m_state, i.id))
                return Outcome::fail(busyItem(i.id));
            itemIds.append(i.id);
        }
    for (const QString &itemId : itemIds) {
        m_state.items.remove(itemId);
        QDir(m_state.filesDir() + QLatin1Char('/') + itemId).removeRecursively();
    }
    m_state.libraries.erase(it);
    m_state.save();
    return Outcome::empty();
}

Outcome ContentOperations::listItems(const Call &c)
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

Outcome ContentOperations::getItem(const Call &c)
{
    const QString id = c.str("item_id");
    std::lock_guard lock(m_state.mutex);
    auto it = m_state.items.constFind(id);
    if (it == m_state.items.constEnd())
        return Outcome::fail(VapiError::notFound(QStringLiteral("library item"), id));
    return Outcome::ok(itemJson(*it));
}

Outcome ContentOperations::findItems(const Call &c)
{
    const QJsonObject spec = c.obj("spec");
    std::lock_guard lock(m_state.mutex);
    QJsonArray a;
    for (const Item &i : m_state.items) {
        if (!nameMatches(spec, i.name))
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

Outcome ContentOperations::createItem(const Call &c)
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
    i.id = newId();
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

QString ContentOperations::createItem(const QString &libraryId, const QString &name,
                                      const QString &description, const QString &type)
{
    Item i;
    i.id = newId();
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

Outcome ContentOperations::deleteItem(const Call &c)
{
    const QString id = c.str("item_id");
    std::lock_guard lock(m_state.mutex);
    if (!m_state.items.contains(id))
        return Outcome::fail(VapiError::notFound(QStringLiteral("library item"), id));
    if (hasActiveSession(m_state, id))
        return Outcome::fail(busyItem(id));
    m_state.items.remove(id);
    QDir(m_state.filesDir() + QLatin1Char('/') + id).removeRecursively();
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

Outcome ContentOperations::listItemFiles(const Call &c)
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

Outcome ContentOperations::getItemFile(const Call &c)
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

Outcome ContentOperations::listTypes(const Call &)
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

Outcome ContentOperations::listTrusted(const Call &)
{
    std::lock_guard lock(m_state.mutex);
    QJsonArray a;
    for (const TrustedCert &t : m_state.trusted)
        a.append(QJsonObject { { QStringLiteral("certificate"), t.id } });
    return Outcome::ok(a);
}

Outcome ContentOperations::getTrusted(const Call &c)
{
    const QString id = c.str("certificate");
    std::lock_guard lock(m_state.mutex);
    auto it = m_state.trusted.constFind(id);
    if (it == m_state.trusted.constEnd())
        return Outcome::fail(VapiError::notFound(QStringLiteral("trusted certificate"), id));
    return Outcome::ok(QJsonObject { { QStringLiteral("cert_text"), it->pem } });
}

Outcome ContentOperations::createTrusted(const Call &c)
{
    const QString pem = c.obj("spec").value(QLatin1String("cert_text")).toString();
    const auto certs = QSslCertificate::fromData(pem.toUtf8(), QSsl::Pem);
    if (certs.isEmpty() || certs.first().isNull())
        return Outcome::fail(VapiError::invalidArgument(
            QStringLiteral("cert_text is not a PEM X.509 certificate.")));
    // Id = SHA-1 of the DER form: adding the same certificate twice gives the same id.
    const QString id = QString::fromLatin1(certs.first().digest(QCryptographicHash::Sha1).toHex());
    std::lock_guard lock(m_state.mutex);
    if (m_state.trusted.contains(id))
        return Outcome::fail(VapiError::make(
            QStringLiteral("ALREADY_EXISTS"),
            QStringLiteral("com.vmware.content.trusted_certificate.exists"),
            QStringLiteral("The certificate is already trusted (%1).").arg(id), { id }));
    m_state.trusted.insert(id, { id, QString::fromUtf8(certs.first().toPem()) });
    m_ovf.trustChanged();
    m_state.save();
    return Outcome::created(id);
}

Outcome ContentOperations::deleteTrusted(const Call &c)
{
    const QString id = c.str("certificate");
    std::lock_guard lock(m_state.mutex);
    if (!m_state.trusted.remove(id))
        return Outcome::fail(VapiError::notFound(QStringLiteral("trusted certificate"), id));
    m_ovf.trustChanged();
    m_state.save();
    return Outcome::empty();
}

} // namespace clu::sim
