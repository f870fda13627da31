#pragma once

#include "CertificateInfo.h"
#include "PreviewWarning.h"

#include <optional>

namespace clu {

// §5.2: what the server learned from an OVF descriptor (and its signature) before the disks.
struct PreviewInfo
{
    OpenEnum<PreviewState> state;
    std::optional<CertificateInfo> certificateInfo; // only when AVAILABLE and signed
    QList<PreviewWarning> warnings;
    QStringList certChain; // API 7.0.3+

    // AVAILABLE or NOT_APPLICABLE: nothing more will come, the client can stop polling (§9.3).
    bool isSettled() const
    {
        return state == PreviewState::Available || state == PreviewState::NotApplicable;
    }
    // Warnings that would still make complete fail.
    QList<PreviewWarning> blockingWarnings() const;

    static PreviewInfo read(JsonReader &r);
    static PreviewInfo fromJson(const QJsonValue &v, QString *error)
    {
        return decodeJson<PreviewInfo>(v, error);
    }
    QJsonObject toJson() const;
};

} // namespace clu
