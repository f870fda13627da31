#include "SessionOperations.h"

#include "Faults.h"
#include "OvfAdapter.h"
#include "SessionRules.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>
#include <QUuid>

namespace clu::sim {

namespace {

const QString kActive = QStringLiteral("ACTIVE");

QString uuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

const QStringList &warningTypes()
{
    static const QStringList t{QStringLiteral("SELF_SIGNED_CERTIFICATE"),
                               QStringLiteral("EXPIRED_CERTIFICATE"),
                               QStringLiteral("NOT_YET_VALID_CERTIFICATE"),
                               QStringLiteral("UNTRUSTED_CERTIFICATE")};
    return t;
}

// Checks a warning_behavior list; empty string when fine, otherwise why not.
QString checkWarningBehavior(const QJsonValue &v)
{
    if (!v.isArray())
        return QStringLiteral("warning_behavior must be a list of {type, ignored}.");
    for (const QJsonValue &e : v.toArray()) {
        const QJsonObject o = e.toObject();
        if (!warningTypes().contains(o.value(QLatin1String("type")).toString()))
            return QStringLiteral("warning_behavior: unknown warning type \"%1\".")
                .arg(o.value(QLatin1String("type")).toString());
        if (!o.value(QLatin1String("ignored")).isBool())
            return QStringLiteral("warning_behavior: \"ignored\" must be a boolean for %1.")
                .arg(o.value(QLatin1String("type")).toString());
    }
    return {};
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

SessionOperations::SessionOperations(SimState &state, Faults &faults, OvfAdapter &ovf,
                                     int sessionTimeoutSeconds, StartPull startPull)
    : m_state(state)
    , m_faults(faults)
    , m_ovf(ovf)
    , m_timeout(sessionTimeoutSeconds)
    , m_startPull(std::move(startPull))
{
}

void SessionOperations::registerOperations(OperationTable &t)
{
    t.insert(QStringLiteral("session.create"), [this](const Call &c) { return create(c); });
    t.insert(QStringLiteral("session.list"), [this](const Call &c) { return list(c); });
    t.insert(QStringLiteral("session.get"), [this](const Call &c) { return get(c); });
    t.insert(QStringLiteral("session.update"), [this](const Call &c) { return update(c); });
    t.insert(QStringLiteral("session.delete"), [this](const Call &c) { return remove(c); });
    t.insert(QStringLiteral("session.complete"), [this](const Call &c) { return complete(c); });
    t.insert(QStringLiteral("session.cancel"), [this](const Call &c) { return cancel(c); });
    t.insert(QStringLiteral("session.fail"), [this](const Call &c) { return fail(c); });
    t.insert(QStringLiteral("session.keep-alive"), [this](const Call &c) { return keepAlive(c); });
    t.insert(QStringLiteral("file.add"), [this](const Call &c) { return addFile(c); });
    t.insert(QStringLiteral("file.get"), [this](const Call &c) { return getFile(c); });
    t.insert(QStringLiteral("file.list"), [this](const Call &c) { return listFiles(c); });
    t.insert(QStringLiteral("file.remove"), [this](const Call &c) { return removeFile(c); });
    t.insert(QStringLiteral("file.validate"), [this](const Call &c) { return validate(c); });
}

QJsonObject SessionOperations::sessionJson(const UpdateSession &s) const
{
    QJsonObject o{{QStringLiteral("library_item_id"), s.itemId},
                  {QStringLiteral("library_item_content_version"), s.contentVersion},
                  {QStringLiteral("client_progress"), s.clientProgress},
                  {QStringLiteral("state"), s.state},
                  {QStringLiteral("expiration_time"), isoTime(s.expiration)},
                  {QStringLiteral("warning_behavior"), s.warningBehavior}};
    if (!s.errorMessage.isEmpty())
        o.insert(QStringLiteral("error_message"), s.errorMessage);
    if (s.state == kActive)
        o.insert(QStringLiteral("preview_info"), m_ovf.preview(s, m_state.items.value(s.itemId)));
    return o;
}

QJsonObject SessionOperations::fileJson(const SessionFile &f)
{
    QJsonObject o{{QStringLiteral("name"), f.name},
                  {QStringLiteral("source_type"), f.sourceType},
                  {QStringLiteral("bytes_transferred"), f.bytesTransferred},
                  {QStringLiteral("status"), f.status},
                  {QStringLiteral("keep_in_storage"), f.keepInStorage}};
    if (f.status == QLatin1String("READY"))
        o.insert(QStringLiteral("size"), f.bytesTransferred);
    else if (f.expectedSize >= 0)
        o.insert(QStringLiteral("size"), f.expectedSize);
    if (!f.checksum.isEmpty())
        o.insert(QStringLiteral("checksum_info"),
                 QJsonObject{{QStringLiteral("algorithm"), f.checksumAlgorithm},
                             {QStringLiteral("checksum"), f.checksum}});
    else if (f.status == QLatin1String("READY") && !f.sha1.isEmpty())
        o.insert(QStringLiteral("checksum_info"),
                 QJsonObject{{QStringLiteral("algorithm"), QStringLiteral("SHA1")},
                             {QStringLiteral("checksum"), f.sha1}});
    if (f.sourceType == QLatin1String("PUSH"))
        o.insert(QStringLiteral("upload_endpoint"), QJsonObject{{QStringLiteral("uri"), f.sourceUri}});
    else if (f.sourceType == QLatin1String("PULL")) {
        QJsonObject e{{QStringLiteral("uri"), f.sourceUri}};
        if (!f.thumbprint.isEmpty())
            e.insert(QStringLiteral("ssl_certificate_thumbprint"), f.thumbprint);
        o.insert(QStringLiteral("source_endpoint"), e);
    }
    if (!f.errorMessage.isEmpty())
        o.insert(QStringLiteral("error_message"), f.errorMessage);
    return o;
}

UpdateSession *SessionOperations::findLocked(const QString &id, Outcome *error)
{
    auto it = m_state.sessions.find(id);
    if (it == m_state.sessions.end()) {
        *error = Outcome::fail(VapiError::notFound(QStringLiteral("update session"), id));
        return nullptr;
    }
    SessionRules::touch(*it, m_timeout);
    return &*it;
}

Outcome SessionOperations::create(const Call &c)
{
    const QJsonObject spec = c.obj("spec");
    const QString itemId = spec.value(QLatin1String("library_item_id")).toString();
    if (itemId.isEmpty())
        return Outcome::fail(VapiError::invalidArgument(
            QStringLiteral("create_spec.library_item_id is required.")));
    if (spec.contains(QLatin1String("warning_behavior"))) {
        const QString why = checkWarningBehavior(spec.value(QLatin1String("warning_behavior")));
        if (!why.isEmpty())
            return Outcome::fail(VapiError::invalidArgument(why));
    }
    std::lock_guard lock(m_state.mutex);
    const QString tokenKey = c.user + QLatin1Char('|') + c.clientToken;
    if (!c.clientToken.isEmpty() && m_state.clientTokens.contains(tokenKey)) {
        // Replay of the same create: the same session, as long as it still exists.
        const QString previous = m_state.clientTokens.value(tokenKey);
        auto it = m_state.sessions.constFind(previous);
        if (it != m_state.sessions.constEnd()) {
            if (it->itemId != itemId)
                return Outcome::fail(VapiError::invalidArgument(
                    QStringLiteral("client_token %1 was already used to create a session for "
                                   "library item %2.")
                        .arg(c.clientToken, it->itemId)));
            return Outcome::created(previous);
        }
    }
    auto itemIt = m_state.items.constFind(itemId);
    if (itemIt == m_state.items.constEnd())
        return Outcome::fail(VapiError::notFound(QStringLiteral("library item"), itemId));
    const Library lib = m_state.libraries.value(itemIt->libraryId);
    if (lib.type != QLatin1String("LOCAL"))
        return Outcome::fail(VapiError::make(
            QStringLiteral("INVALID_ELEMENT_TYPE"),
            QStringLiteral("com.vmware.vdcs.cls-main.update_session_on_subscribed_item"),
            QStringLiteral("Library item %1 belongs to subscribed library '%2'; only items of "
                           "local libraries can be updated.")
                .arg(itemId, lib.name),
            {itemId, lib.name}));
    if (itemIt->type == QLatin1String("vm-template"))
        return Outcome::fail(VapiError::make(
            QStringLiteral("INVALID_ELEMENT_TYPE"),
            QStringLiteral("com.vmware.vdcs.cls-main.update_session_vm_template_unsupported"),
            QStringLiteral("Update session creation is not supported for library item '%1' "
                           "(ID: %2) because it contains a virtual machine template.")
                .arg(itemIt->name, itemId),
            {itemIt->name, itemId}));
    for (const UpdateSession &s : std::as_const(m_state.sessions))
        if (s.itemId == itemId && s.state == kActive) {
            VapiError e = VapiError::make(
                QStringLiteral("RESOURCE_BUSY"),
                QStringLiteral("com.vmware.vdcs.cls-main.update_session_already_exists"),
                QStringLiteral("Library item %1 is already being updated by another session.")
                    .arg(itemId),
                {itemId});
            e.status = m_faults.get().busyStatus;
            return Outcome::fail(e);
        }
    UpdateSession s;
    s.id = uuid() + QLatin1Char(':') + uuid();
    s.itemId = itemId;
    s.user = c.user;
    s.clientToken = c.clientToken;
    s.contentVersion = QString::number(itemIt->contentVersion);
    s.warningBehavior = spec.value(QLatin1String("warning_behavior")).toArray();
    SessionRules::touch(s, m_timeout);
    m_state.sessions.insert(s.id, s);
    if (!c.clientToken.isEmpty())
        m_state.clientTokens.insert(tokenKey, s.id);
    m_state.save();
    return Outcome::created(s.id);
}

QString SessionOperations::createForSeed(const QString &itemId, const QString &user)
{
    Call c;
    c.user = user;
    c.args.insert(QStringLiteral("spec"), QJsonObject{{QStringLiteral("library_item_id"), itemId}});
    const Outcome o = create(c);
    return o.isError() ? QString() : o.value.toString();
}

Outcome SessionOperations::list(const Call &c)
{
    const QString itemId = c.str("library_item_id");
    std::lock_guard lock(m_state.mutex);
    if (c.has("library_item_id") && !m_state.items.contains(itemId))
        return Outcome::fail(VapiError::notFound(QStringLiteral("library item"), itemId));
    QJsonArray a;
    for (const UpdateSession &s : std::as_const(m_state.sessions))
        if (s.user.compare(c.user, Qt::CaseInsensitive) == 0 && (itemId.isEmpty() || s.itemId == itemId))
            a.append(s.id);
    return Outcome::ok(a);
}

Outcome SessionOperations::get(const Call &c)
{
    std::lock_guard lock(m_state.mutex);
    Outcome err;
    UpdateSession *s = findLocked(c.str("session_id"), &err);
    if (!s)
        return err;
    return Outcome::ok(sessionJson(*s));
}

Outcome SessionOperations::update(const Call &c)
{
    const QJsonObject spec = c.obj("spec");
    std::lock_guard lock(m_state.mutex);
    Outcome err;
    UpdateSession *s = findLocked(c.str("session_id"), &err);
    if (!s)
        return err;
    if (s->state != kActive)
        return Outcome::fail(VapiError::invalidState(QStringLiteral("update"), s->state,
                                                     SessionRules::stateReason(*s)));
    // Only warning_behavior is updatable; a supplied list replaces the previous one (README).
    if (spec.contains(QLatin1String("warning_behavior"))) {
        const QString why = checkWarningBehavior(spec.value(QLatin1String("warning_behavior")));
        if (!why.isEmpty())
            return Outcome::fail(VapiError::invalidArgument(why));
        s->warningBehavior = spec.value(QLatin1String("warning_behavior")).toArray();
        m_state.save();
    }
    return Outcome::empty();
}

Outcome SessionOperations::remove(const Call &c)
{
    std::lock_guard lock(m_state.mutex);
    Outcome err;
    UpdateSession *s = findLocked(c.str("session_id"), &err);
    if (!s)
        return err;
    if (s->state == kActive)
        return Outcome::fail(VapiError::invalidState(
            QStringLiteral("delete"), s->state,
            QStringLiteral("An active session must be completed, canceled or failed first.")));
    for (const SessionFile &f : std::as_const(s->files)) {
        m_state.uploads.remove(f.uploadId);
        if (!f.stagingPath.isEmpty())
            QFile::remove(f.stagingPath);
    }
    m_state.sessions.remove(c.str("session_id"));
    m_state.save();
    return Outcome::empty();
}

QJsonObject SessionOperations::validationLocked(const UpdateSession &s, bool *hasErrors) const
{
    const Item item = m_state.items.value(s.itemId);
    const QStringList missing = m_ovf.missingFiles(s, item);
    QJsonArray invalid = m_ovf.invalidFiles(s, item);
    for (const SessionFile &f : s.files) {
        if (f.sourceType == QLatin1String("PULL") && f.status != QLatin1String("ERROR"))
            continue; // the server is still fetching; complete waits for it
        if (f.status == QLatin1String("READY"))
            continue;
        QJsonObject msg = f.errorMessage;
        if (msg.isEmpty())
            msg = VapiError::message(
                QStringLiteral("com.vmware.vdcs.cls-main.file_not_received"),
                QStringLiteral("File %1 has not been received completely (status %2, %3 bytes).")
                    .arg(f.name, f.status)
                    .arg(f.bytesTransferred),
                {f.name, f.status});
        invalid.append(QJsonObject{{QStringLiteral("name"), f.name}, {QStringLiteral("error_message"), msg}});
    }
    *hasErrors = !missing.isEmpty() || !invalid.isEmpty();
    return {{QStringLiteral("has_errors"), *hasErrors},
            {QStringLiteral("missing_files"), QJsonArray::fromStringList(missing)},
            {QStringLiteral("invalid_files"), invalid}};
}

Outcome SessionOperations::complete(const Call &c)
{
    std::lock_guard lock(m_state.mutex);
    Outcome err;
    UpdateSession *s = findLocked(c.str("session_id"), &err);
    if (!s)
        return err;
    if (s->state != kActive)
        return Outcome::fail(VapiError::invalidState(QStringLiteral("complete"), s->state,
                                                     SessionRules::stateReason(*s)));
    bool hasErrors = false;
    const QJsonObject v = validationLocked(*s, &hasErrors);
    if (hasErrors) {
        QStringList invalidNames;
        for (const QJsonValue &i : v.value(QLatin1String("invalid_files")).toArray())
            invalidNames.append(i.toObject().value(QLatin1String("name")).toString());
        QStringList missing;
        for (const QJsonValue &m : v.value(QLatin1String("missing_files")).toArray())
            missing.append(m.toString());
        VapiError e = VapiError::make(
            QStringLiteral("NOT_ALLOWED_IN_CURRENT_STATE"),
            QStringLiteral("com.vmware.vdcs.cls-main.session_has_missing_or_invalid_files"),
            QStringLiteral("Session has missing file(s) [%1] or invalid file(s): [%2]")
                .arg(missing.join(QLatin1String(", ")), invalidNames.join(QLatin1String(", "))),
            {missing.join(QLatin1String(", ")), invalidNames.join(QLatin1String(", "))});
        SessionRules::end(m_state, *s, QStringLiteral("ERROR"), e.messages.first().toObject());
        return Outcome::fail(e);
    }
    const QStringList unignored = m_ovf.unignoredWarnings(*s);
    if (!unignored.isEmpty()) {
        // Not confirmed whether vCenter answers with an error or only ends in ERROR: both.
        VapiError e = VapiError::make(
            QStringLiteral("NOT_ALLOWED_IN_CURRENT_STATE"),
            QStringLiteral("com.vmware.vdcs.cls-main.update_session_unignored_preview_warnings"),
            QStringLiteral("The session cannot be completed: preview warnings are not ignored: %1. "
                           "Ignore them with warning_behavior or cancel the session.")
                .arg(unignored.join(QLatin1String(", "))),
            {unignored.join(QLatin1String(", "))});
        SessionRules::end(m_state, *s, QStringLiteral("ERROR"), e.messages.first().toObject());
        return Outcome::fail(e);
    }
    if (SessionRules::pullsRunning(*s)) {
        s->completeRequested = true; // DONE/ERROR once the fetches end
        return Outcome::empty();
    }
    QJsonObject error;
    if (!SessionRules::apply(m_state, *s, m_ovf, &error)) {
        SessionRules::end(m_state, *s, QStringLiteral("ERROR"), error);
        VapiError e;
        e.errorType = QStringLiteral("INTERNAL_SERVER_ERROR");
        e.messages.append(error);
        return Outcome::fail(e);
    }
    return Outcome::empty();
}

void SessionOperations::pullFinished(const QString &sessionId)
{
    std::lock_guard lock(m_state.mutex);
    auto it = m_state.sessions.find(sessionId);
    if (it == m_state.sessions.end() || it->state != kActive || !it->completeRequested
        || SessionRules::pullsRunning(*it))
        return;
    bool hasErrors = false;
    const QJsonObject v = validationLocked(*it, &hasErrors);
    if (hasErrors) {
        SessionRules::end(m_state, *it, QStringLiteral("ERROR"),
                          VapiError::message(
                              QStringLiteral("com.vmware.vdcs.cls-main.session_has_missing_or_invalid_files"),
                              QStringLiteral("Session has missing or invalid files after the transfer: %1")
                                  .arg(QString::fromUtf8(QJsonDocument(v).toJson(QJsonDocument::Compact)))));
        return;
    }
    QJsonObject error;
    if (!SessionRules::apply(m_state, *it, m_ovf, &error))
        SessionRules::end(m_state, *it, QStringLiteral("ERROR"), error);
}

Outcome SessionOperations::cancel(const Call &c)
{
    std::lock_guard lock(m_state.mutex);
    Outcome err;
    UpdateSession *s = findLocked(c.str("session_id"), &err);
    if (!s)
        return err;
    if (s->state != kActive)
        return Outcome::fail(VapiError::invalidState(QStringLiteral("cancel"), s->state,
                                                     SessionRules::stateReason(*s)));
    SessionRules::end(m_state, *s, QStringLiteral("CANCELED"));
    return Outcome::empty();
}

Outcome SessionOperations::fail(const Call &c)
{
    if (!c.args.value(QLatin1String("client_error_message")).isString())
        return Outcome::fail(VapiError::invalidArgument(
            QStringLiteral("client_error_message is required for fail.")));
    const QString msg = c.str("client_error_message");
    std::lock_guard lock(m_state.mutex);
    Outcome err;
    UpdateSession *s = findLocked(c.str("session_id"), &err);
    if (!s)
        return err;
    if (s->state != kActive)
        return Outcome::fail(VapiError::invalidState(QStringLiteral("fail"), s->state,
                                                     SessionRules::stateReason(*s)));
    SessionRules::end(m_state, *s, QStringLiteral("ERROR"),
                      VapiError::message(QStringLiteral("com.vmware.vdcs.cls-main.client_error"), msg, {msg}));
    return Outcome::empty();
}

Outcome SessionOperations::keepAlive(const Call &c)
{
    const QJsonValue progress = c.args.value(QLatin1String("client_progress"));
    if (!progress.isUndefined() && !progress.isNull()
        && (!progress.isDouble() || progress.toDouble() < 0 || progress.toDouble() > 100
            || progress.toDouble() != double(progress.toInteger())))
        return Outcome::fail(VapiError::invalidArgument(
            QStringLiteral("client_progress must be a whole number from 0 to 100.")));
    std::lock_guard lock(m_state.mutex);
    Outcome err;
    UpdateSession *s = findLocked(c.str("session_id"), &err);
    if (!s)
        return err;
    if (s->state != kActive)
        return Outcome::fail(VapiError::invalidState(QStringLiteral("keep-alive"), s->state,
                                                     SessionRules::stateReason(*s)));
    if (progress.isDouble())
        s->clientProgress = progress.toInteger();
    return Outcome::empty();
}

Outcome SessionOperations::addFile(const Call &c)
{
    const QJsonObject spec = c.obj("spec");
    const QString name = spec.value(QLatin1String("name")).toString();
    const QString sourceType = spec.value(QLatin1String("source_type")).toString();
    if (!validFileName(name))
        return Outcome::fail(VapiError::invalidArgument(
            QStringLiteral("file_spec.name \"%1\" is not a valid file name (empty, or contains a path separator).")
                .arg(name)));
    if (sourceType != QLatin1String("PUSH") && sourceType != QLatin1String("PULL"))
        return Outcome::fail(VapiError::invalidArgument(
            QStringLiteral("file_spec.source_type must be PUSH or PULL, got \"%1\".").arg(sourceType)));
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
                QStringLiteral("checksum_info.algorithm must be SHA1, MD5, SHA256 or SHA512, got \"%1\".")
                    .arg(algorithm)));
        if (checksum.size() != len || !hex.match(checksum).hasMatch())
            return Outcome::fail(VapiError::invalidArgument(
                QStringLiteral("checksum_info.checksum must be %1 hex digits for %2.").arg(len).arg(algorithm)));
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
                QStringLiteral("The simulator pulls only http:// and https:// sources, not \"%1\".").arg(sourceUri)));
        const QString host = url.host();
        if (host != QLatin1String("localhost") && !host.startsWith(QLatin1String("127.")) && host != QLatin1String("::1"))
            return Outcome::fail(VapiError::invalidArgument(
                QStringLiteral("The simulator pulls only from loopback sources, not from %1.").arg(host)));
    }

    std::lock_guard lock(m_state.mutex);
    Outcome err;
    UpdateSession *s = findLocked(c.str("session_id"), &err);
    if (!s)
        return err;
    if (s->state != kActive)
        return Outcome::fail(VapiError::invalidState(QStringLiteral("add"), s->state,
                                                     SessionRules::stateReason(*s)));
    const Item item = m_state.items.value(s->itemId);
    if (OvfAdapter::metadataAfterDescriptor(*s, item, name))
        return Outcome::fail(VapiError::make(
            QStringLiteral("NOT_ALLOWED_IN_CURRENT_STATE"),
            QStringLiteral("com.vmware.vdcs.cls-main.ovf_metadata_file_after_descriptor"),
            QStringLiteral("File %1 cannot be added after the OVF descriptor: add the manifest and "
                           "certificate files before the .ovf file.")
                .arg(name),
            {name}));
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
    f.sourceUri = sourceType == QLatin1String("PUSH")
        ? c.baseUrl + QStringLiteral("/cls/data/") + f.uploadId + QLatin1Char('/')
            + QString::fromLatin1(QUrl::toPercentEncoding(name))
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

Outcome SessionOperations::getFile(const Call &c)
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
        QStringLiteral("File %1 is not part of the library item or the update session.").arg(name)));
}

Outcome SessionOperations::listFiles(const Call &c)
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

Outcome SessionOperations::removeFile(const Call &c)
{
    const QString name = c.str("file_name");
    std::lock_guard lock(m_state.mutex);
    Outcome err;
    UpdateSession *s = findLocked(c.str("session_id"), &err);
    if (!s)
        return err;
    if (s->state != kActive)
        return Outcome::fail(VapiError::invalidState(QStringLiteral("remove"), s->state,
                                                     SessionRules::stateReason(*s)));
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
            QStringLiteral("File %1 is not part of the library item or the update session.").arg(name)));
    }
    if (inItem && !s->removed.contains(name))
        s->removed.append(name);
    m_ovf.fileChanged(*s, item, name);
    m_state.save();
    return Outcome::empty();
}

Outcome SessionOperations::validate(const Call &c)
{
    std::lock_guard lock(m_state.mutex);
    Outcome err;
    UpdateSession *s = findLocked(c.str("session_id"), &err);
    if (!s)
        return err;
    if (s->state != kActive)
        return Outcome::fail(VapiError::invalidState(QStringLiteral("validate"), s->state,
                                                     SessionRules::stateReason(*s)));
    bool hasErrors = false;
    return Outcome::ok(validationLocked(*s, &hasErrors));
}

void SessionOperations::expire(int gcAfterSeconds)
{
    std::lock_guard lock(m_state.mutex);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QStringList gone;
    for (UpdateSession &s : m_state.sessions) {
        if (s.state == kActive && s.expiration < now) {
            // Expired: nothing is applied, received bytes are dropped, the id disappears.
            SessionRules::end(m_state, s, QStringLiteral("CANCELED"));
            gone.append(s.id);
        } else if (s.state != kActive && s.ended.isValid() && s.ended.secsTo(now) > gcAfterSeconds) {
            gone.append(s.id);
        }
    }
    for (const QString &id : gone) {
        for (const SessionFile &f : m_state.sessions.value(id).files)
            m_state.uploads.remove(f.uploadId);
        m_state.sessions.remove(id);
    }
    if (!gone.isEmpty())
        m_state.save();
}

} // namespace clu::sim
