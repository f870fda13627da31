#include "SimState.h"

#include "SimLogging.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>
#include <QUrl>

namespace clu::sim {

QString isoTime(const QDateTime &t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

void SimState::noteVanished(const QString &sessionId, const QString &why)
{
    vanishedSessions.append({ sessionId, why });
    while (vanishedSessions.size() > 256)
        vanishedSessions.removeFirst();
}

QString SimState::vanishedReason(const QString &sessionId) const
{
    for (auto it = vanishedSessions.crbegin(); it != vanishedSessions.crend(); ++it)
        if (it->first == sessionId)
            return it->second;
    return {};
}

qint64 Item::size() const
{
    qint64 s = 0;
    for (const ItemFile &f : files)
        s += f.size;
    return s;
}

QString SimState::itemFilePath(const QString &itemId, const QString &name) const
{
    // File names are user input: percent-encode so "../x" or "a/b" stay inside the folder.
    return filesDir() + QLatin1Char('/') + itemId + QLatin1Char('/')
        + QString::fromLatin1(QUrl::toPercentEncoding(name));
}

void SimState::seedDatastores()
{
    datastores = {
        { QStringLiteral("datastore-11"), QStringLiteral("vsanDatastore"), QStringLiteral("VSAN"),
          4398046511104LL, 2748779069440LL },
        { QStringLiteral("datastore-12"), QStringLiteral("nfs-templates"), QStringLiteral("NFS"),
          1099511627776LL, 824633720832LL },
        { QStringLiteral("datastore-13"), QStringLiteral("local-ssd"), QStringLiteral("VMFS"),
          536870912000LL, 107374182400LL },
    };
}

namespace {

QJsonObject toJson(const SessionFile &f)
{
    return { { QStringLiteral("name"), f.name },
             { QStringLiteral("source_type"), f.sourceType },
             { QStringLiteral("expected_size"), f.expectedSize },
             { QStringLiteral("checksum_algorithm"), f.checksumAlgorithm },
             { QStringLiteral("checksum"), f.checksum },
             { QStringLiteral("source_uri"), f.sourceUri },
             { QStringLiteral("thumbprint"), f.thumbprint },
             { QStringLiteral("upload_id"), f.uploadId },
             { QStringLiteral("bytes_transferred"), f.bytesTransferred },
             { QStringLiteral("status"), f.status },
             { QStringLiteral("error_message"), f.errorMessage },
             { QStringLiteral("keep_in_storage"), f.keepInStorage },
             { QStringLiteral("staging_path"), f.stagingPath },
             { QStringLiteral("sequence"), f.sequence },
             { QStringLiteral("generation"), f.generation },
             { QStringLiteral("sha1"), f.sha1 } };
}

SessionFile sessionFileFromJson(const QJsonObject &o)
{
    SessionFile f;
    f.name = o.value(QLatin1String("name")).toString();
    f.sourceType = o.value(QLatin1String("source_type")).toString();
    f.expectedSize = o.value(QLatin1String("expected_size")).toInteger(-1);
    f.checksumAlgorithm = o.value(QLatin1String("checksum_algorithm")).toString();
    f.checksum = o.value(QLatin1String("checksum")).toString();
    f.sourceUri = o.value(QLatin1String("source_uri")).toString();
    f.thumbprint = o.value(QLatin1String("thumbprint")).toString();
    f.uploadId = o.value(QLatin1String("upload_id")).toString();
    f.bytesTransferred = o.value(QLatin1String("bytes_transferred")).toInteger();
    f.status = o.value(QLatin1String("status")).toString();
    f.errorMessage = o.value(QLatin1String("error_message")).toObject();
    f.keepInStorage = o.value(QLatin1String("keep_in_storage")).toBool(true);
    f.stagingPath = o.value(QLatin1String("staging_path")).toString();
    f.sequence = o.value(QLatin1String("sequence")).toInteger();
    f.generation = o.value(QLatin1String("generation")).toInt();
    f.sha1 = o.value(QLatin1String("sha1")).toString();
    return f;
}

QDateTime timeFrom(const QJsonValue &v)
{
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}

} // namespace

void SimState::save() const
{
    QJsonArray libs, its, sess, certs;
    for (const Library &l : libraries) {
        libs.append(QJsonObject { { QStringLiteral("id"), l.id },
                                  { QStringLiteral("name"), l.name },
                                  { QStringLiteral("description"), l.description },
                                  { QStringLiteral("type"), l.type },
                                  { QStringLiteral("datastore_id"), l.datastoreId },
                                  { QStringLiteral("subscription_url"), l.subscriptionUrl },
                                  { QStringLiteral("created"), isoTime(l.created) },
                                  { QStringLiteral("modified"), isoTime(l.modified) },
                                  { QStringLiteral("version"), l.version } });
    }
    for (const Item &i : items) {
        QJsonArray files;
        for (const ItemFile &f : i.files)
            files.append(QJsonObject { { QStringLiteral("name"), f.name },
                                       { QStringLiteral("size"), f.size },
                                       { QStringLiteral("version"), f.version },
                                       { QStringLiteral("sha1"), f.sha1 } });
        its.append(QJsonObject { { QStringLiteral("id"), i.id },
                                 { QStringLiteral("library_id"), i.libraryId },
                                 { QStringLiteral("name"), i.name },
                                 { QStringLiteral("description"), i.description },
                                 { QStringLiteral("type"), i.type },
                                 { QStringLiteral("content_version"), i.contentVersion },
                                 { QStringLiteral("metadata_version"), i.metadataVersion },
                                 { QStringLiteral("created"), isoTime(i.created) },
                                 { QStringLiteral("modified"), isoTime(i.modified) },
                                 { QStringLiteral("source_id"), i.sourceId },
                                 { QStringLiteral("files"), files } });
    }
    for (const UpdateSession &s : sessions) {
        QJsonArray files;
        for (const SessionFile &f : s.files)
            files.append(toJson(f));
        sess.append(QJsonObject {
            { QStringLiteral("id"), s.id },
            { QStringLiteral("item_id"), s.itemId },
            { QStringLiteral("user"), s.user },
            { QStringLiteral("client_token"), s.clientToken },
            { QStringLiteral("content_version"), s.contentVersion },
            { QStringLiteral("state"), s.state },
            { QStringLiteral("client_progress"), s.clientProgress },
            { QStringLiteral("expiration"), isoTime(s.expiration) },
            { QStringLiteral("ended"), s.ended.isValid() ? isoTime(s.ended) : QString() },
            { QStringLiteral("error_message"), s.errorMessage },
            { QStringLiteral("warning_behavior"), s.warningBehavior },
            { QStringLiteral("removed"), QJsonArray::fromStringList(s.removed) },
            { QStringLiteral("next_sequence"), s.nextSequence },
            { QStringLiteral("files"), files } });
    }
    for (const TrustedCert &c : trusted)
        certs.append(
            QJsonObject { { QStringLiteral("id"), c.id }, { QStringLiteral("pem"), c.pem } });
    const QJsonObject root { { QStringLiteral("libraries"), libs },
                             { QStringLiteral("items"), its },
                             { QStringLiteral("sessions"), sess },
                             { QStringLiteral("trusted_certificates"), certs } };
    QSaveFile f(dataDir + QStringLiteral("/state.json"));
    if (!f.open(QIODevice::WriteOnly) || f.write(QJsonDocument(root).toJson()) < 0 || !f.commit())
        qCWarning(lcSim) << "cannot write state.json:" << f.errorString();
}

bool SimState::load(QString *error)
{
    QFile f(dataDir + QStringLiteral("/state.json"));
    if (!f.exists())
        return true;
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(f.fileName(), f.errorString());
        return false;
    }
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &pe);
    if (!doc.isObject()) {
        *error = QStringLiteral("%1 is not valid JSON: %2").arg(f.fileName(), pe.errorString());
        return false;
    }
    const QJsonObject root = doc.object();
    for (const QJsonValue &v : root.value(QLatin1String("libraries")).toArray()) {
        const QJsonObject o = v.toObject();
        Library l;
        l.id = o.value(QLatin1String("id")).toString();
        l.name = o.value(QLatin1String("name")).toString();
        l.description = o.value(QLatin1String("description")).toString();
        l.type = o.value(QLatin1String("type")).toString();
        l.datastoreId = o.value(QLatin1String("datastore_id")).toString();
        l.subscriptionUrl = o.value(QLatin1String("subscription_url")).toString();
        l.created = timeFrom(o.value(QLatin1String("created")));
        l.modified = timeFrom(o.value(QLatin1String("modified")));
        l.version = o.value(QLatin1String("version")).toInt(1);
        libraries.insert(l.id, l);
    }
    for (const QJsonValue &v : root.value(QLatin1String("items")).toArray()) {
        const QJsonObject o = v.toObject();
        Item i;
        i.id = o.value(QLatin1String("id")).toString();
        i.libraryId = o.value(QLatin1String("library_id")).toString();
        i.name = o.value(QLatin1String("name")).toString();
        i.description = o.value(QLatin1String("description")).toString();
        i.type = o.value(QLatin1String("type")).toString();
        i.contentVersion = o.value(QLatin1String("content_version")).toInteger(1);
        i.metadataVersion = o.value(QLatin1String("metadata_version")).toInt(1);
        i.created = timeFrom(o.value(QLatin1String("created")));
        i.modified = timeFrom(o.value(QLatin1String("modified")));
        i.sourceId = o.value(QLatin1String("source_id")).toString();
        for (const QJsonValue &fv : o.value(QLatin1String("files")).toArray()) {
            const QJsonObject fo = fv.toObject();
            i.files.append({ fo.value(QLatin1String("name")).toString(),
                             fo.value(QLatin1String("size")).toInteger(),
                             fo.value(QLatin1String("version")).toInt(1),
                             fo.value(QLatin1String("sha1")).toString() });
        }
        items.insert(i.id, i);
    }
    for (const QJsonValue &v : root.value(QLatin1String("sessions")).toArray()) {
        const QJsonObject o = v.toObject();
        UpdateSession s;
        s.id = o.value(QLatin1String("id")).toString();
        s.itemId = o.value(QLatin1String("item_id")).toString();
        s.user = o.value(QLatin1String("user")).toString();
        s.clientToken = o.value(QLatin1String("client_token")).toString();
        s.contentVersion = o.value(QLatin1String("content_version")).toString();
        s.state = o.value(QLatin1String("state")).toString();
        s.clientProgress = o.value(QLatin1String("client_progress")).toInteger();
        s.expiration = timeFrom(o.value(QLatin1String("expiration")));
        s.ended = timeFrom(o.value(QLatin1String("ended")));
        s.errorMessage = o.value(QLatin1String("error_message")).toObject();
        s.warningBehavior = o.value(QLatin1String("warning_behavior")).toArray();
        for (const QJsonValue &r : o.value(QLatin1String("removed")).toArray())
            s.removed.append(r.toString());
        s.nextSequence = o.value(QLatin1String("next_sequence")).toInteger(1);
        for (const QJsonValue &fv : o.value(QLatin1String("files")).toArray()) {
            SessionFile sf = sessionFileFromJson(fv.toObject());
            // A transfer cannot survive a restart: the connection is gone.
            if (sf.status == QLatin1String("TRANSFERRING")
                || sf.status == QLatin1String("VALIDATING")) {
                sf.status = QStringLiteral("ERROR");
                sf.errorMessage = QJsonObject {
                    { QStringLiteral("id"),
                      QStringLiteral("com.vmware.vdcs.cls-main.file_transfer_error") },
                    { QStringLiteral("default_message"),
                      QStringLiteral(
                          "Error transferring file %1: the server restarted during the transfer.")
                          .arg(sf.name) },
                    { QStringLiteral("args"), QJsonArray { sf.name } }
                };
                if (s.state == QLatin1String("ACTIVE")) {
                    s.state = QStringLiteral("ERROR");
                    s.errorMessage = sf.errorMessage;
                    s.ended = QDateTime::currentDateTimeUtc();
                }
            }
            if (!sf.uploadId.isEmpty())
                uploads.insert(sf.uploadId, s.id);
            s.files.insert(sf.name, sf);
        }
        if (!s.clientToken.isEmpty())
            clientTokens.insert(s.user + QLatin1Char('|') + s.clientToken, s.id);
        sessions.insert(s.id, s);
    }
    for (const QJsonValue &v : root.value(QLatin1String("trusted_certificates")).toArray()) {
        const QJsonObject o = v.toObject();
        trusted.insert(
            o.value(QLatin1String("id")).toString(),
            { o.value(QLatin1String("id")).toString(), o.value(QLatin1String("pem")).toString() });
    }
    return true;
}

} // namespace clu::sim
