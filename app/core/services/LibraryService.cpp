#include "LibraryService.h"

#include "ResultDecoding.h"
#include "net/RestClient.h"

#include <QUuid>

#include <memory>

namespace clu {

namespace {

// Fetches every id with `get`, keeping the server's order; the first error wins.
template<typename T, typename Getter>
void fetchAll(const QStringList &ids, QObject *context, Getter get, ResultCallback<QList<T>> done)
{
    struct State
    {
        QList<T> values;
        int pending = 0;
        bool failed = false;
    };
    auto state = std::make_shared<State>();
    state->values.resize(ids.size());
    state->pending = int(ids.size());
    if (ids.isEmpty()) {
        QMetaObject::invokeMethod(
            context ? context : static_cast<QObject *>(QCoreApplication::instance()),
            [done]() { done(Result<QList<T>> {}); }, Qt::QueuedConnection);
        return;
    }
    for (qsizetype i = 0; i < ids.size(); ++i) {
        get(ids.at(i), [state, i, done](const Result<T> &r) {
            if (state->failed)
                return;
            if (!r.ok()) {
                state->failed = true;
                Result<QList<T>> out;
                out.error = r.error;
                done(out);
                return;
            }
            state->values[i] = r.value;
            if (--state->pending == 0) {
                Result<QList<T>> out;
                out.value = state->values;
                done(out);
            }
        });
    }
}

template<typename T>
Result<T> pick(const QList<T> &all, const QString &nameOrId, const QString &operation,
               const QString &what)
{
    Result<T> out;
    QList<T> byName;
    for (const T &t : all) {
        if (t.id == nameOrId) {
            out.value = t;
            return out;
        }
        if (t.name.compare(nameOrId, Qt::CaseInsensitive) == 0)
            byName.append(t);
    }
    if (byName.size() == 1) {
        out.value = byName.first();
        return out;
    }
    if (byName.isEmpty()) {
        out.error = ApiError::invalidInput(
            operation, LibraryService::tr("no %1 has the id or name \"%2\"").arg(what, nameOrId));
        out.error.errorType = ErrorType::NotFound;
    } else {
        QStringList ids;
        for (const T &t : byName)
            ids.append(t.id);
        out.error = ApiError::invalidInput(
            operation,
            LibraryService::tr("%1 %2s are named \"%3\" (ids %4); give the id instead")
                .arg(byName.size())
                .arg(what, nameOrId, ids.join(QLatin1String(", "))));
    }
    return out;
}

} // namespace

LibraryService::LibraryService(RestClient *client)
    : m_client(client)
{ }

bool LibraryService::precheck(const QString &id, const QString &operation, QObject *context,
                              const std::function<void(const ApiError &)> &fail) const
{
    QString why;
    if (!m_client)
        why = tr("the connection is gone");
    else if (id.trimmed().isEmpty())
        why = tr("no id was given");
    if (why.isEmpty())
        return true;
    const ApiError e = ApiError::invalidInput(operation, why);
    QMetaObject::invokeMethod(
        context ? context : static_cast<QObject *>(QCoreApplication::instance()),
        [fail, e]() { fail(e); }, Qt::QueuedConnection);
    return false;
}

template<typename T>
static std::function<void(const ApiError &)> failWith(const ResultCallback<T> &done)
{
    return [done](const ApiError &e) {
        Result<T> r;
        r.error = e;
        done(r);
    };
}

void LibraryService::listLibraries(QObject *context, ResultCallback<QStringList> done)
{
    if (!precheck(QStringLiteral("-"), tr("Listing libraries"), context, failWith(done)))
        return;
    const ApiRequest req = m_client->routes().listLibraries();
    m_client->call(req, context, [done, op = req.operation](const ApiResult &r) {
        done(ResultDecoding::toIdList(r, op));
    });
}

void LibraryService::getLibrary(const QString &id, QObject *context, ResultCallback<Library> done)
{
    if (!precheck(id, tr("Reading library %1").arg(id), context, failWith(done)))
        return;
    const ApiRequest req = m_client->routes().getLibrary(id);
    m_client->call(req, context, [done, id, op = req.operation](const ApiResult &r) {
        Result<Library> out = ResultDecoding::toModel<Library>(r, op);
        if (out.ok() && out.value.id.isEmpty())
            out.value.id = id;
        done(out);
    });
}

void LibraryService::findLibraries(const QString &name, const QString &type, QObject *context,
                                   ResultCallback<QStringList> done)
{
    if (!precheck(QStringLiteral("-"), tr("Finding libraries"), context, failWith(done)))
        return;
    QJsonObject spec;
    if (!name.isEmpty())
        spec.insert(QStringLiteral("name"), name);
    if (!type.isEmpty())
        spec.insert(QStringLiteral("type"), type);
    const ApiRequest req = m_client->routes().findLibraries(spec);
    m_client->call(req, context, [done, op = req.operation](const ApiResult &r) {
        done(ResultDecoding::toIdList(r, op));
    });
}

void LibraryService::getLibraries(QObject *context, ResultCallback<QList<Library>> done)
{
    QPointer<RestClient> client = m_client;
    listLibraries(context, [client, context, done](const Result<QStringList> &ids) {
        if (!ids.ok() || !client) {
            Result<QList<Library>> out;
            out.error = ids.error;
            done(out);
            return;
        }
        fetchAll<Library>(
            ids.value, context,
            [client, context](const QString &id, ResultCallback<Library> one) {
                LibraryService(client).getLibrary(id, context, one);
            },
            done);
    });
}

void LibraryService::resolveLibrary(const QString &nameOrId, QObject *context,
                                    ResultCallback<Library> done)
{
    const QString op = tr("Finding library \"%1\"").arg(nameOrId);
    if (!precheck(nameOrId, op, context, failWith(done)))
        return;
    getLibraries(context, [done, nameOrId, op](const Result<QList<Library>> &all) {
        if (!all.ok()) {
            Result<Library> out;
            out.error = all.error;
            done(out);
            return;
        }
        done(pick(all.value, nameOrId, op, tr("library")));
    });
}

void LibraryService::listItems(const QString &libraryId, QObject *context,
                               ResultCallback<QStringList> done)
{
    if (!precheck(libraryId, tr("Listing the items of library %1").arg(libraryId), context,
                  failWith(done)))
        return;
    const ApiRequest req = m_client->routes().listItems(libraryId);
    m_client->call(req, context, [done, op = req.operation](const ApiResult &r) {
        done(ResultDecoding::toIdList(r, op));
    });
}

void LibraryService::getItem(const QString &id, QObject *context, ResultCallback<Item> done)
{
    if (!precheck(id, tr("Reading library item %1").arg(id), context, failWith(done)))
        return;
    const ApiRequest req = m_client->routes().getItem(id);
    m_client->call(req, context, [done, id, op = req.operation](const ApiResult &r) {
        Result<Item> out = ResultDecoding::toModel<Item>(r, op);
        if (out.ok() && out.value.id.isEmpty())
            out.value.id = id;
        done(out);
    });
}

void LibraryService::findItems(const QString &libraryId, const QString &name, const QString &type,
                               QObject *context, ResultCallback<QStringList> done)
{
    if (!precheck(QStringLiteral("-"), tr("Finding library items"), context, failWith(done)))
        return;
    QJsonObject spec;
    if (!libraryId.isEmpty())
        spec.insert(QStringLiteral("library_id"), libraryId);
    if (!name.isEmpty())
        spec.insert(QStringLiteral("name"), name);
    if (!type.isEmpty())
        spec.insert(QStringLiteral("type"), type);
    const ApiRequest req = m_client->routes().findItems(spec);
    m_client->call(req, context, [done, op = req.operation](const ApiResult &r) {
        done(ResultDecoding::toIdList(r, op));
    });
}

void LibraryService::getItems(const QString &libraryId, QObject *context,
                              ResultCallback<QList<Item>> done)
{
    QPointer<RestClient> client = m_client;
    listItems(libraryId, context, [client, context, done](const Result<QStringList> &ids) {
        if (!ids.ok() || !client) {
            Result<QList<Item>> out;
            out.error = ids.error;
            done(out);
            return;
        }
        fetchAll<Item>(
            ids.value, context,
            [client, context](const QString &id, ResultCallback<Item> one) {
                LibraryService(client).getItem(id, context, one);
            },
            done);
    });
}

void LibraryService::resolveItem(const QString &libraryId, const QString &nameOrId,
                                 QObject *context, ResultCallback<Item> done)
{
    const QString op = tr("Finding item \"%1\"").arg(nameOrId);
    if (!precheck(nameOrId, op, context, failWith(done)))
        return;
    getItems(libraryId, context, [done, nameOrId, op](const Result<QList<Item>> &all) {
        if (!all.ok()) {
            Result<Item> out;
            out.error = all.error;
            done(out);
            return;
        }
        done(pick(all.value, nameOrId, op, tr("item")));
    });
}

void LibraryService::createItem(const Item &spec, QObject *context, ResultCallback<QString> done,
                                const QString &clientToken)
{
    const QString op = tr("Creating library item \"%1\"").arg(spec.name);
    const QString why = spec.validateForCreate();
    if (!why.isEmpty()) {
        ResultDecoding::failLater<QString>(context, done, ApiError::invalidInput(op, why));
        return;
    }
    if (!precheck(spec.libraryId, op, context, failWith(done)))
        return;
    const QString token =
        clientToken.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : clientToken;
    const ApiRequest req = m_client->routes().createItem(spec.toCreateSpec(), token);
    m_client->call(req, context, [done, op = req.operation](const ApiResult &r) {
        done(ResultDecoding::toId(r, op));
    });
}

void LibraryService::deleteItem(const QString &id, QObject *context, ResultCallback<void> done)
{
    if (!precheck(id, tr("Deleting library item %1").arg(id), context, failWith(done)))
        return;
    m_client->call(m_client->routes().deleteItem(id), context,
                   [done](const ApiResult &r) { done(ResultDecoding::toVoid(r)); });
}

void LibraryService::listItemFiles(const QString &itemId, QObject *context,
                                   ResultCallback<QList<ItemFile>> done)
{
    if (!precheck(itemId, tr("Listing the files of library item %1").arg(itemId), context,
                  failWith(done)))
        return;
    const ApiRequest req = m_client->routes().listItemFiles(itemId);
    m_client->call(req, context, [done, op = req.operation](const ApiResult &r) {
        done(ResultDecoding::toModelList<ItemFile>(r, op));
    });
}

void LibraryService::getItemFile(const QString &itemId, const QString &name, QObject *context,
                                 ResultCallback<ItemFile> done)
{
    const QString op = tr("Reading file \"%1\" of library item %2").arg(name, itemId);
    if (!precheck(name.isEmpty() ? QString() : itemId, op, context, failWith(done)))
        return;
    const ApiRequest req = m_client->routes().getItemFile(itemId, name);
    m_client->call(req, context, [done, op = req.operation](const ApiResult &r) {
        done(ResultDecoding::toModel<ItemFile>(r, op));
    });
}

void LibraryService::listDatastores(QObject *context, ResultCallback<QList<Datastore>> done)
{
    if (!precheck(QStringLiteral("-"), tr("Listing datastores"), context, failWith(done)))
        return;
    const ApiRequest req = m_client->routes().listDatastores();
    m_client->call(req, context, [done, op = req.operation](const ApiResult &r) {
        done(ResultDecoding::toModelList<Datastore>(r, op));
    });
}

} // namespace clu
