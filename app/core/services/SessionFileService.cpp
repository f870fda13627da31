#include "SessionFileService.h"

#include "Logging.h"
#include "ResultDecoding.h"
#include "net/RestClient.h"

namespace clu {

SessionFileService::SessionFileService(RestClient *client)
    : m_client(client)
{ }

QString SessionFileService::precheck(const QString &sid, const QString &fileName,
                                     bool needsFile) const
{
    if (!m_client)
        return tr("the connection is gone");
    if (sid.trimmed().isEmpty())
        return tr("no update session id was given");
    if (needsFile && fileName.isEmpty())
        return tr("no file name was given");
    return {};
}

void SessionFileService::add(const QString &sid, const AddSpec &spec, QObject *context,
                             ResultCallback<SessionFile> done)
{
    const QString op = tr("Adding file \"%1\" to update session %2").arg(spec.name, sid);
    QString why = precheck(sid, spec.name, false);
    if (why.isEmpty())
        why = spec.validate();
    if (!why.isEmpty()) {
        ResultDecoding::failLater<SessionFile>(context, done, ApiError::invalidInput(op, why));
        return;
    }
    const ApiRequest req = m_client->routes().addFile(sid, spec.toJson());
    m_client->call(req, context, [done, op = req.operation](const ApiResult &r) {
        done(ResultDecoding::toModel<SessionFile>(r, op));
    });
}

void SessionFileService::get(const QString &sid, const QString &name, QObject *context,
                             ResultCallback<SessionFile> done)
{
    const QString why = precheck(sid, name, true);
    if (!why.isEmpty()) {
        ResultDecoding::failLater<SessionFile>(
            context, done,
            ApiError::invalidInput(tr("Reading file \"%1\" of update session %2").arg(name, sid),
                                   why));
        return;
    }
    const ApiRequest req = m_client->routes().getFile(sid, name);
    QPointer<QObject> guard(context);
    m_client->call(
        req, context,
        [client = m_client, sid, name, guard, done, op = req.operation](const ApiResult &r) {
            Result<SessionFile> got = ResultDecoding::toModel<SessionFile>(r, op);
            // govmomi's vcsim answers the file `get` with the session object; its
            // file list does describe the file, so read it from there.
            if (got.error.kind == ApiError::Kind::BadResponse && r.value.isObject()
                && !r.value.toObject().contains(QLatin1String("name")) && guard && client)
                SessionFileService(client).getFromList(sid, name, got, guard, done);
            else
                done(got);
        });
}

void SessionFileService::getFromList(const QString &sid, const QString &name,
                                     const Result<SessionFile> &refused, QObject *context,
                                     const ResultCallback<SessionFile> &done)
{
    qCInfo(lcRest).noquote() << "the file get answer of session" << sid
                             << "describes no file; reading" << name << "from the file list";
    list(sid, context, [name, refused, done](const Result<QList<SessionFile>> &files) {
        if (files.ok()) {
            for (const SessionFile &f : files.value) {
                if (f.name == name) {
                    Result<SessionFile> out;
                    out.value = f;
                    done(out);
                    return;
                }
            }
        }
        done(refused); // the first answer's mismatch is the error worth reporting
    });
}

void SessionFileService::list(const QString &sid, QObject *context,
                              ResultCallback<QList<SessionFile>> done)
{
    const QString why = precheck(sid, {}, false);
    if (!why.isEmpty()) {
        ResultDecoding::failLater<QList<SessionFile>>(
            context, done,
            ApiError::invalidInput(tr("Listing the files of update session %1").arg(sid), why));
        return;
    }
    const ApiRequest req = m_client->routes().listFiles(sid);
    m_client->call(req, context, [done, op = req.operation](const ApiResult &r) {
        done(ResultDecoding::toModelList<SessionFile>(r, op));
    });
}

void SessionFileService::remove(const QString &sid, const QString &name, QObject *context,
                                ResultCallback<void> done)
{
    const QString why = precheck(sid, name, true);
    if (!why.isEmpty()) {
        ResultDecoding::failLater<void>(
            context, done,
            ApiError::invalidInput(tr("Removing file \"%1\" from update session %2").arg(name, sid),
                                   why));
        return;
    }
    const ApiRequest req = m_client->routes().removeFile(sid, name);
    m_client->call(req, context, [done](const ApiResult &r) { done(ResultDecoding::toVoid(r)); });
}

void SessionFileService::validate(const QString &sid, QObject *context,
                                  ResultCallback<ValidationResult> done)
{
    const QString why = precheck(sid, {}, false);
    if (!why.isEmpty()) {
        ResultDecoding::failLater<ValidationResult>(
            context, done,
            ApiError::invalidInput(tr("Validating the files of update session %1").arg(sid), why));
        return;
    }
    const ApiRequest req = m_client->routes().validateFiles(sid);
    m_client->call(req, context, [done, op = req.operation](const ApiResult &r) {
        if (r.ok() && r.value.isNull()) {
            // An empty answer confirms nothing and refutes nothing (vcsim's validate is a no-op).
            Result<ValidationResult> out;
            out.value.reported = false;
            done(out);
            return;
        }
        done(ResultDecoding::toModel<ValidationResult>(r, op));
    });
}

} // namespace clu
