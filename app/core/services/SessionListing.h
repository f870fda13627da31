#pragma once

#include "FanOut.h"
#include "UpdateSessionService.h"
#include "net/RestClient.h"

#include <QPointer>

namespace clu {

// Every update session of the user (or of one item), read the way the GUI's table and
// `cl-uploader-cli sessions` need them: one list, then at most RestClient::fanOutLimit() GETs
// in flight, in the server's order; sessions that vanish in between (expired, deleted) are
// left out; refused past RestClient::maxListSize() ids (issue 10 #7, issue 13).
inline void readAllSessions(RestClient *client, const QString &itemId, QObject *context,
                            ResultCallback<QList<UpdateSession>> done)
{
    QPointer<RestClient> guard = client;
    UpdateSessionService(client).list(
        itemId, context, [guard, context, done](const Result<QStringList> &ids) {
            if (!ids.ok() || !guard) {
                Result<QList<UpdateSession>> out;
                out.error = ids.ok() ? ApiError::invalidInput(
                                UpdateSessionService::tr("Reading update sessions"),
                                UpdateSessionService::tr("the connection is gone"))
                                     : ids.error;
                done(out);
                return;
            }
            FanOutOptions o;
            o.inFlight = guard->fanOutLimit();
            o.maxIds = guard->maxListSize();
            o.skipMissing = true;
            o.operation = UpdateSessionService::tr("Reading update sessions");
            o.what = UpdateSessionService::tr("sessions");
            fanOut<UpdateSession>(
                ids.value, o, context,
                [guard, context](const QString &id, ResultCallback<UpdateSession> one) {
                    UpdateSessionService(guard).get(id, context, one);
                },
                done);
        });
}

} // namespace clu
