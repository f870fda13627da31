#include "UploadHandler.h"

#include "Faults.h"
#include "OvfAdapter.h"
#include "RequestBody.h"
#include "SessionRules.h"
#include "SimLogging.h"
#include "SimState.h"
#include "StreamDigest.h"
#include "VapiError.h"
#include "ovf/VmdkAcceptance.h"

#include <QDir>
#include <QElapsedTimer>

#include <arpa/inet.h>
#include <dirent.h>
#include <netinet/in.h>
#include <sys/socket.h>

#include <cstdio>
#include <memory>
#include <optional>
#include <thread>
#include <vector>

namespace clu::sim {

namespace {

void reply(httplib::Response &res, const VapiError &e)
{
    res.status = e.httpStatus();
    const QByteArray body = e.body(Flavor::Api);
    res.set_content(body.constData(), size_t(body.size()), "application/json");
}

struct FileCloser
{
    void operator()(FILE *f) const { std::fclose(f); }
};

} // namespace

UploadHandler::UploadHandler(SimState &state, Faults &faults, OvfAdapter &ovf,
                             int sessionTimeoutSeconds)
    : m_state(state)
    , m_faults(faults)
    , m_ovf(ovf)
    , m_timeout(sessionTimeoutSeconds)
{ }

void UploadHandler::dropConnection(const std::string &peerAddress, int peerPort)
{
    DIR *dir = opendir("/proc/self/fd");
    if (!dir)
        return;
    while (dirent *e = readdir(dir)) {
        const int fd = atoi(e->d_name);
        if (fd <= 2)
            continue;
        sockaddr_storage addr {};
        socklen_t len = sizeof addr;
        if (getpeername(fd, reinterpret_cast<sockaddr *>(&addr), &len) != 0)
            continue;
        char host[INET6_ADDRSTRLEN] = {};
        int port = -1;
        if (addr.ss_family == AF_INET) {
            const auto *in = reinterpret_cast<sockaddr_in *>(&addr);
            inet_ntop(AF_INET, &in->sin_addr, host, sizeof host);
            port = ntohs(in->sin_port);
        } else if (addr.ss_family == AF_INET6) {
            const auto *in6 = reinterpret_cast<sockaddr_in6 *>(&addr);
            inet_ntop(AF_INET6, &in6->sin6_addr, host, sizeof host);
            port = ntohs(in6->sin6_port);
        }
        if (port == peerPort && peerAddress == host)
            ::shutdown(fd, SHUT_RDWR);
    }
    closedir(dir);
}

void UploadHandler::handle(const httplib::Request &req, httplib::Response &res,
                           const httplib::ContentReader &reader)
{
    // /cls/data/<upload id>/<file name>
    const QStringList parts =
        QString::fromStdString(req.path).split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const QString uploadId = parts.size() >= 3 ? parts.at(2) : QString();
    const Faults::Snapshot faults = m_faults.get();
    // Refused uploads are drained (RequestBody::drain), so the keep-alive connection stays in
    // step; a request without Content-Length and Transfer-Encoding has no body to drain.
    const RequestBody::Framing framing = RequestBody::framing(req);
    const bool chunked = framing == RequestBody::Framing::Chunked;
    if (framing == RequestBody::Framing::Unsupported) {
        reply(res,
              VapiError::make(
                  QStringLiteral("INVALID_REQUEST"),
                  QStringLiteral("com.vmware.vapi.rest.badRequest"),
                  QStringLiteral("Transfer-Encoding %1 is not supported.")
                      .arg(QString::fromStdString(req.get_header_value("Transfer-Encoding")))));
        res.status = 501;
        return;
    }
    if (chunked && !faults.acceptChunked) {
        RequestBody::drain(req, reader);
        reply(res,
              VapiError::make(QStringLiteral("INVALID_REQUEST"),
                              QStringLiteral("com.vmware.vdcs.cls-main.upload_length_required"),
                              QStringLiteral("Uploads need a Content-Length header; chunked "
                                             "transfer encoding is not accepted.")));
        res.status = 411;
        return;
    }
    if (framing == RequestBody::Framing::None) {
        reply(res,
              VapiError::make(QStringLiteral("INVALID_REQUEST"),
                              QStringLiteral("com.vmware.vdcs.cls-main.upload_length_required"),
                              QStringLiteral("Uploads need a Content-Length header.")));
        res.status = 411;
        return;
    }

    // A fail-calls whose match names this PUT: a proxy or load balancer in front of vCenter
    // answering for it; nothing reaches the session, the file stays as it was.
    int retryAfter = 0;
    bool afterCall = false;
    if (const int injected = m_faults.takeCallFailure(
            QString::fromStdString(req.method + ' ' + req.target), &retryAfter, &afterCall, true)) {
        RequestBody::drain(req, reader);
        VapiError e = VapiError::make(
            injected == 503 ? QStringLiteral("SERVICE_UNAVAILABLE")
                            : QStringLiteral("INTERNAL_SERVER_ERROR"),
            injected == 503 ? QStringLiteral("com.vmware.vapi.endpoint.service_unavailable")
                            : QStringLiteral("vapi.bindings.method.impl.unexpected"),
            QStringLiteral("The upload was not accepted (injected fault)."));
        e.status = injected;
        reply(res, e);
        if (retryAfter > 0)
            res.set_header("Retry-After", std::to_string(retryAfter).c_str());
        return;
    }

    QString sessionId, fileName, stagingPath, algorithm, expectedChecksum;
    qint64 expectedSize = -1;
    int generation = 0;
    bool ovfItem = false;
    // Claims the file for this transfer; answers and returns false when the upload is refused.
    const bool accepted = [&] {
        std::lock_guard lock(m_state.mutex);
        sessionId = m_state.uploads.value(uploadId);
        auto it = m_state.sessions.find(sessionId);
        SessionFile *file = nullptr;
        if (it != m_state.sessions.end())
            for (SessionFile &f : it->files)
                if (f.uploadId == uploadId)
                    file = &f;
        if (!file || file->sourceType != QLatin1String("PUSH")) {
            reply(res,
                  VapiError::notFound(QStringLiteral("upload endpoint"),
                                      QString::fromStdString(req.path)));
            return false;
        }
        if (it->state != QLatin1String("ACTIVE")) {
            reply(res,
                  VapiError::invalidState(QStringLiteral("upload"), it->state,
                                          SessionRules::stateReason(*it)));
            return false;
        }
        if (file->transferring || file->status == QLatin1String("READY")
            || file->status == QLatin1String("ERROR")) {
            reply(
                res,
                VapiError::make(QStringLiteral("NOT_ALLOWED_IN_CURRENT_STATE"),
                                QStringLiteral("com.vmware.vdcs.cls-main.file_already_transferred"),
                                QStringLiteral("File %1 is %2; add it again to upload new content.")
                                    .arg(file->name,
                                         file->transferring ? QStringLiteral("being transferred")
                                                            : file->status),
                                { file->name }));
            return false;
        }
        file->status = QStringLiteral("TRANSFERRING");
        file->transferring = true;
        file->bytesTransferred = 0;
        generation = file->generation;
        fileName = file->name;
        stagingPath = file->stagingPath;
        algorithm = file->checksumAlgorithm;
        expectedChecksum = file->checksum;
        expectedSize = file->expectedSize;
        ovfItem = OvfAdapter::isOvfItem(m_state.items.value(it->itemId));
        SessionRules::touch(*it, m_timeout);
        return true;
    }();
    if (!accepted) {
        RequestBody::drain(req, reader);
        return;
    }

    // Re-checks under the lock that this transfer still owns the file; updates progress.
    auto withFile = [&](const std::function<void(UpdateSession &, SessionFile &)> &f) {
        std::lock_guard lock(m_state.mutex);
        auto it = m_state.sessions.find(sessionId);
        if (it == m_state.sessions.end() || it->state != QLatin1String("ACTIVE")
            || !it->files.contains(fileName) || it->files[fileName].generation != generation)
            return false;
        f(*it, it->files[fileName]);
        return true;
    };

    QDir().mkpath(QFileInfo(stagingPath).absolutePath());
    // The body arrives in pieces of a few KiB (one TLS record or less); a 1 MiB stdio buffer turns
    // them into few large write() calls instead of one per piece. The buffer must be ours: glibc
    // ignores setvbuf's size when the buffer pointer is null and keeps st_blksize (4 KiB), which
    // cost one write() per 4 KiB (262,144 per GiB). Declared before `out`, so it outlives fclose.
    std::vector<char> writeBuffer(std::size_t(1) << 20);
    std::unique_ptr<FILE, FileCloser> out(
        std::fopen(QFile::encodeName(stagingPath).constData(), "wb"));
    if (!out) {
        withFile([&](UpdateSession &s, SessionFile &f) {
            SessionRules::failTransfer(m_state, s, f,
                                       QStringLiteral("cannot write to the datastore"));
        });
        reply(res,
              VapiError::make(QStringLiteral("INTERNAL_SERVER_ERROR"),
                              QStringLiteral("vapi.bindings.method.impl.unexpected"),
                              QStringLiteral("Cannot store the uploaded data.")));
        return;
    }
    std::setvbuf(out.get(), writeBuffer.data(), _IOFBF, writeBuffer.size());
    // Every stored byte goes through SHA-1 (the item file's checksum_info), the client's declared
    // algorithm (checksum_info of the add) and, in an OVF item, SHA-256 (the manifest check at
    // preview): each distinct algorithm once, since hashing dominates this handler's CPU.
    StreamDigest sha1(QStringLiteral("SHA1"));
    std::optional<StreamDigest> ownRequested, ownSha256;
    StreamDigest *requested = nullptr;
    if (!algorithm.isEmpty()) {
        if (algorithm == QLatin1String("SHA1")) {
            requested = &sha1;
        } else {
            ownRequested.emplace(algorithm);
            requested = &*ownRequested;
        }
    }
    StreamDigest *sha256 = nullptr;
    if (ovfItem) {
        if (algorithm == QLatin1String("SHA256")) {
            sha256 = requested;
        } else {
            ownSha256.emplace(QStringLiteral("SHA256"));
            sha256 = &*ownSha256;
        }
    }
    if (!sha1.isValid() || (requested && !requested->isValid()) || (sha256 && !sha256->isValid())) {
        RequestBody::drain(req, reader);
        reply(res,
              VapiError::make(QStringLiteral("INTERNAL_SERVER_ERROR"),
                              QStringLiteral("vapi.bindings.method.impl.unexpected"),
                              QStringLiteral("This server's OpenSSL cannot compute %1; the "
                                             "upload cannot be verified.")
                                  .arg(algorithm.isEmpty() ? QStringLiteral("SHA1") : algorithm)));
        return;
    }
    const qint64 dropAfter = m_faults.takeDrop();
    qint64 received = 0;
    qint64 reported = 0;
    bool dropped = false, abandoned = false, writeFailed = false, failedOnDrop = false;
    QElapsedTimer clock;
    clock.start();
    qint64 lastReport = 0;

    const bool complete = reader([&](const char *data, size_t len) {
        if (abandoned)
            return true; // keep reading (and discarding) so the connection stays in sync
        qint64 n = qint64(len);
        if (dropAfter >= 0 && received + n > dropAfter) {
            n = dropAfter - received;
            dropped = true;
        }
        if (n > 0) {
            if (std::fwrite(data, 1, size_t(n), out.get()) != size_t(n)) {
                writeFailed = true;
                return false;
            }
            sha1.addData(data, n);
            if (requested && requested != &sha1)
                requested->addData(data, n);
            if (sha256 && sha256 != requested)
                sha256->addData(data, n);
            received += n;
        }
        if (dropped) {
            // The transfer is failed before the connection goes: a client that notices the drop
            // at once and reads the file's state must already see ERROR, as vCenter's own side
            // failing the transfer would show it (not a state that depends on who is faster).
            failedOnDrop = withFile([&](UpdateSession &s, SessionFile &f) {
                f.bytesTransferred = received;
                SessionRules::failTransfer(m_state, s, f, QStringLiteral("Pipe closed"));
            });
            dropConnection(req.remote_addr, req.remote_port);
            m_faults.noteDropped();
            return false;
        }
        // Throttle: stay behind bytes_per_second by sleeping; the socket backs up meanwhile.
        const qint64 bps = m_faults.get().throttleBps;
        if (bps > 0) {
            const qint64 dueMs = received * 1000 / bps;
            const qint64 ahead = dueMs - clock.elapsed();
            if (ahead > 0)
                std::this_thread::sleep_for(std::chrono::milliseconds(ahead));
        }
        if (received - reported >= (1 << 20) || clock.elapsed() - lastReport >= 200) {
            reported = received;
            lastReport = clock.elapsed();
            if (!withFile([&](UpdateSession &s, SessionFile &f) {
                    f.bytesTransferred = received;
                    SessionRules::touch(s, m_timeout); // arriving bytes keep the session alive
                })) {
                abandoned = true; // canceled, expired, replaced or failed meanwhile
                return true;
            }
        }
        return true;
    });
    std::fflush(out.get());
    out.reset();

    // The file is no longer this transfer's: tell the client what happened instead of a
    // transport-level "Pipe closed" (the client did nothing wrong on the wire).
    auto replyAbandoned = [&] {
        VapiError e;
        {
            std::lock_guard lock(m_state.mutex);
            e = SessionRules::abandonedTransfer(m_state, sessionId, fileName);
        }
        qCInfo(lcSim)
            << "upload of" << fileName << "abandoned after" << received << "bytes:"
            << e.messages.first().toObject().value(QLatin1String("default_message")).toString();
        reply(res, e);
    };
    if (abandoned)
        return replyAbandoned();
    if (!complete || dropped || writeFailed) {
        const QString reason =
            writeFailed ? QStringLiteral("No space left on device") : QStringLiteral("Pipe closed");
        const bool failed = dropped ? failedOnDrop // failed before the connection was dropped
                                    : withFile([&](UpdateSession &s, SessionFile &f) {
                                          f.bytesTransferred = received;
                                          SessionRules::failTransfer(m_state, s, f, reason);
                                      });
        qCInfo(lcSim) << "upload of" << fileName << "broke after" << received << "bytes"
                      << (failed ? "(session now ERROR)" : "(session gone or file replaced)");
        reply(res,
              VapiError::make(
                  QStringLiteral("ERROR"),
                  QStringLiteral("com.vmware.vdcs.cls-main.file_transfer_error"),
                  QStringLiteral("IO error during transfer of %1: %2").arg(fileName, reason),
                  { fileName, reason }));
        return;
    }

    QString problem;
    if (expectedSize >= 0 && received != expectedSize)
        problem =
            QStringLiteral("Pipe closed (received %1 bytes, the file was declared with size %2)")
                .arg(received)
                .arg(expectedSize);
    const QString actual = requested ? QString::fromLatin1(requested->hexResult()) : QString();
    if (problem.isEmpty() && !expectedChecksum.isEmpty() && actual != expectedChecksum)
        problem = faults.checksumReason.isEmpty()
            ? QStringLiteral("Checksum mismatch: expected %1 %2, computed %3")
                  .arg(algorithm, expectedChecksum, actual)
            : faults.checksumReason;
    // vCenter's OVF import reads a disk as it streams it into the datastore: one that is not a
    // whole streamOptimized VMDK fails the transfer at 100 % with nothing but "Pipe closed"
    // (issue 11: what preflight exists to catch first). Chunks (.vmdk.000000001) are joined
    // later, so only whole .vmdk files are judged here.
    if (problem.isEmpty() && ovfItem
        && fileName.endsWith(QLatin1String(".vmdk"), Qt::CaseInsensitive)) {
        const QString why = ovf::VmdkAcceptance::problem(stagingPath);
        if (!why.isEmpty()) {
            qCInfo(lcSim) << "refusing" << fileName << "as an OVF disk:" << why;
            problem = QStringLiteral("Pipe closed");
        }
    }
    const QString sha1Hex = QString::fromLatin1(sha1.hexResult());
    const int previewDelay = m_faults.get().previewDelaySeconds;
    const bool stillOwned = withFile([&](UpdateSession &s, SessionFile &f) {
        f.bytesTransferred = received;
        f.transferring = false;
        if (!problem.isEmpty()) {
            SessionRules::failTransfer(m_state, s, f, problem);
            return;
        }
        f.status = QStringLiteral("READY");
        f.sha1 = sha1Hex;
        if (ovfItem)
            f.sha256 = QString::fromLatin1(sha256->hexResult());
        SessionRules::touch(s, m_timeout);
        if (ovfItem)
            m_ovf.fileReady(s, m_state.items.value(s.itemId), f, previewDelay);
        m_state.save();
    });
    if (!stillOwned)
        return replyAbandoned();
    if (!problem.isEmpty()) {
        reply(res,
              VapiError::make(
                  QStringLiteral("ERROR"),
                  QStringLiteral("com.vmware.vdcs.cls-main.file_transfer_error"),
                  QStringLiteral("IO error during transfer of %1: %2").arg(fileName, problem),
                  { fileName, problem }));
        return;
    }
    res.status = 200;
}

} // namespace clu::sim
