#include "SessionFileService.h"

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
    m_client->call(req, context, [done, op = req.operation](const ApiResult &r) {
        done(ResultDecoding::toModel<SessionFile>(r, op));
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
        done(ResultDecoding::toModel<ValidationResult>(r, op));
    });
}

} // namespace clu
