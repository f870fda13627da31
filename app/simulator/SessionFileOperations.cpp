#include "SessionFileOperations.h"

#include "OvfAdapter.h"
#include "SessionRules.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QUrl>
#include <QUuid>

namespace clu::sim {

namespace {

QString uuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

bool validFileName(const QString &n)
{
    return !n.trimmed().isEmpty() && !n.contains(QLatin1Char('/')) && !n.contains(QLatin1Char('\\'))
        && n != QLatin1String(".") && n != QLatin1String("..") && n.size() <= 255;
}

int digestHexLength(const QString &alg)
{
    if (alg == QLatin1String("SHA1"))
        return 40;
    if (alg == QLatin1String("MD5"))
        return 32;
    if (alg == QLatin1String("SHA256"))
        return 64;
    if (alg == QLatin1String("SHA512"))
        return 128;
    return 0;
}

} // namespace

SessionFileOperations::SessionFileOperations(SimState &state, OvfAdapter &ovf,
                                             int sessionTimeoutSeconds, StartPull startPull)
    : m_state(state)
    , m_ovf(ovf)
    , m_timeout(sessionTimeoutSeconds)
    , m_startPull(std::move(startPull))
{ }

void SessionFileOperations::registerOperations(OperationTable &t)
{
    t.insert(QStringLiteral("file.add"), [this](const Call &c) { return addFile(c); });
    t.insert(QStringLiteral("file.get"), [this](const Call &c) { return getFile(c); });
    t.insert(QStringLiteral("file.list"), [this](const Call &c) { return listFiles(c); });
    t.insert(QStringLiteral("file.remove"), [this](const Call &c) { return removeFile(c); });
    t.insert(QStringLiteral("file.validate"), [this](const Call &c) { return validate(c); });
}

UpdateSession *SessionFileOperations::findLocked(const QString &id, Outcome *error)
{
    return SessionRules::find(m_state, id, m_timeout, error);
}

QJsonObject SessionFileOperations::fileJson(const SessionFile &f)
{
    QJsonObject o { { QStringLiteral("name"), f.name },
                    { QStringLiteral("source_type"), f.sourceType },
                    { QStringLiteral("bytes_transferred"), f.bytesTransferred },
                    { QStringLiteral("status"), f.status },
                    { QStringLiteral("keep_in_storage"), f.keepInStorage } };
    if (f.status == QLatin1String("READY"))
        o.insert(QStringLiteral("size"), f.bytesTransferred);
    else if (f.expectedSize >= 0)
        o.insert(QStringLiteral("size"), f.expectedSize);
    if (!f.checksum.isEmpty())
        o.insert(QStringLiteral("checksum_info"),
                 QJsonObject { { QStringLiteral("algorithm"), f.checksumAlgorithm },
                               { QStringLiteral("checksum"), f.checksum } });
    else if (f.status == QLatin1String("READY") && !f.sha1.isEmpty())
        o.insert(QStringLiteral("checksum_info"),
                 QJsonObject { { QStringLiteral("algorithm"), QStringLiteral("SHA1") },
                               { QStringLiteral("checksum"), f.sha1 } });
    if (f.sourceType == QLatin1String("PUSH"))
        o.insert(QStringLiteral("upload_endpoint"),
                 QJsonObject { { QStringLiteral("uri"), f.sourceUri } });
    else if (f.sourceType == QLatin1String("PULL")) {
        QJsonObject e { { QStringLiteral("uri"), f.sourceUri } };
        if (!f.thumbprint.isEmpty())
            e.insert(QStringLiteral("ssl_certificate_thumbprint"), f.thumbprint);
        o.insert(QStringLiteral("source_endpoint"), e);
    }
    if (!f.errorMessage.isEmpty())
        o.insert(QStringLiteral("error_message"), f.errorMessage);
    return o;
}

Outcome SessionFileOperations::addFile(const Call &c)
{
    const QJsonObject spec = c.obj("spec");
    const QString name = spec.value(QLatin1String("name")).toString();
    const QString sourceType = spec.value(QLatin1String("source_type")).toString();
    if (!validFileName(name))
        return Outcome::fail(
            VapiError::invalidArgument(QStringLiteral("file_spec.name \"%1\" is not a valid file "
                                                      "name (empty, or contains a path separator).")
                                           .arg(name)));
    if (sourceType != QLatin1String("PUSH") && sourceType != QLatin1String("PULL"))
        return Outcome::fail(VapiError::invalidArgument(
            QStringLiteral("file_spec.source_type must be PUSH or PULL, got \"%1\".")
                .arg(sourceType)));
    qint64 size = -1;
    if (spec.contains(QLatin1String("size"))) {
        const QJsonValue v = spec.value(QLatin1String("size"));
        if (!v.isDouble() || v.toDouble() < 0 || v.toDouble() != double(v.toInteger()))
            return Outcome::fail(VapiError::invalidArgument(
                QStringLiteral("file_spec.size must be a non-negative whole number.")));
        size = v.toInteger();
    }
    QString algorithm, checksum;
    if (spec.contains(QLatin1String("checksum_info"))) {
        const QJsonObject ci = spec.value(QLatin1String("checksum_info")).toObject();
        algorithm = ci.value(QLatin1String("algorithm")).toString(QStringLiteral("SHA1"));
        checksum = ci.value(QLatin1String("checksum")).toString().toLower();
        const int len = digestHexLength(algorithm);
        static const QRegularExpression hex(QStringLiteral("^[0-9a-f]+$"));
        if (len == 0)
            return Outcome::fail(VapiError::invalidArgument(
                QStringLiteral(
                    "checksum_info.algorithm must be SHA1, MD5, SHA256 or SHA512, got \"%1\".")
                    .arg(algorithm)));
        if (checksum.size() != len || !hex.match(checksum).hasMatch())
            return Outcome::fail(VapiError::invalidArgument(
                QStringLiteral("checksum_info.checksum must be %1 hex digits for %2.")
                    .arg(len)
                    .arg(algorithm)));
    }
    QString sourceUri, thumbprint;
    if (sourceType == QLatin1String("PULL")) {
        const QJsonObject ep = spec.value(QLatin1String("source_endpoint")).toObject();
        sourceUri = ep.value(QLatin1String("uri")).toString();
        thumbprint = ep.value(QLatin1String("ssl_certificate_thumbprint")).toString();
        const QUrl url(sourceUri);
        if (sourceUri.isEmpty())
            return Outcome::fail(VapiError::invalidArgument(
                QStringLiteral("file_spec.source_endpoint.uri is required for PULL.")));
        if (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))
            return Outcome::fail(VapiError::invalidArgument(
                QStringLiteral("The simulator pulls only http:// and https:// sources, not \"%1\".")
                    .arg(sourceUri)));
        const QString host = url.host();
        if (host != QLatin1String("localhost") && !host.startsWith(QLatin1String("127."))
            && host != QLatin1String("::1"))
            return Outcome::fail(VapiError::invalidArgument(
                QStringLiteral("The simulator pulls only from loopback sources, not from %1.")
                    .arg(host)));
    }

    std::lock_guard lock(m_state.mutex);
    Outcome err;
    UpdateSession *s = SessionRules::findActive(m_state, c.str("session_id"), QStringLiteral("add"),
                                                m_timeout, &err);
    if (!s)
        return err;
    const Item item = m_state.items.value(s->itemId);
    if (OvfAdapter::metadataAfterDescriptor(*s, item, name))
        return Outcome::fail(VapiError::make(
            QStringLiteral("NOT_ALLOWED_IN_CURRENT_STATE"),
            QStringLiteral("com.vmware.vdcs.cls-main.ovf_metadata_file_after_descriptor"),
            QStringLiteral("File %1 cannot be added after the OVF descriptor: add the manifest and "
                           "certificate files before the .ovf file.")
                .arg(name),
            { name }));
    SessionFile f;
    if (s->files.contains(name)) {
        // Same name again replaces the pending content; a running transfer is abandoned.
        const SessionFile old = s->files.value(name);
        m_state.uploads.remove(old.uploadId);
        if (!old.stagingPath.isEmpty())
            QFile::remove(old.stagingPath);
        f.generation = old.generation + 1;
    }
    f.name = name;
    f.sourceType = sourceType;
    f.expectedSize = size;
    f.checksumAlgorithm = algorithm;
    f.checksum = checksum;
    f.thumbprint = thumbprint;
    f.uploadId = uuid();
    f.keepInStorage = !OvfAdapter::isMetadataFile(item, name);
    f.sequence = s->nextSequence++;
    QDir().mkpath(m_state.stagingDir());
    f.stagingPath = m_state.stagingDir() + QLatin1Char('/') + f.uploadId;
    f.sourceUri = sourceType == QLatin1String("PUSH") ? c.baseUrl + QStringLiteral("/cls/data/")
            + f.uploadId + QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(name))
                                                      : sourceUri;
    s->files.insert(name, f);
    s->removed.removeAll(name);
    m_state.uploads.insert(f.uploadId, s->id);
    m_ovf.fileChanged(*s, item, name);
    m_state.save();
    if (sourceType == QLatin1String("PULL") && m_startPull)
        m_startPull(s->id, name);
    return Outcome::created(fileJson(f));
}

Outcome SessionFileOperations::getFile(const Call &c)
{
    const QString name = c.str("file_name");
    std::lock_guard lock(m_state.mutex);
    Outcome err;
    UpdateSession *s = findLocked(c.str("session_id"), &err);
    if (!s)
        return err;
    if (s->files.contains(name))
        return Outcome::ok(fileJson(s->files.value(name)));
    if (!s->removed.contains(name)) {
        for (const ItemFile &f : m_state.items.value(s->itemId).files)
            if (f.name == name) {
                SessionFile existing;
                existing.name = f.name;
                existing.sourceType = QStringLiteral("NONE");
                existing.bytesTransferred = f.size;
                existing.status = QStringLiteral("READY");
                existing.sha1 = f.sha1;
                return Outcome::ok(fileJson(existing));
            }
    }
    return Outcome::fail(VapiError::invalidArgument(
        QStringLiteral("File %1 is not part of the library item or the update session.")
            .arg(name)));
}

Outcome SessionFileOperations::listFiles(const Call &c)
{
    std::lock_guard lock(m_state.mutex);
    Outcome err;
    UpdateSession *s = findLocked(c.str("session_id"), &err);
    if (!s)
        return err;
    QJsonArray a;
    for (const ItemFile &f : m_state.items.value(s->itemId).files) {
        if (s->removed.contains(f.name) || s->files.contains(f.name))
            continue;
        SessionFile existing;
        existing.name = f.name;
        existing.sourceType = QStringLiteral("NONE");
        existing.bytesTransferred = f.size;
        existing.status = QStringLiteral("READY");
        existing.sha1 = f.sha1;
        a.append(fileJson(existing));
    }
    for (const SessionFile &f : std::as_const(s->files))
        a.append(fileJson(f));
    return Outcome::ok(a);
}

Outcome SessionFileOperations::removeFile(const Call &c)
{
    const QString name = c.str("file_name");
    std::lock_guard lock(m_state.mutex);
    Outcome err;
    UpdateSession *s = SessionRules::findActive(m_state, c.str("session_id"),
                                                QStringLiteral("remove"), m_timeout, &err);
    if (!s)
        return err;
    const Item item = m_state.items.value(s->itemId);
    bool inItem = false;
    for (const ItemFile &f : item.files)
        inItem = inItem || f.name == name;
    if (s->files.contains(name)) {
        const SessionFile old = s->files.take(name);
        m_state.uploads.remove(old.uploadId);
        if (!old.stagingPath.isEmpty())
            QFile::remove(old.stagingPath);
    } else if (!inItem || s->removed.contains(name)) {
        return Outcome::fail(VapiError::invalidArgument(
            QStringLiteral("File %1 is not part of the library item or the update session.")
                .arg(name)));
    }
    if (inItem && !s->removed.contains(name))
        s->removed.append(name);
    m_ovf.fileChanged(*s, item, name);
    m_state.save();
    return Outcome::empty();
}

Outcome SessionFileOperations::validate(const Call &c)
{
    std::lock_guard lock(m_state.mutex);
    Outcome err;
    UpdateSession *s = SessionRules::findActive(m_state, c.str("session_id"),
                                                QStringLiteral("validate"), m_timeout, &err);
    if (!s)
        return err;
    bool hasErrors = false;
    return Outcome::ok(SessionRules::validation(m_state, *s, m_ovf, &hasErrors));
}

} // namespace clu::sim
