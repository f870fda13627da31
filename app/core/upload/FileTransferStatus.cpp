#include "FileTransferStatus.h"

#include <QCoreApplication>

namespace clu {

QString fileTransferStatusId(FileTransferStatus status)
{
    switch (status) {
    case FileTransferStatus::Adding:
        return QStringLiteral("adding");
    case FileTransferStatus::Sending:
        return QStringLiteral("sending");
    case FileTransferStatus::Fetching:
        return QStringLiteral("fetching");
    case FileTransferStatus::Verifying:
        return QStringLiteral("verifying");
    case FileTransferStatus::Retrying:
        return QStringLiteral("retrying");
    case FileTransferStatus::Ready:
        return QStringLiteral("ready");
    case FileTransferStatus::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

QString fileTransferStatusName(FileTransferStatus status)
{
    switch (status) {
    case FileTransferStatus::Adding:
        return QCoreApplication::translate("FileTransferStatus", "Adding");
    case FileTransferStatus::Sending:
        return QCoreApplication::translate("FileTransferStatus", "Sending");
    case FileTransferStatus::Fetching:
        return QCoreApplication::translate("FileTransferStatus", "Server fetching");
    case FileTransferStatus::Verifying:
        return QCoreApplication::translate("FileTransferStatus", "Verifying");
    case FileTransferStatus::Retrying:
        return QCoreApplication::translate("FileTransferStatus", "Retrying");
    case FileTransferStatus::Ready:
        return QCoreApplication::translate("FileTransferStatus", "Ready");
    case FileTransferStatus::Failed:
        return QCoreApplication::translate("FileTransferStatus", "Failed");
    }
    return {};
}

bool isFileTransferProblem(FileTransferStatus status)
{
    return status == FileTransferStatus::Retrying || status == FileTransferStatus::Failed;
}

} // namespace clu
