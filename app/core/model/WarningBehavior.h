#pragma once

#include "JsonReader.h"
#include "PreviewWarning.h"

namespace clu {

// §5.4: what the client wants done about one warning type (the PATCH body's list items).
struct WarningBehavior
{
    OpenEnum<WarningType> type;
    bool ignored = false;

    static WarningBehavior read(JsonReader &r);
    static WarningBehavior fromJson(const QJsonValue &v, QString *error)
    {
        return decodeJson<WarningBehavior>(v, error);
    }
    QJsonObject toJson() const;

    // The list a PATCH warning_behavior sends. §6.4 leaves open whether the server replaces
    // the session's list or merges into it, so the body is always the complete list: every
    // entry the session already has (in its order, the decided ones changed in place), then the
    // decided types it did not have yet. One entry per type; a later decision wins. Engine, GUI
    // and CLI all build the body here, so none of them can drop what another one set.
    static QList<WarningBehavior> merged(const QList<WarningBehavior> &existing,
                                         const QList<WarningBehavior> &decided);
    // One entry per distinct warning type in `warnings` (in their order), ignored when the
    // type is in `ignore`, otherwise explicitly not ignored.
    static QList<WarningBehavior> forWarnings(const QList<PreviewWarning> &warnings,
                                              const QList<OpenEnum<WarningType>> &ignore);
};

} // namespace clu
