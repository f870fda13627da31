#pragma once

#include "SimulatorProcess.h"

#include <QByteArray>
#include <QHash>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QNetworkAccessManager>
#include <QPair>
#include <QString>
#include <QStringList>

namespace clu::test {

// One answer of the simulator, as it came over the wire.
struct SimReply
{
    int status = 0; // 0: no HTTP answer (see networkError)
    QByteArray body;
    QJsonValue json; // parsed body (bare strings included), undefined when not JSON
    QHash<QByteArray, QByteArray> headers; // lower-case names
    int networkError = 0;
    QString errorString;

    QJsonObject obj() const { return json.toObject(); }
    QJsonArray arr() const { return json.toArray(); }
    // /rest: the "value" of {"value": ...}
    QJsonValue value() const { return json.toObject().value(QLatin1String("value")); }
    // error_type of either flavor's error body
    QString errorType() const;
    QString messageId() const;
    QString message() const;
    QString describe() const;
};

using Headers = QList<QPair<QByteArray, QByteArray>>;

// Synchronous HTTP(S) client for simulator tests: accepts exactly the certificate the simulator
// under test serves (compared with SimulatorProcess::certificate()), nothing else.
class SimClient
{
public:
    explicit SimClient(SimulatorProcess &sim);

    SimReply request(const QByteArray &method, const QString &pathOrUrl,
                     const QByteArray &body = {}, const Headers &headers = {});
    // JSON call with the login token (when logged in). Body undefined = no body.
    SimReply call(const QByteArray &method, const QString &path,
                  const QJsonValue &body = QJsonValue::Undefined, const Headers &headers = {});
    // Streams `device` (length bytes) as the raw body of a PUT/POST (no buffering in the client).
    SimReply upload(const QString &url, QIODevice *device, qint64 length,
                    const QByteArray &method = "PUT", const Headers &headers = {});
    // Starts a streamed upload and returns at once (the caller's event loop drives it).
    class QNetworkReply *startUpload(const QString &url, QIODevice *device, qint64 length);
    SimReply uploadBytes(const QString &url, const QByteArray &data,
                         const QByteArray &method = "PUT");

    // Logs in through /api (or /rest); false when it failed.
    bool login(bool rest = false, const QString &user = {}, const QString &password = {});
    QString token() const { return m_token; }
    void setToken(const QString &t) { m_token = t; }

    // Convenience over the /api flavor; fail the test (QVERIFY in caller) on empty results.
    QString createLibrary(const QString &name);
    QString createItem(const QString &libraryId, const QString &name,
                       const QString &type = QStringLiteral("iso"));
    QString createSession(const QString &itemId);
    QJsonObject addFile(const QString &sessionId, const QJsonObject &spec);
    QJsonObject getSession(const QString &sessionId);
    QJsonObject getFile(const QString &sessionId, const QString &name);

    // A PUSH file added to a session and its bytes uploaded to the endpoint the add returned.
    struct Pushed
    {
        QJsonObject added; // the add's answer (empty when nothing was added)
        SimReply put; // the upload's answer (status 0 when there was no endpoint to send to)
        bool sent() const { return put.status == 200 || put.status == 201 || put.status == 204; }
    };
    Pushed push(const QString &sessionId, const QString &name, const QByteArray &data);
    // The same with a local file's name and bytes; nothing is added when it cannot be read.
    Pushed pushFile(const QString &sessionId, const QString &path);
    // Polls the session like a client does (§9.3) until its preview is AVAILABLE or
    // NOT_APPLICABLE or the session is no longer ACTIVE, for at most timeoutMs; its preview_info.
    QJsonObject previewWhenSettled(const QString &sessionId, int timeoutMs);
    // PATCHes the session's warning_behavior so that each of `types` is ignored.
    SimReply ignoreWarnings(const QString &sessionId, const QStringList &types);
    // The names of the item's files, sorted.
    QStringList itemFileNames(const QString &itemId);
    // The types of the warnings of a preview_info.
    static QStringList warningTypes(const QJsonObject &previewInfo);

    static QString sessionPath(const QString &sid)
    {
        return QStringLiteral("/api/content/library/item/update-session/") + sid;
    }

private:
    SimReply finish(class QNetworkReply *reply);

    SimulatorProcess &m_sim;
    QNetworkAccessManager m_nam;
    QString m_token;
};

} // namespace clu::test
