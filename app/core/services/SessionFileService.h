#pragma once

#include "Result.h"
#include "model/AddSpec.h"
#include "model/SessionFile.h"
#include "model/ValidationResult.h"

#include <QCoreApplication>
#include <QPointer>

namespace clu {

class RestClient;

// Files of an update session (§7) in either flavor. Asynchronous like UpdateSessionService.
class SessionFileService
{
    Q_DECLARE_TR_FUNCTIONS(SessionFileService)
public:
    explicit SessionFileService(RestClient *client);

    // PUSH: the result carries upload_endpoint.uri to PUT the bytes to. A result may already
    // be in status ERROR (§7.1); that is returned as is, for the caller to report.
    void add(const QString &sessionId, const AddSpec &spec, QObject *context,
             ResultCallback<SessionFile> done);
    void get(const QString &sessionId, const QString &fileName, QObject *context,
             ResultCallback<SessionFile> done);
    void list(const QString &sessionId, QObject *context, ResultCallback<QList<SessionFile>> done);
    void remove(const QString &sessionId, const QString &fileName, QObject *context,
                ResultCallback<void> done);
    void validate(const QString &sessionId, QObject *context,
                  ResultCallback<ValidationResult> done);

private:
    // The file's entry in the session's file list, for servers whose `get` answers something
    // else; `refused` (the get's own mismatch) when the list has no such file either.
    void getFromList(const QString &sessionId, const QString &fileName,
                     const Result<SessionFile> &refused, QObject *context,
                     const ResultCallback<SessionFile> &done);
    QString precheck(const QString &sessionId, const QString &fileName, bool needsFile) const;

    QPointer<RestClient> m_client;
};

} // namespace clu
