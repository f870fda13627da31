#include "SimClient.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslError>
#include <QTest>
#include <QTimer>

namespace clu::test {

QString SimReply::errorType() const
{
    const QJsonObject o = obj();
    if (o.contains(QLatin1String("value")) && o.value(QLatin1String("value")).isObject())
        return o.value(QLatin1String("value"))
            .toObject()
            .value(QLatin1String("error_type"))
            .toString();
    return o.value(QLatin1String("error_type")).toString();
}

static QJsonObject firstMessage(const QJsonObject &o)
{
    const QJsonObject inner =
        o.contains(QLatin1String("type")) ? o.value(QLatin1String("value")).toObject() : o;
    return inner.value(QLatin1String("messages")).toArray().first().toObject();
}

QString SimReply::messageId() const
{
    return firstMessage(obj()).value(QLatin1String("id")).toString();
}

QString SimReply::message() const
{
    return firstMessage(obj()).value(QLatin1String("default_message")).toString();
}

QString SimReply::describe() const
{
    return QStringLiteral("HTTP %1 %2 %3")
        .arg(status)
        .arg(errorString, QString::fromUtf8(body.left(600)));
}

SimClient::SimClient(SimulatorProcess &sim)
    : m_sim(sim)
{ }

SimReply SimClient::finish(QNetworkReply *reply)
{
    const QSslCertificate expected = m_sim.certificate();
    QObject::connect(
        reply, &QNetworkReply::sslErrors, reply, [reply, expected](const QList<QSslError> &) {
            if (!expected.isNull() && reply->sslConfiguration().peerCertificate() == expected)
                reply->ignoreSslErrors();
        });
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(120000, &loop, [reply] { reply->abort(); });
    if (!reply->isFinished())
        loop.exec();
    SimReply r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    r.networkError = reply->error();
    r.errorString = reply->error() ? reply->errorString() : QString();
    for (const auto &h : reply->rawHeaderPairs())
        r.headers.insert(h.first.toLower(), h.second);
    if (!r.body.isEmpty()) {
        // Bare JSON strings (ids) are legal bodies: parse inside an array.
        const QJsonDocument d = QJsonDocument::fromJson("[" + r.body + "]");
        if (d.isArray() && d.array().size() == 1)
            r.json = d.array().first();
    }
    reply->deleteLater();
    return r;
}

SimReply SimClient::request(const QByteArray &method, const QString &pathOrUrl,
                            const QByteArray &body, const Headers &headers)
{
    const QUrl url = pathOrUrl.startsWith(QLatin1String("http"))
        ? QUrl(pathOrUrl)
        : QUrl(m_sim.baseUrl().toString() + pathOrUrl);
    QNetworkRequest req(url);
    req.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    for (const auto &h : headers)
        req.setRawHeader(h.first, h.second);
    QNetworkReply *reply = m_nam.sendCustomRequest(req, method, body);
    return finish(reply);
}

SimReply SimClient::call(const QByteArray &method, const QString &path, const QJsonValue &body,
                         const Headers &headers)
{
    Headers h = headers;
    if (!m_token.isEmpty())
        h.append(qMakePair(QByteArray("vmware-api-session-id"), m_token.toUtf8()));
    QByteArray data;
    if (!body.isUndefined()) {
        h.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
        const QByteArray a = QJsonDocument(QJsonArray { body }).toJson(QJsonDocument::Compact);
        data = a.mid(1, a.size() - 2);
    }
    return request(method, path, data, h);
}

SimReply SimClient::upload(const QString &url, QIODevice *device, qint64 length,
                           const QByteArray &method, const Headers &headers)
{
    QNetworkRequest req { QUrl(url) };
    req.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    req.setHeader(QNetworkRequest::ContentTypeHeader,
                  QByteArrayLiteral("application/octet-stream"));
    if (length >= 0)
        req.setHeader(QNetworkRequest::ContentLengthHeader, length);
    req.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
    for (const auto &h : headers)
        req.setRawHeader(h.first, h.second);
    QNetworkReply *reply = m_nam.sendCustomRequest(req, method, device);
    return finish(reply);
}

QNetworkReply *SimClient::startUpload(const QString &url, QIODevice *device, qint64 length)
{
    QNetworkRequest req { QUrl(url) };
    req.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    req.setHeader(QNetworkRequest::ContentTypeHeader,
                  QByteArrayLiteral("application/octet-stream"));
    req.setHeader(QNetworkRequest::ContentLengthHeader, length);
    req.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
    QNetworkReply *reply = m_nam.put(req, device);
    const QSslCertificate expected = m_sim.certificate();
    QObject::connect(
        reply, &QNetworkReply::sslErrors, reply, [reply, expected](const QList<QSslError> &) {
            if (!expected.isNull() && reply->sslConfiguration().peerCertificate() == expected)
                reply->ignoreSslErrors();
        });
    return reply;
}

SimReply SimClient::uploadBytes(const QString &url, const QByteArray &data,
                                const QByteArray &method)
{
    QNetworkRequest req { QUrl(url) };
    req.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    req.setHeader(QNetworkRequest::ContentTypeHeader,
                  QByteArrayLiteral("application/octet-stream"));
    return finish(m_nam.sendCustomRequest(req, method, data));
}

bool SimClient::login(bool rest, const QString &user, const QString &password)
{
    const QString u = user.isEmpty() ? m_sim.username() : user;
    const QString p = password.isEmpty() ? m_sim.password() : password;
    const QByteArray auth = "Basic " + (u + QLatin1Char(':') + p).toUtf8().toBase64();
    const SimReply r = request("POST",
                               rest ? QStringLiteral("/rest/com/vmware/cis/session")
                                    : QStringLiteral("/api/session"),
                               {}, { { "Authorization", auth } });
    m_token = rest ? r.value().toString() : r.json.toString();
    return !m_token.isEmpty();
}

QString SimClient::createLibrary(const QString &name)
{
    const QJsonObject spec {
        { QStringLiteral("name"), name },
        { QStringLiteral("storage_backings"),
          QJsonArray {
              QJsonObject { { QStringLiteral("type"), QStringLiteral("DATASTORE") },
                            { QStringLiteral("datastore_id"), QStringLiteral("datastore-11") } } } }
    };
    return call("POST", QStringLiteral("/api/content/local-library"), spec).json.toString();
}

QString SimClient::createItem(const QString &libraryId, const QString &name, const QString &type)
{
    return call("POST", QStringLiteral("/api/content/library/item"),
                QJsonObject { { QStringLiteral("library_id"), libraryId },
                              { QStringLiteral("name"), name },
                              { QStringLiteral("type"), type } })
        .json.toString();
}

QString SimClient::createSession(const QString &itemId)
{
    return call("POST", QStringLiteral("/api/content/library/item/update-session"),
                QJsonObject { { QStringLiteral("library_item_id"), itemId } })
        .json.toString();
}

QJsonObject SimClient::addFile(const QString &sessionId, const QJsonObject &spec)
{
    return call("POST", sessionPath(sessionId) + QStringLiteral("/file"), spec).obj();
}

QJsonObject SimClient::getSession(const QString &sessionId)
{
    return call("GET", sessionPath(sessionId)).obj();
}

QJsonObject SimClient::getFile(const QString &sessionId, const QString &name)
{
    return call("GET",
                sessionPath(sessionId) + QStringLiteral("/file/")
                    + QString::fromLatin1(QUrl::toPercentEncoding(name)))
        .obj();
}

SimClient::Pushed SimClient::push(const QString &sessionId, const QString &name,
                                  const QByteArray &data)
{
    Pushed out;
    out.added = addFile(sessionId,
                        { { QStringLiteral("name"), name },
                          { QStringLiteral("source_type"), QStringLiteral("PUSH") },
                          { QStringLiteral("size"), data.size() } });
    const QString uri = out.added.value(QLatin1String("upload_endpoint"))
                            .toObject()
                            .value(QLatin1String("uri"))
                            .toString();
    if (!uri.isEmpty())
        out.put = uploadBytes(uri, data);
    return out;
}

SimClient::Pushed SimClient::pushFile(const QString &sessionId, const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return push(sessionId, QFileInfo(path).fileName(), f.readAll());
}

QJsonObject SimClient::previewWhenSettled(const QString &sessionId, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    QJsonObject s;
    while (!deadline.hasExpired()) {
        s = getSession(sessionId);
        const QString p = s.value(QLatin1String("preview_info"))
                              .toObject()
                              .value(QLatin1String("state"))
                              .toString();
        if (p == QLatin1String("AVAILABLE") || p == QLatin1String("NOT_APPLICABLE")
            || s.value(QLatin1String("state")).toString() != QLatin1String("ACTIVE"))
            break;
        QTest::qWait(100);
    }
    return s.value(QLatin1String("preview_info")).toObject();
}

SimReply SimClient::ignoreWarnings(const QString &sessionId, const QStringList &types)
{
    QJsonArray ignore;
    for (const QString &t : types)
        ignore.append(
            QJsonObject { { QStringLiteral("type"), t }, { QStringLiteral("ignored"), true } });
    return call("PATCH", sessionPath(sessionId),
                QJsonObject { { QStringLiteral("warning_behavior"), ignore } });
}

QStringList SimClient::itemFileNames(const QString &itemId)
{
    QStringList names;
    for (const QJsonValue &f :
         call("GET",
              QStringLiteral("/api/content/library/item/") + itemId + QStringLiteral("/file"))
             .arr())
        names.append(f.toObject().value(QLatin1String("name")).toString());
    names.sort();
    return names;
}

QStringList SimClient::warningTypes(const QJsonObject &previewInfo)
{
    QStringList t;
    for (const QJsonValue &w : previewInfo.value(QLatin1String("warnings")).toArray())
        t.append(w.toObject().value(QLatin1String("type")).toString());
    return t;
}

} // namespace clu::test
