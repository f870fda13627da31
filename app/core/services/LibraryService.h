#pragma once

#include "Result.h"
#include "model/Datastore.h"
#include "model/Item.h"
#include "model/ItemFile.h"
#include "model/Library.h"

#include <QCoreApplication>
#include <QPointer>

namespace clu {

class RestClient;

// Libraries, items and item files (§1.2, §11), plus datastores, in either flavor.
class LibraryService
{
    Q_DECLARE_TR_FUNCTIONS(LibraryService)
public:
    explicit LibraryService(RestClient *client);

    void listLibraries(QObject *context, ResultCallback<QStringList> done);
    void getLibrary(const QString &libraryId, QObject *context, ResultCallback<Library> done);
    // Server-side find; `name` matches case-insensitively, `type` "LOCAL"/"SUBSCRIBED" or empty.
    void findLibraries(const QString &name, const QString &type, QObject *context,
                       ResultCallback<QStringList> done);
    // list + get of every library, in the order the server listed them.
    void getLibraries(QObject *context, ResultCallback<QList<Library>> done);
    // An id, or else a unique (case-insensitive) name. Ambiguous names are refused.
    void resolveLibrary(const QString &nameOrId, QObject *context, ResultCallback<Library> done);

    void listItems(const QString &libraryId, QObject *context, ResultCallback<QStringList> done);
    void getItem(const QString &itemId, QObject *context, ResultCallback<Item> done);
    void findItems(const QString &libraryId, const QString &name, const QString &type,
                   QObject *context, ResultCallback<QStringList> done);
    void getItems(const QString &libraryId, QObject *context, ResultCallback<QList<Item>> done);
    void resolveItem(const QString &libraryId, const QString &nameOrId, QObject *context,
                     ResultCallback<Item> done);
    // Creates an item from spec.libraryId/name/description/type; returns the new id. The
    // Client-Token (new UUID unless given) makes a retried create idempotent.
    void createItem(const Item &spec, QObject *context, ResultCallback<QString> done,
                    const QString &clientToken = {});
    void deleteItem(const QString &itemId, QObject *context, ResultCallback<void> done);

    void listItemFiles(const QString &itemId, QObject *context,
                       ResultCallback<QList<ItemFile>> done);
    void getItemFile(const QString &itemId, const QString &fileName, QObject *context,
                     ResultCallback<ItemFile> done);

    void listDatastores(QObject *context, ResultCallback<QList<Datastore>> done);

private:
    bool precheck(const QString &id, const QString &operation, QObject *context,
                  const std::function<void(const ApiError &)> &fail) const;

    QPointer<RestClient> m_client;
};

} // namespace clu
