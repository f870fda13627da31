#include "LibraryService.h"

#include "FanOut.h"
#include "ResultDecoding.h"
#include "net/RestClient.h"

#include <QUuid>

#include <memory>

namespace clu {

namespace {

FanOutOptions fanOutOptions(const RestClient *client, const QString &operation,
                             const QString &what)
{
    FanOutOptions o;
    o.inFlight = client ? client->fanOutLimit() : 1;
    o.maxIds = client ? client->maxListSize() : 0;
    o.operation = operation;
    o.what = what;
    return o;
}

template<typename T>
Result<T> pick(const QList<T> &all, const QString &nameOrId, const QString &operation,
               bool library)
{
    const QString what = library ? LibraryService::tr("library") : LibraryService::tr("item");
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
        const int n = int(byName.size());
        const QString text = library
            ? LibraryService::tr("%n libraries are named \"%1\" (ids %2); give the id instead",
                                 nullptr, n)
            : LibraryService::tr("%n items are named \"%1\" (ids %2); give the id instead",
                                 nullptr, n);
        out.error =
            ApiError::invalidInput(operation, text.arg(nameOrId, ids.join(QLatin1String(", "))));
    }
    return out;
}

// The objects the server's find returned, read (bounded), then picked by exact name; when the
// name matched nothing, `nameOrId` is tried as an id with one GET (issue 10 #7: no list of
// everything and no GET per object just to find one).
template<typename T>
void resolveFound(QPointer<RestClient> client, const QStringList &found, const QString &nameOrId,
                  const QString &operation, bool library, QObject *context,
                  std::function<void(const QString &, ResultCallback<T>)> getOne,
                  std::function<bool(const T &)> belongs, ResultCallback<T> done)
{
    fanOut<T>(
        found,
        fanOutOptions(client, operation,
                      library ? LibraryService::tr("libraries") : LibraryService::tr("items")),
        context, getOne, [=](const Result<QList<T>> &all) {
            if (!all.ok()) {
                Result<T> out;
                out.error = all.error;
                done(out);
                return;
            }
            Result<T> picked = pick(all.value, nameOrId, operation, library);
            if (picked.ok() || !picked.error.isNotFound() || !client) {
                done(picked);
                return;
            }
            getOne(nameOrId, [=](const Result<T> &byId) {
                // An unknown id is NOT_FOUND (or INVALID_ARGUMENT for one that is no id at
                // all): both mean "no such name or id"; other failures are reported as such.
                // govmomi's vcsim answers an unknown id with a bare "404 page not found".
                if (byId.ok() && belongs(byId.value)) {
                    done(byId);
                    return;
                }
                if (!byId.ok() && !byId.error.isNotFound() && byId.error.httpStatus != 404
                    && !byId.error.is(ErrorType::InvalidArgument)) {
                    done(byId);
                    return;
                }
                done(picked);
            });
        });
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
        fanOut<Library>(
            ids.value, fanOutOptions(client, tr("Reading libraries"), tr("libraries")), context,
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
    QPointer<RestClient> client = m_client;
    findLibraries(nameOrId, QString(), context,
                  [client, context, done, nameOrId, op](const Result<QStringList> &found) {
                      if (!found.ok()) {
                          Result<Library> out;
                          out.error = found.error;
                          done(out);
                          return;
                      }
                      resolveFound<Library>(
                          client, found.value, nameOrId, op, true, context,
                          [client, context](const QString &id, ResultCallback<Library> one) {
                              LibraryService(client).getLibrary(id, context, one);
                          },
                          [](const Library &) { return true; }, done);
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
        fanOut<Item>(
            ids.value, fanOutOptions(client, tr("Reading library items"), tr("items")), context,
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
    QPointer<RestClient> client = m_client;
    findItems(libraryId, nameOrId, QString(), context,
              [client, context, done, nameOrId, op, libraryId](const Result<QStringList> &found) {
                  if (!found.ok()) {
                      Result<Item> out;
                      out.error = found.error;
                      done(out);
                      return;
                  }
                  resolveFound<Item>(
                      client, found.value, nameOrId, op, false, context,
                      [client, context](const QString &id, ResultCallback<Item> one) {
                          LibraryService(client).getItem(id, context, one);
                      },
                      [libraryId](const Item &i) {
                          return libraryId.isEmpty() || i.libraryId == libraryId;
                      },
                      done);
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
