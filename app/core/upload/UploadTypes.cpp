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

ApiError sessionGoneError(const QString &sessionId, const QString &operation,
                          const ApiError &notFound)
{
    ApiError e = notFound;
    e.kind = ApiError::Kind::Mismatch; // message() = the detail below
    e.operation = operation;
    e.detail = QCoreApplication::translate("UploadEngine",
                                           "the update session %1 no longer exists: it expired or "
                                           "was deleted (the server answered HTTP %2%3)")
                   .arg(sessionId)
                   .arg(notFound.httpStatus ? notFound.httpStatus : 404)
                   .arg(notFound.errorType.isSet()
                            ? QStringLiteral(", %1").arg(notFound.errorType.toString())
                            : QString());
    return e;
}

bool mayRepeatLater(const ApiError &error)
{
    if (error.isTransient())
        return true;
    return (error.kind == ApiError::Kind::Server || error.kind == ApiError::Kind::Http)
        && error.httpStatus >= 500 && error.httpStatus <= 599;
}

std::chrono::milliseconds backoffDelay(std::chrono::milliseconds base, int tryNumber)
{
    const qint64 ms = base.count() * (qint64(1) << qBound(0, tryNumber - 1, 16));
    return std::chrono::milliseconds(qMin<qint64>(ms, 60000));
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

QString uploadSuccessSummary(int files, qint64 bytes, const Item *item,
                             const QString &readBackError, const QStringList &unverified)
{
    QString s;
    if (!item)
        s = QCoreApplication::translate("UploadEngine",
                                        "Uploaded %n file(s); the item could not be read back: %1",
                                        nullptr, files)
                .arg(readBackError);
    else if (item->contentVersion.isEmpty()) // govmomi's vcsim keeps none
        s = QCoreApplication::translate("UploadEngine",
                                        "Uploaded %n file(s), %1 bytes; the server reports no "
                                        "content version for the item.",
                                        nullptr, files)
                .arg(bytes);
    else
        s = QCoreApplication::translate(
                "UploadEngine",
                "Uploaded %n file(s), %1 bytes; item content version %2, size %3 bytes.", nullptr,
                files)
                .arg(bytes)
                .arg(item->contentVersion)
                .arg(item->size);
    if (!unverified.isEmpty())
        s += QLatin1Char(' ')
            + QCoreApplication::translate(
                  "UploadEngine",
                  "Not verified by the server (its complete accepted the session): %1.")
                  .arg(unverified.join(QLatin1String("; ")));
    return s;
}

} // namespace clu
