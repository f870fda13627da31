#include "connection/ServerConnection.h"

#include "GuiLogging.h"
#include "net/RestClient.h"
#include "net/TlsPolicy.h"
#include "services/FanOut.h"
#include "services/SessionListing.h"

#include <memory>

namespace clu::gui {

ServerConnection::ServerConnection(QObject *parent)
    : QObject(parent)
    , m_client(new RestClient(this))
    , m_libraries(m_client)
    , m_sessions(m_client)
    , m_files(m_client)
    , m_trusted(m_client)
{ }

ServerConnection::~ServerConnection() = default;

TlsPolicy *ServerConnection::tlsPolicy() const
{
    return m_client->tlsPolicy();
}

bool ServerConnection::isConnected() const
{
    return m_client->isLoggedIn();
}

void ServerConnection::connectTo(const ServerProfile &profile, const QString &password)
{
    m_profile = profile;
    m_itemCache.clear();
    m_libraryNames.clear();
    m_client->setBaseUrl(profile.url);
    m_client->setCredentials(profile.username, password);
    // Per connection, like the CLI's CLU_ALLOW_HTTP=1: core refuses http:// unless told.
    m_client->setAllowPlainHttp(profile.allowPlainHttp);
    if (profile.pinnedThumbprint.isEmpty())
        m_client->tlsPolicy()->clearPin(profile.host());
    else
        m_client->tlsPolicy()->setPin(profile.host(), profile.pinnedThumbprint);
    qCInfo(lcGui) << "connecting to" << profile.url.toString() << "as" << profile.username;
    m_client->login(this, [this](const ApiResult &r) {
        if (r.ok()) {
            emit connected();
            return;
        }
        emit connectFailed(r.error, explainConnectError(r.error, m_profile.url));
    });
}

void ServerConnection::disconnectFromServer()
{
    if (!m_client->isLoggedIn()) {
        emit disconnected();
        return;
    }
    m_client->logout(this, [this](const ApiResult &) { emit disconnected(); });
}

QString ServerConnection::explainConnectError(const ApiError &e, const QUrl &url)
{
    const QString host = url.host();
    switch (e.kind) {
    case ApiError::Kind::Server:
    case ApiError::Kind::Http:
        if (e.isUnauthenticated() || e.httpStatus == 401)
            return tr("%1 refused the user name or password. Check them in Server profiles.")
                .arg(host);
        break;
    case ApiError::Kind::ConnectionRefused:
        return tr("Nothing accepts connections at %1 (connection refused). Is the address and "
                  "port right and the vCenter running?")
            .arg(url.authority());
    case ApiError::Kind::Network:
        return tr("Cannot reach %1: %2").arg(host, e.detail.isEmpty() ? e.message() : e.detail);
    case ApiError::Kind::Timeout:
        return tr("%1 did not answer in time.").arg(host);
    case ApiError::Kind::Tls:
        return tr("The secure connection to %1 failed: %2")
            .arg(host, e.detail.isEmpty() ? e.message() : e.detail);
    case ApiError::Kind::PinMismatch:
        return tr("%1 presented a different certificate than the pinned one; the connection "
                  "was refused.")
            .arg(host);
    default:
        break;
    }
    return e.message();
}

void ServerConnection::refreshLibraries()
{
    if (m_librariesRefreshing || !isConnected())
        return;
    m_librariesRefreshing = true;
    m_libraries.getLibraries(this, [this](const Result<QList<Library>> &libs) {
        if (!libs.ok()) {
            m_librariesRefreshing = false;
            emit loadFailed(tr("libraries"), libs.error);
            return;
        }
        struct Gather
        {
            QList<Library> libraries;
            QHash<QString, QList<Item>> items;
            int pending = 0;
            ApiError firstError;
        };
        auto g = std::make_shared<Gather>();
        g->libraries = libs.value;
        g->pending = int(libs.value.size());
        for (const Library &l : libs.value)
            m_libraryNames.insert(l.id, l.name);
        auto finish = [this, g] {
            m_librariesRefreshing = false;
            for (const auto &list : qAsConst(g->items))
                for (const Item &i : list)
                    m_itemCache.insert(i.id, i);
            if (g->firstError.isError())
                emit loadFailed(tr("library items"), g->firstError);
            emit librariesLoaded(g->libraries, g->items);
        };
        if (g->pending == 0) {
            finish();
            return;
        }
        for (const Library &l : libs.value) {
            m_libraries.getItems(l.id, this,
                                 [g, finish, id = l.id](const Result<QList<Item>> &items) {
                                     if (items.ok())
                                         g->items.insert(id, items.value);
                                     else if (!g->firstError.isError())
                                         g->firstError = items.error;
                                     if (--g->pending == 0)
                                         finish();
                                 });
        }
    });
}

void ServerConnection::refreshSessions()
{
    if (m_sessionsRefreshing || !isConnected())
        return;
    m_sessionsRefreshing = true;
    readAllSessions(m_client, QString(), this, [this](const Result<QList<UpdateSession>> &all) {
        if (!all.ok()) {
            m_sessionsRefreshing = false;
            emit loadFailed(tr("update sessions"), all.error);
            return;
        }
        QList<SessionRow> rows;
        for (const UpdateSession &s : all.value) {
            SessionRow row;
            row.session = s;
            rows.append(row);
        }
        resolveAndEmit(rows);
    });
}

QString ServerConnection::libraryNameOfItem(const QString &itemId) const
{
    const auto it = m_itemCache.constFind(itemId);
    return it == m_itemCache.cend() ? QString() : m_libraryNames.value(it->libraryId);
}

void ServerConnection::resolveAndEmit(QList<SessionRow> rows)
{
    struct Gather
    {
        QList<SessionRow> rows;
        int pending = 0;
    };
    auto g = std::make_shared<Gather>();
    g->rows = std::move(rows);
    auto finish = [this, g] {
        for (SessionRow &r : g->rows) {
            const auto it = m_itemCache.constFind(r.session.libraryItemId);
            if (it != m_itemCache.cend()) {
                r.itemName = it->name;
                r.libraryName = m_libraryNames.value(it->libraryId);
            }
        }
        m_sessionsRefreshing = false;
        emit sessionsLoaded(g->rows);
    };
    // Unknown items and the ACTIVE sessions' file counts, each read through the bounded
    // fan-out (issue 10 #7): 1,000 ACTIVE sessions are not 1,000 requests at once. A failed
    // read only leaves its detail out, so every getter reports success.
    QStringList unknownItems;
    for (const SessionRow &r : qAsConst(g->rows))
        if (!m_itemCache.contains(r.session.libraryItemId)
            && !unknownItems.contains(r.session.libraryItemId))
            unknownItems.append(r.session.libraryItemId);
    QStringList active;
    QList<int> activeRows;
    for (int i = 0; i < g->rows.size(); ++i) {
        if (g->rows.at(i).session.state == SessionState::Active) {
            active.append(g->rows.at(i).session.id);
            activeRows.append(i);
        }
    }
    FanOutOptions options;
    options.inFlight = m_client->fanOutLimit();
    g->pending = 2;
    auto step = [g, finish] {
        if (--g->pending == 0)
            finish();
    };
    fanOut<Item>(
        unknownItems, options, this,
        [this](const QString &id, ResultCallback<Item> one) {
            m_libraries.getItem(id, this, [one](const Result<Item> &item) {
                Result<Item> r;
                r.value = item.value; // empty id on failure: skipped below
                one(r);
            });
        },
        [this, step](const Result<QList<Item>> &items) {
            for (const Item &i : items.value)
                if (!i.id.isEmpty())
                    m_itemCache.insert(i.id, i);
            step();
        });
    fanOut<int>(
        active, options, this,
        [this](const QString &id, ResultCallback<int> one) {
            m_files.list(id, this, [one](const Result<QList<SessionFile>> &files) {
                Result<int> r;
                r.value = files.ok() ? int(files.value.size()) : -1;
                one(r);
            });
        },
        [g, step, activeRows](const Result<QList<int>> &counts) {
            for (int k = 0; k < counts.value.size() && k < activeRows.size(); ++k)
                if (counts.value.at(k) >= 0)
                    g->rows[activeRows.at(k)].fileCount = counts.value.at(k);
            step();
        });
}

} // namespace clu::gui
