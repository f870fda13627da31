#include "SessionRules.h"

#include "OvfAdapter.h"

#include <QDir>
#include <QFile>

namespace clu::sim {

void SessionRules::touch(UpdateSession &s, int timeoutSeconds)
{
    // Never moves the promise backwards (expiration_time: "will not expire before").
    const QDateTime next = QDateTime::currentDateTimeUtc().addSecs(timeoutSeconds);
    if (s.state == QLatin1String("ACTIVE") && (!s.expiration.isValid() || next > s.expiration))
        s.expiration = next;
}

UpdateSession *SessionRules::find(SimState &state, const QString &id, int timeoutSeconds,
                                  Outcome *error)
{
    auto it = state.sessions.find(id);
    if (it == state.sessions.end()) {
        *error = Outcome::fail(VapiError::notFound(QStringLiteral("update session"), id));
        return nullptr;
    }
    touch(*it, timeoutSeconds);
    return &*it;
}

UpdateSession *SessionRules::findActive(SimState &state, const QString &id,
                                        const QString &operation, int timeoutSeconds,
                                        Outcome *error)
{
    UpdateSession *s = find(state, id, timeoutSeconds, error);
    if (s && s->state != QLatin1String("ACTIVE")) {
        *error = Outcome::fail(VapiError::invalidState(operation, s->state, stateReason(*s)));
        return nullptr;
    }
    return s;
}

QJsonObject SessionRules::transferError(const SimState &state, const UpdateSession &s,
                                        const QString &file, const QString &reason)
{
    const Item item = state.items.value(s.itemId);
    const Library lib = state.libraries.value(item.libraryId);
    const QString target = QStringLiteral("ds:///vmfs/volumes/%1/contentlib-%2/%3/%4")
                               .arg(lib.datastoreId, lib.id, item.id, file);
    return VapiError::message(
        QStringLiteral("com.vmware.vdcs.cls-main.file_transfer_error"),
        QStringLiteral(
            "Error transferring file %1 to %2. Reason: IO error during transfer of %2: %3")
            .arg(file, target, reason),
        { file, target, reason });
}

VapiError SessionRules::abandonedTransfer(const SimState &state, const QString &sessionId,
                                          const QString &file)
{
    const auto it = state.sessions.constFind(sessionId);
    if (it == state.sessions.constEnd()) {
        // The id answers 404 now, so the PUT does too (as vCenter's data path does for a
        // session it no longer knows), saying why the session is gone when we know it.
        const QString why = state.vanishedReason(sessionId);
        const QString text = why == QLatin1String("expired")
            ? QStringLiteral("The update session %1 expired during the transfer of %2 (no "
                             "keep-alive or other call for longer than its timeout); the received "
                             "bytes were discarded.")
            : QStringLiteral("The update session %1 was deleted during the transfer of %2; the "
                             "received bytes were discarded.");
        return VapiError::make(
            QStringLiteral("NOT_FOUND"),
            why == QLatin1String("expired")
                ? QStringLiteral("com.vmware.vdcs.cls-main.update_session_expired")
                : QStringLiteral("com.vmware.vdcs.cls-main.update_session_deleted"),
            text.arg(sessionId, file), { sessionId, file });
    }
    const UpdateSession &s = *it;
    if (s.state != QLatin1String("ACTIVE")) {
        // Canceled, failed or completed by another call: the session exists but refuses the
        // bytes — NOT_ALLOWED_IN_CURRENT_STATE (400), like every other call on it now.
        QString text;
        if (s.state == QLatin1String("CANCELED"))
            text = QStringLiteral("The update session %1 was canceled during the transfer of %2; "
                                  "the received bytes were discarded.")
                       .arg(sessionId, file);
        else if (s.state == QLatin1String("ERROR"))
            text = QStringLiteral("The update session %1 went to ERROR during the transfer of %2 "
                                  "(%3); the received bytes were discarded.")
                       .arg(sessionId, file, stateReason(s));
        else
            text = QStringLiteral("The update session %1 was completed during the transfer of "
                                  "%2; the bytes of this transfer were not applied.")
                       .arg(sessionId, file);
        return VapiError::make(
            QStringLiteral("NOT_ALLOWED_IN_CURRENT_STATE"),
            QStringLiteral("com.vmware.vdcs.cls-main.update_session_ended_during_transfer"), text,
            { sessionId, s.state, file });
    }
    const auto f = s.files.constFind(file);
    if (f == s.files.constEnd())
        return VapiError::make(
            QStringLiteral("NOT_FOUND"), QStringLiteral("com.vmware.vdcs.cls-main.file_removed"),
            QStringLiteral("File %1 was removed from update session %2 during its transfer; the "
                           "received bytes were discarded.")
                .arg(file, sessionId),
            { file, sessionId });
    // Still ACTIVE and listed: the name was added again (new generation, new upload URI).
    return VapiError::make(
        QStringLiteral("NOT_ALLOWED_IN_CURRENT_STATE"),
        QStringLiteral("com.vmware.vdcs.cls-main.file_replaced"),
        QStringLiteral("File %1 was added to update session %2 again during its transfer; this "
                       "transfer was abandoned, send the bytes to the new upload URI.")
            .arg(file, sessionId),
        { file, sessionId });
}

void SessionRules::failTransfer(SimState &state, UpdateSession &s, SessionFile &f,
                                const QString &reason)
{
    f.status = QStringLiteral("ERROR");
    f.transferring = false;
    f.errorMessage = transferError(state, s, f.name, reason);
    if (s.state == QLatin1String("ACTIVE"))
        end(state, s, QStringLiteral("ERROR"), f.errorMessage);
}

void SessionRules::end(SimState &state, UpdateSession &s, const QString &terminalState,
                       const QJsonObject &error)
{
    s.state = terminalState;
    s.ended = QDateTime::currentDateTimeUtc();
    if (!error.isEmpty())
        s.errorMessage = error;
    // Received bytes are never applied after a failure or cancel: drop them now.
    for (SessionFile &f : s.files) {
        if (!f.stagingPath.isEmpty())
            QFile::remove(f.stagingPath);
        f.transferring = false;
        ++f.generation; // any transfer still running notices and stops
    }
    state.save();
}

bool SessionRules::pullsRunning(const UpdateSession &s)
{
    for (const SessionFile &f : s.files)
        if (f.sourceType == QLatin1String("PULL")
            && (f.status == QLatin1String("WAITING_FOR_TRANSFER")
                || f.status == QLatin1String("TRANSFERRING")))
            return true;
    return false;
}

QString SessionRules::stateReason(const UpdateSession &s)
{
    if (s.state == QLatin1String("ERROR"))
        return s.errorMessage.value(QLatin1String("default_message")).toString();
    if (s.state == QLatin1String("DONE"))
        return QStringLiteral("The session has already been completed.");
    if (s.state == QLatin1String("CANCELED"))
        return QStringLiteral("The session has been canceled.");
    return QStringLiteral("The session is still active.");
}

bool SessionRules::apply(SimState &state, UpdateSession &s, OvfAdapter &ovf, QJsonObject *error)
{
    auto itemIt = state.items.find(s.itemId);
    if (itemIt == state.items.end()) {
        *error = VapiError::message(
            QStringLiteral("com.vmware.vdcs.cls-main.item_deleted"),
            QStringLiteral("The library item %1 no longer exists.").arg(s.itemId), { s.itemId });
        return false;
    }
    Item &item = *itemIt;
    const QString dir = state.filesDir() + QLatin1Char('/') + item.id;
    QDir().mkpath(dir);
    for (const QString &name : std::as_const(s.removed)) {
        for (int i = 0; i < item.files.size(); ++i)
            if (item.files.at(i).name == name) {
                QFile::remove(state.itemFilePath(item.id, name));
                item.files.removeAt(i);
                break;
            }
    }
    auto putFile = [&](const QString &name, const QString &from, qint64 size, const QString &sha1) {
        const QString to = state.itemFilePath(item.id, name);
        QFile::remove(to);
        if (!QFile::rename(from, to))
            return false;
        int version = 1;
        for (int i = 0; i < item.files.size(); ++i)
            if (item.files.at(i).name == name) {
                version = item.files.at(i).version + 1;
                item.files.removeAt(i);
                break;
            }
        item.files.append({ name, size, version, sha1 });
        return true;
    };
    for (SessionFile &f : s.files) {
        if (f.status != QLatin1String("READY"))
            continue;
        if (!f.keepInStorage) {
            QFile::remove(f.stagingPath);
            continue;
        }
        if (ovf.isOva(item, f.name)) {
            if (!ovf.expandOvaInto(item, f.stagingPath, putFile, error))
                return false;
            QFile::remove(f.stagingPath);
            continue;
        }
        if (!putFile(f.name, f.stagingPath, f.bytesTransferred, f.sha1)) {
            *error = VapiError::message(
                QStringLiteral("com.vmware.vdcs.cls-main.file_store_error"),
                QStringLiteral("Cannot store file %1 in the library item.").arg(f.name),
                { f.name });
            return false;
        }
    }
    ++item.contentVersion;
    item.modified = QDateTime::currentDateTimeUtc();
    s.state = QStringLiteral("DONE");
    s.clientProgress = 100;
    s.ended = item.modified;
    state.save();
    return true;
}

QJsonObject SessionRules::validation(const SimState &state, const UpdateSession &s, OvfAdapter &ovf,
                                     bool *hasErrors)
{
    const Item item = state.items.value(s.itemId);
    const QStringList missing = ovf.missingFiles(s, item);
    QJsonArray invalid = ovf.invalidFiles(s, item);
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
                { f.name, f.status });
        invalid.append(QJsonObject { { QStringLiteral("name"), f.name },
                                     { QStringLiteral("error_message"), msg } });
    }
    *hasErrors = !missing.isEmpty() || !invalid.isEmpty();
    return { { QStringLiteral("has_errors"), *hasErrors },
             { QStringLiteral("missing_files"), QJsonArray::fromStringList(missing) },
             { QStringLiteral("invalid_files"), invalid } };
}

} // namespace clu::sim
