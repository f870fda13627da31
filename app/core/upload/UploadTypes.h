#pragma once

#include "model/ApiError.h"
#include "model/Enums.h"
#include "model/Item.h"
#include "model/PreviewInfo.h"
#include "model/ValidationResult.h"
#include "ovf/OvfPackage.h"
#include "preflight/PreflightReport.h"

#include <QMetaType>
#include <QStringList>
#include <QUrl>

#include <chrono>
#include <functional>

namespace clu {

// A file the server fetches itself (source_type PULL, API reference §8.6) instead of receiving
// its bytes from us.
struct PullSource
{
    QUrl url; // http:// or https://
    QString name; // the file's name in the item; empty = the last segment of the URL's path
    // SHA-1 of the source's TLS certificate as colon hex (what vCenter compares); the front end
    // fetches it and has the administrator confirm it. Empty for http://, or when vCenter
    // already trusts the source's certificate.
    QString sslThumbprint;
};

// What to upload where, and how.
struct UploadRequest
{
    QString libraryItemId;
    // Plain files, or exactly one .ovf (its References, .mf and .cert are collected), or exactly
    // one .ova (its members are streamed out of the tar).
    QStringList paths;
    // Files vCenter fetches from URLs; alone, or next to plain files in `paths` (not next to an
    // .ovf or .ova, whose members must all come from here).
    QList<PullSource> pullSources;
    ChecksumAlgorithm checksum = ChecksumAlgorithm::Sha256;
    int concurrency = 2; // files sent at the same time
    // Per file while the session is still ACTIVE (remove + add + send again); also the repeats
    // of a failed status read, validate, complete, and of each cleanup call.
    int maxRetries = 3;
    // A broken transfer usually ends the session in ERROR (terminal, §8.4: "start the session
    // over"), and an expired or deleted session is gone; the engine then ends and deletes it and
    // runs the whole upload again in a new session, this many times (with backoff). A signed
    // package's accepted warnings are re-applied without asking again.
    int maxSessionRestarts = 5;
    std::chrono::milliseconds retryBaseDelay { 2000 }; // doubled on every retry (max 60 s)
    // Longest wait between update-session keep-alives; the engine keeps the session alive at a
    // third of the time it has left (from its expiration_time), re-read after every keep-alive.
    std::chrono::milliseconds keepAliveInterval { 60000 };
    std::chrono::milliseconds pollInterval { 1000 }; // preview / file / DONE polling
    std::chrono::milliseconds previewTimeout { 10 * 60 * 1000 };
    std::chrono::milliseconds stallTimeout { 120000 }; // per PUT without progress
    // A file the server shows no trace of after a 200 PUT is handed on to validate/complete
    // after this long (SessionFileTransfer::Options::unconfirmedTimeout).
    std::chrono::milliseconds unconfirmedTimeout { 10000 };
    // Preflight (issue 11) runs first, before hashing and before any session: its failures stop
    // the upload, and so do its warnings unless the user overrode them here. runPreflight off
    // is for tests that need the server itself to see a package vCenter refuses.
    bool allowPreflightWarnings = false;
    bool runPreflight = true;
};

// The front end's answer to a signed package's certificate and warnings.
struct WarningDecision
{
    bool proceed = false; // false = reject: the session is canceled before any disk is sent
    QList<OpenEnum<WarningType>> ignore; // warning types to ignore (PATCH warning_behavior)
};

// Called once the OVF preview is AVAILABLE and has warnings; answer by calling `answer`
// (synchronously or later; the engine keeps the session alive meanwhile).
using WarningDecisionCallback =
    std::function<void(const PreviewInfo &preview, std::function<void(WarningDecision)> answer)>;

// Where the upload stood when it ended.
enum class UploadStage {
    Preparing, // local checks, manifest verification, checksums
    CreatingSession,
    SendingMetadata, // .mf, .cert, .ovf
    WaitingForPreview,
    WaitingForDecision,
    SendingFiles,
    Validating,
    Completing,
    CleaningUp,
    Done
};

struct UploadOutcome
{
    bool ok = false;
    bool canceled = false;
    UploadStage stage = UploadStage::Preparing; // where it ended
    ApiError error; // the first unrecoverable error
    QString summary; // translated, says exactly what happened (also on success)
    QString sessionId;
    QString existingSessionId; // RESOURCE_BUSY: the session that holds the item
    QStringList missingReferences; // OVF files referenced but not present locally
    QList<DigestMismatch> digestMismatches; // .mf digests that do not match
    QStringList notes; // translated remarks from preparing (files verified but not sent, chunks)
    std::optional<PreviewInfo> preview; // signed OVF: what the decision was asked about
    bool warningsRejected = false;
    QStringList uncoveredWarnings; // warning types that were not ignored
    std::optional<ValidationResult> validation; // when validate reported errors
    PreflightReport preflight; // what the local preflight found (empty when it did not run)
    Item item; // after DONE: new content_version and size
    qint64 bytesSent = 0;
    int sessionRestarts = 0; // sessions started over (after ERROR, expiry or deletion)
    // Translated; set when the (last) update session could not be ended and deleted: its id,
    // what was tried and the server's answers (an ACTIVE session locks the item).
    QString cleanupProblem;
    // What the server could not confirm although its complete accepted the session (a file
    // never reported READY, a validate without a result), translated; empty when all was.
    QStringList unverified;
};

QString uploadStageName(UploadStage stage); // translated, for people
QString uploadStageId(UploadStage stage); // stable, for --json ("sending-files")
// The summary of a successful upload (translated): files, bytes, the item read back (null:
// `readBackError` says why not) and what the server could not confirm.
QString uploadSuccessSummary(int files, qint64 bytes, const Item *item,
                             const QString &readBackError, const QStringList &unverified);

// An error the server did not answer with but reports as a state (a session that went to
// ERROR, a file in status ERROR): `detail` says what we saw, followed by the server's own
// message when it gave one. Kind Mismatch, so ApiError::message() shows the detail.
ApiError reportedStateError(const QString &operation, const QString &detail,
                            const std::optional<LocalizableMessage> &serverMessage);

// The update session is gone (NOT_FOUND: it expired or someone deleted it) while `operation`:
// says so with the HTTP status, and the error that showed it.
ApiError sessionGoneError(const QString &sessionId, const QString &operation,
                          const ApiError &notFound);

// A failed read (or state-checked write) that may well work when repeated a little later:
// connection trouble, timeouts, any 5xx. Not: 4xx answers, TLS, local problems.
bool mayRepeatLater(const ApiError &error);

// retryBaseDelay doubled per earlier try (try 1 waits `base`), at most 60 s.
std::chrono::milliseconds backoffDelay(std::chrono::milliseconds base, int tryNumber);

} // namespace clu

Q_DECLARE_METATYPE(clu::UploadOutcome)
