#pragma once

#include <QMetaType>
#include <QString>

namespace clu {

// Where this client's transfer of one session file stands (SessionFileTransfer). Not the
// server's FileStatus (§5.8, model/Enums.h): "retrying" or "adding" are steps of ours that
// the server never reports.
enum class FileTransferStatus {
    Adding, // add (PUSH/PULL spec) sent
    Sending, // the PUT of the bytes runs
    Fetching, // PULL: vCenter fetches the URL
    Verifying, // all bytes sent; waiting for the server to report READY
    Retrying, // an attempt failed; remove, wait, add again
    Ready, // the server reports the file READY
    Failed, // given up; the transfer's error() says why
};

// Stable, untranslated id ("retrying"): for logs and scripts.
QString fileTransferStatusId(FileTransferStatus status);
// Translated, for people ("Retrying").
QString fileTransferStatusName(FileTransferStatus status);
// Retrying and Failed: what a front end reports even when it shows no per-file detail.
bool isFileTransferProblem(FileTransferStatus status);

} // namespace clu

Q_DECLARE_METATYPE(clu::FileTransferStatus)
