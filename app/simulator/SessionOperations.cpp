#include "SessionOperations.h"

#include "Faults.h"
#include "OvfAdapter.h"
#include "SessionRules.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
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
    static const QStringList t { QStringLiteral("SELF_SIGNED_CERTIFICATE"),
                                 QStringLiteral("EXPIRED_CERTIFICATE"),
                                 QStringLiteral("NOT_YET_VALID_CERTIFICATE"),
                                 QStringLiteral("UNTRUSTED_CERTIFICATE") };
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

} // namespace

SessionOperations::SessionOperations(SimState &state, Faults &faults, OvfAdapter &ovf,
                                     int sessionTimeoutSeconds)
    : m_state(state)
    , m_faults(faults)
    , m_ovf(ovf)
    , m_timeout(sessionTimeoutSeconds)
{ }

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
}

QJsonObject SessionOperations::sessionJson(const UpdateSession &s) const
{
    QJsonObject o { { QStringLiteral("library_item_id"), s.itemId },
                    { QStringLiteral("library_item_content_version"), s.contentVersion },
                    { QStringLiteral("client_progress"), s.clientProgress },
                    { QStringLiteral("state"), s.state },
                    { QStringLiteral("expiration_time"), isoTime(s.expiration) },
                    { QStringLiteral("warning_behavior"), s.warningBehavior } };
    if (!s.errorMessage.isEmpty())
        o.insert(QStringLiteral("error_message"), s.errorMessage);
    if (s.state == kActive)
        o.insert(QStringLiteral("preview_info"), m_ovf.preview(s, m_state.items.value(s.itemId)));
    return o;
}

UpdateSession *SessionOperations::findLocked(const QString &id, Outcome *error)
{
    return SessionRules::find(m_state, id, m_timeout, error);
}

Outcome SessionOperations::create(const Call &c)
{
    const QJsonObject spec = c.obj("spec");
    const QString itemId = spec.value(QLatin1String("library_item_id")).toString();
    if (itemId.isEmpty())
        return Outcome::fail(
            VapiError::invalidArgument(QStringLiteral("create_spec.library_item_id is required.")));
    if (spec.contains(QLatin1String("warning_behavior"))) {
        const QString why = checkWarningBehavior(spec.value(QLatin1String("warning_behavior")));
        if (!why.isEmpty())
            return Outcome::fail(VapiError::invalidArgument(why));
    }
    std::lock_guard lock(m_state.mutex);
    if (!m_state.mayModifyContent(c.user)) // ContentLibrary.UpdateSession on the item (§6)
        return Outcome::fail(VapiError::unauthorized());
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
            { itemId, lib.name }));
    if (itemIt->type == QLatin1String("vm-template"))
        return Outcome::fail(VapiError::make(
            QStringLiteral("INVALID_ELEMENT_TYPE"),
            QStringLiteral("com.vmware.vdcs.cls-main.update_session_vm_template_unsupported"),
            QStringLiteral("Update session creation is not supported for library item '%1' "
                           "(ID: %2) because it contains a virtual machine template.")
                .arg(itemIt->name, itemId),
            { itemIt->name, itemId }));
    for (const UpdateSession &s : std::as_const(m_state.sessions))
        if (s.itemId == itemId && s.state == kActive) {
            VapiError e = VapiError::make(
                QStringLiteral("RESOURCE_BUSY"),
                QStringLiteral("com.vmware.vdcs.cls-main.update_session_already_exists"),
                QStringLiteral("Library item %1 is already being updated by another session.")
                    .arg(itemId),
                { itemId });
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
    c.args.insert(QStringLiteral("spec"),
                  QJsonObject { { QStringLiteral("library_item_id"), itemId } });
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
        if (s.user.compare(c.user, Qt::CaseInsensitive) == 0
            && (itemId.isEmpty() || s.itemId == itemId))
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
    UpdateSession *s = SessionRules::findActive(m_state, c.str("session_id"),
                                                QStringLiteral("update"), m_timeout, &err);
    if (!s)
        return err;
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
    m_state.noteVanished(c.str("session_id"), QStringLiteral("deleted"));
    m_state.save();
    return Outcome::empty();
}

Outcome SessionOperations::complete(const Call &c)
{
    std::lock_guard lock(m_state.mutex);
    Outcome err;
    UpdateSession *s = SessionRules::findActive(m_state, c.str("session_id"),
                                                QStringLiteral("complete"), m_timeout, &err);
    if (!s)
        return err;
    bool hasErrors = false;
    const QJsonObject v = SessionRules::validation(m_state, *s, m_ovf, &hasErrors);
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
            { missing.join(QLatin1String(", ")), invalidNames.join(QLatin1String(", ")) });
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
            { unignored.join(QLatin1String(", ")) });
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
    const QJsonObject v = SessionRules::validation(m_state, *it, m_ovf, &hasErrors);
    if (hasErrors) {
        SessionRules::end(
            m_state, *it, QStringLiteral("ERROR"),
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
    UpdateSession *s = SessionRules::findActive(m_state, c.str("session_id"),
                                                QStringLiteral("cancel"), m_timeout, &err);
    if (!s)
        return err;
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
    UpdateSession *s = SessionRules::findActive(m_state, c.str("session_id"),
                                                QStringLiteral("fail"), m_timeout, &err);
    if (!s)
        return err;
    SessionRules::end(
        m_state, *s, QStringLiteral("ERROR"),
        VapiError::message(QStringLiteral("com.vmware.vdcs.cls-main.client_error"), msg, { msg }));
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
    UpdateSession *s = SessionRules::findActive(m_state, c.str("session_id"),
                                                QStringLiteral("keep-alive"), m_timeout, &err);
    if (!s)
        return err;
    if (progress.isDouble())
        s->clientProgress = progress.toInteger();
    return Outcome::empty();
}

void SessionOperations::expire(int gcAfterSeconds)
{
    std::lock_guard lock(m_state.mutex);
    expireLocked(gcAfterSeconds);
}

void SessionOperations::expireLocked(int gcAfterSeconds)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<QPair<QString, QString>> gone; // id, why
    for (UpdateSession &s : m_state.sessions) {
        if (s.state == kActive && s.expiration < now) {
            // Expired: nothing is applied, received bytes are dropped, the id disappears.
            SessionRules::end(m_state, s, QStringLiteral("CANCELED"));
            gone.append({ s.id, QStringLiteral("expired") });
        } else if (s.state != kActive && s.ended.isValid()
                   && s.ended.secsTo(now) > gcAfterSeconds) {
            gone.append({ s.id, QStringLiteral("deleted") });
        }
    }
    for (const auto &[id, why] : std::as_const(gone)) {
        for (const SessionFile &f : m_state.sessions.value(id).files)
            m_state.uploads.remove(f.uploadId);
        m_state.sessions.remove(id);
        m_state.noteVanished(id, why);
    }
    if (!gone.isEmpty())
        m_state.save();
}

} // namespace clu::sim
