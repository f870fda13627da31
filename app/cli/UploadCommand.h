#pragma once

#include "model/Item.h"
#include "upload/UploadTypes.h"

#include <QObject>

namespace clu {
class UploadEngine;
}

namespace clu::cli {

class CliContext;
class InterruptHandler;

// `upload`: resolves library and item (names or ids; --create-item creates a missing item with
// --type or the detected type), runs the UploadEngine and reports progress (stderr, terminal
// only) and the outcome. Warnings not covered by --ignore-warnings stop the upload before the
// disks are sent: the certificate and the warnings are printed, the session is canceled, and the
// exit code is WarningsNotIgnored. Local files are checked before anything is created; an item
// this run created is deleted again when the upload fails (and the output says so).
class UploadCommand : public QObject
{
    Q_OBJECT
public:
    UploadCommand(CliContext *ctx, InterruptHandler *interrupts);
    void run();

private:
    void resolveItem(const QString &libraryId);
    void startUpload(const Item &item, bool created);
    void onFinished(const UploadOutcome &outcome);
    // Preflight refused the local files: the checklist's problems, exit PreflightFailed.
    void refuseAfterPreflight(const PreflightReport &report);
    int exitCodeFor(const UploadOutcome &outcome) const;

    CliContext *m_ctx;
    InterruptHandler *m_interrupts;
    UploadEngine *m_engine = nullptr;
    Item m_item;
    bool m_createdItem = false;
    bool m_itemDeleteTried = false; // after a failed upload into an item this run created
    bool m_itemDeleted = false;
    QString m_itemDeleteError;
};

} // namespace clu::cli
