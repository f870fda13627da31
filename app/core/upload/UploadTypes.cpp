#include "UploadTypes.h"

#include <QCoreApplication>

namespace clu {

ApiError reportedStateError(const QString &operation, const QString &detail,
                            const std::optional<LocalizableMessage> &serverMessage)
{
    ApiError e;
    e.kind = ApiError::Kind::Mismatch;
    e.operation = operation;
    e.detail = detail;
    if (serverMessage) {
        e.messages.append(*serverMessage);
        if (!serverMessage->text().isEmpty())
            e.detail += QLatin1String(": ") + serverMessage->text();
        if (!serverMessage->id.isEmpty())
            e.detail += QStringLiteral(" (%1)").arg(serverMessage->id);
    }
    return e;
}

QString uploadStageId(UploadStage stage)
{
    switch (stage) {
    case UploadStage::Preparing:
        return QStringLiteral("preparing");
    case UploadStage::CreatingSession:
        return QStringLiteral("creating-session");
    case UploadStage::SendingMetadata:
        return QStringLiteral("sending-metadata");
    case UploadStage::WaitingForPreview:
        return QStringLiteral("waiting-for-preview");
    case UploadStage::WaitingForDecision:
        return QStringLiteral("waiting-for-decision");
    case UploadStage::SendingFiles:
        return QStringLiteral("sending-files");
    case UploadStage::Validating:
        return QStringLiteral("validating");
    case UploadStage::Completing:
        return QStringLiteral("completing");
    case UploadStage::CleaningUp:
        return QStringLiteral("cleaning-up");
    case UploadStage::Done:
        return QStringLiteral("done");
    }
    return {};
}

QString uploadStageName(UploadStage stage)
{
    switch (stage) {
    case UploadStage::Preparing:
        return QCoreApplication::translate("UploadEngine", "preparing files");
    case UploadStage::CreatingSession:
        return QCoreApplication::translate("UploadEngine", "creating the update session");
    case UploadStage::SendingMetadata:
        return QCoreApplication::translate("UploadEngine", "sending the OVF descriptor");
    case UploadStage::WaitingForPreview:
        return QCoreApplication::translate("UploadEngine", "waiting for the OVF preview");
    case UploadStage::WaitingForDecision:
        return QCoreApplication::translate("UploadEngine", "waiting for a decision on warnings");
    case UploadStage::SendingFiles:
        return QCoreApplication::translate("UploadEngine", "sending files");
    case UploadStage::Validating:
        return QCoreApplication::translate("UploadEngine", "validating");
    case UploadStage::Completing:
        return QCoreApplication::translate("UploadEngine", "completing");
    case UploadStage::CleaningUp:
        return QCoreApplication::translate("UploadEngine", "cleaning up");
    case UploadStage::Done:
        return QCoreApplication::translate("UploadEngine", "done");
    }
    return {};
}

} // namespace clu
