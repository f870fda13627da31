#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>
#include <QStringList>

#include <mutex>

namespace clu::sim {

struct Datastore
{
    QString id, name, type;
    qint64 capacity = 0, freeSpace = 0;
};

struct Library
{
    QString id, name, description, type; // type LOCAL | SUBSCRIBED
    QString datastoreId;
    QString subscriptionUrl; // SUBSCRIBED only
    QDateTime created, modified;
    int version = 1;
};

struct ItemFile
{
    QString name;
    qint64 size = 0;
    int version = 1;
    QString sha1; // hex, what item file info reports as checksum_info
};

struct Item
{
    QString id, libraryId, name, description, type;
    qint64 contentVersion = 1; // vcsim's starting value; see README
    int metadataVersion = 1;
    QDateTime created, modified;
    QList<ItemFile> files;
    QString sourceId; // items of subscribed libraries
    qint64 size() const;
};

// One file of an update session (§5.8). Existing item files are not stored here; they are
// reported with source_type NONE unless added/removed.
struct SessionFile
{
    QString name;
    QString sourceType; // PUSH | PULL
    qint64 expectedSize = -1;
    QString checksumAlgorithm, checksum;
    QString sourceUri, thumbprint;
    QString uploadId; // last path segment but one of the upload URI
    qint64 bytesTransferred = 0;
    QString status = QStringLiteral("WAITING_FOR_TRANSFER");
    QJsonObject errorMessage;
    bool keepInStorage = true;
    QString stagingPath; // absolute; bytes received so far
    qint64 sequence = 0; // order of adds (OVF rule: .mf/.cert before .ovf)
    int generation = 0; // bumped on replace, so a stale transfer cannot overwrite the new one
    bool transferring = false;
    QString sha1; // computed while receiving, reported on the item file after complete
    QString sha256; // OVF items only: compared with the manifest without re-reading the file
};

struct UpdateSession
{
    QString id, itemId, user, clientToken;
    QString contentVersion; // item content_version captured at create
    QString state = QStringLiteral("ACTIVE");
    qint64 clientProgress = 0;
    QDateTime expiration, ended;
    QJsonObject errorMessage;
    QJsonArray warningBehavior;
    QMap<QString, SessionFile> files;
    QStringList removed;
    qint64 nextSequence = 1;
    // OVF preview (§5.2): UNAVAILABLE / PREPARING / AVAILABLE; NOT_APPLICABLE after complete.
    QString previewState = QStringLiteral("UNAVAILABLE");
    QDateTime previewReadyAt;
    QJsonObject certificateInfo;
    QStringList warningTypes;
    QJsonObject warningMessages; // type -> LocalizableMessage
    QJsonArray certChain;
    QJsonArray invalidFiles; // adapter findings: [{name, error_message}]
    QStringList referencedFiles; // from the descriptor
    bool completeRequested = false; // PULL still running when complete was called
};

struct TrustedCert
{
    QString id, pem;
};

// The whole simulated inventory. One mutex guards everything: the simulator is small and the
// critical sections are short (no I/O of upload bodies happens under it).
class SimState
{
public:
    std::mutex mutex;
    QString dataDir;
    QList<Datastore> datastores;
    QMap<QString, Library> libraries;
    QMap<QString, Item> items;
    QMap<QString, UpdateSession> sessions;
    QMap<QString, TrustedCert> trusted;
    QMap<QString, QString> uploads; // upload id -> session id
    QMap<QString, QString> clientTokens; // "<user>|<token>" -> session id or item id
    QStringList readOnlyUsers; // lower-case names without Content Library privileges
    // Why recently removed sessions vanished ("expired", "deleted"), newest last, so a transfer
    // still streaming into one can tell its client what happened. Bounded; not persisted.
    QList<QPair<QString, QString>> vanishedSessions;

    void noteVanished(const QString &sessionId, const QString &why);
    QString vanishedReason(const QString &sessionId) const; // empty: unknown

    // False for accounts configured without ContentLibrary.AddLibraryItem/UpdateSession.
    bool mayModifyContent(const QString &user) const
    {
        return !readOnlyUsers.contains(user.toLower());
    }

    QString filesDir() const { return dataDir + QStringLiteral("/files"); }
    QString stagingDir() const { return dataDir + QStringLiteral("/staging"); }
    QString itemFilePath(const QString &itemId, const QString &name) const;

    // Caller holds the mutex. Writes <dataDir>/state.json atomically.
    void save() const;
    // Loads state.json if present; sessions in flight at the last exit are marked ERROR.
    bool load(QString *error);
    void seedDatastores();
};

QString isoTime(const QDateTime &t);

} // namespace clu::sim
