#include "UploadPreparer.h"

#include "ChecksumCalculator.h"
#include "SourceHasher.h"
#include "preflight/Preflight.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QPointer>
#include <QSet>
#include <QThread>

namespace clu {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(UploadPreparer)
};

bool isPackagePath(const QString &p)
{
    const QString s = QFileInfo(p).suffix().toLower();
    return s == QLatin1String("ovf") || s == QLatin1String("ova");
}
} // namespace

UploadPreparer::UploadPreparer(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<clu::PreparedUpload>();
}

UploadPreparer::~UploadPreparer()
{
    if (m_thread) {
        m_cancel.store(true);
        m_thread->wait();
        delete m_thread;
    }
}

void UploadPreparer::addPullSources(const QList<PullSource> &pulls, PreparedUpload *r)
{
    QSet<QString> names;
    for (const UploadSource &s : r->content)
        names.insert(s.name);
    for (const PullSource &p : pulls) {
        const QString scheme = p.url.scheme();
        if (!p.url.isValid() || p.url.host().isEmpty()
            || (scheme != QLatin1String("http") && scheme != QLatin1String("https"))) {
            r->errors.append(Tr::tr("\"%1\" is not an http:// or https:// URL with a host name.")
                                 .arg(p.url.toString()));
            continue;
        }
        UploadSource s;
        s.name = p.name.trimmed().isEmpty() ? QFileInfo(p.url.path()).fileName() : p.name.trimmed();
        s.pullUrl = p.url;
        s.pullThumbprint = scheme == QLatin1String("https") ? p.sslThumbprint : QString();
        if (s.name.isEmpty()) {
            r->errors.append(
                Tr::tr("%1 does not end in a file name; name the file.").arg(p.url.toString()));
            continue;
        }
        if (s.name.contains(QLatin1Char('/')) || s.name.contains(QLatin1Char('\\'))) {
            r->errors.append(Tr::tr("The file name \"%1\" contains a path separator.").arg(s.name));
            continue;
        }
        if (isPackagePath(s.name)) {
            r->errors.append(Tr::tr("%1 is an OVF package: it cannot be assembled from a URL "
                                    "here; download it and upload the package.")
                                 .arg(s.name));
            continue;
        }
        if (names.contains(s.name)) {
            r->errors.append(
                Tr::tr("Two files are named %1; names must be unique within an item.").arg(s.name));
            continue;
        }
        names.insert(s.name);
        r->content.append(s);
    }
}

PreparedUpload UploadPreparer::prepare(const QStringList &paths, ChecksumAlgorithm algorithm,
                                       const std::atomic_bool *cancel,
                                       const std::function<void(qint64, qint64)> &onProgress,
                                       const QList<PullSource> &pulls, bool deferContent)
{
    PreparedUpload r;
    if (paths.isEmpty() && pulls.isEmpty()) {
        r.errors.append(Tr::tr("No files to upload were given."));
        return r;
    }
    int packages = 0;
    for (const QString &p : paths)
        packages += isPackagePath(p) ? 1 : 0;
    if (packages > 0 && !pulls.isEmpty()) {
        r.errors.append(Tr::tr("An .ovf or .ova must be uploaded on its own; it cannot be "
                               "combined with files fetched from URLs."));
        return r;
    }
    if (packages > 0 && paths.size() > 1) {
        r.errors.append(Tr::tr("An .ovf or .ova must be uploaded on its own (its referenced "
                               "files are collected automatically); got %1 paths.")
                            .arg(paths.size()));
        return r;
    }

    const OvfManifest *manifest = nullptr;
    OvfPackage package;
    if (packages == 1) {
        r.isPackage = true;
        const QString path = paths.first();
        package = QFileInfo(path).suffix().toLower() == QLatin1String("ova")
            ? OvfPackage::fromOva(path)
            : OvfPackage::fromOvf(path);
        r.errors = package.errors();
        r.missingReferences = package.missingFiles();
        if (!package.ok())
            return r;
        for (const UploadSource &s : package.files()) {
            if (s.role == UploadSource::Role::Referenced)
                r.content.append(s);
            else
                r.metadata.append(s);
        }
        manifest = &package.manifest();
    } else {
        QSet<QString> names;
        for (const QString &p : paths) {
            const UploadSource s = UploadSource::fromFile(p);
            const QFileInfo fi(p);
            if (!fi.exists())
                r.errors.append(Tr::tr("%1 does not exist.").arg(p));
            else if (!fi.isFile())
                r.errors.append(Tr::tr("%1 is not a regular file.").arg(p));
            else if (!fi.isReadable())
                r.errors.append(Tr::tr("%1 is not readable.").arg(p));
            else if (names.contains(s.name))
                r.errors.append(Tr::tr("Two files are named %1; names must be unique within "
                                       "an item.")
                                    .arg(s.name));
            names.insert(s.name);
            r.content.append(s);
        }
        addPullSources(pulls, &r);
        if (!r.errors.isEmpty())
            return r;
    }

    // URL sources have no local bytes: nothing to hash or count here.
    QList<UploadSource> all = r.metadata;
    for (const UploadSource &s : r.content)
        if (!s.isPull())
            all.append(s);
    for (const UploadSource &s : all)
        r.totalBytes += s.size;

    // One read pass per file: the requested checksum; when the manifest lists the file with
    // the same algorithm that digest is checked in the same pass, otherwise a second pass
    // checks the manifest's algorithm (only for packages whose .mf uses another algorithm).
    // Deferred content files are left to the engine's SourceHasher, which hashes file N+1
    // while file N is sent.
    const auto isContent = [](const UploadSource &s) {
        return s.role == UploadSource::Role::Referenced || s.role == UploadSource::Role::Plain;
    };
    qint64 done = 0;
    qint64 hashTotal = 0;
    for (const UploadSource &s : all)
        hashTotal += deferContent && isContent(s) ? 0 : s.size;
    for (const UploadSource &s : all) {
        // The .mf and .cert are not listed in the manifest; the .ovf and the disks are.
        const bool listable = s.role != UploadSource::Role::Manifest
            && s.role != UploadSource::Role::Certificate;
        const OvfManifest::Entry *entry = manifest && listable ? manifest->find(s.name) : nullptr;
        if (deferContent && isContent(s)) {
            SourceHasher::Job job { s, std::nullopt };
            if (entry)
                job.manifestEntry = *entry;
            r.deferred.append(job);
            continue;
        }
        const qint64 base = done;
        const SourceDigest d =
            SourceHasher::hash(s, algorithm, entry, cancel, [&](qint64 n) {
                if (onProgress)
                    onProgress(base + n, hashTotal);
            });
        if (!d.ok) {
            r.canceled = d.canceled;
            r.errors.append(d.error);
            return r;
        }
        done += d.bytes;
        r.checksums.insert(s.name, d.hex);
        if (d.mismatch)
            r.mismatches.append(*d.mismatch);
    }
    if (manifest) {
        // Listed in the manifest and present, but not part of the descriptor (VirtualBox's
        // readme.txt): checked like every listed file, then left out of the upload.
        for (const UploadSource &s : package.unreferencedListed()) {
            const OvfManifest::Entry *e = manifest->find(s.name);
            QString error;
            std::unique_ptr<QIODevice> dev = s.open(&error);
            const ChecksumResult m = dev
                ? ChecksumCalculator::hashDevice(dev.get(), s.label(), e->algorithm, cancel)
                : ChecksumResult {};
            if (!m.ok) {
                r.canceled = m.canceled;
                r.errors.append(dev ? m.error : error);
                return r;
            }
            if (m.hex != e->digest) {
                r.mismatches.append({ s.name, OpenEnum<ChecksumAlgorithm>::nameOf(e->algorithm),
                                      e->digest, m.hex, QString() });
                continue;
            }
            r.notes.append(Tr::tr("%1 is listed in the manifest but not referenced by the "
                                  "descriptor: its %2 digest matches; it is not uploaded (vCenter "
                                  "keeps only the files the descriptor references).")
                               .arg(s.name, OpenEnum<ChecksumAlgorithm>::nameOf(e->algorithm)));
        }
    }
    for (const auto &chunked : package.chunkedFiles())
        r.notes.append(Tr::tr("%1 is split into %n chunk(s) (ovf:chunkSize); each chunk is "
                              "uploaded as its own file: %2.",
                              nullptr, int(chunked.second.size()))
                           .arg(chunked.first, chunked.second.join(QStringLiteral(", "))));
    for (const DigestMismatch &m : r.mismatches)
        r.errors.append(Tr::tr("%1 does not match the manifest: %2 is %3, the manifest says %4.")
                            .arg(m.file, m.algorithm, m.actual, m.expected));
    r.ok = r.errors.isEmpty();
    return r;
}

void UploadPreparer::start(const QStringList &paths, const QList<PullSource> &pulls,
                           ChecksumAlgorithm algorithm, bool deferContent)
{
    Q_ASSERT(!m_thread);
    m_cancel.store(false);
    QPointer<UploadPreparer> self(this);
    std::atomic_bool *cancel = &m_cancel;
    // A package combined with URL sources is refused by prepare() with that reason; preflight
    // would only find fault with the package.
    const bool runPreflight = m_runPreflight && !paths.isEmpty()
        && !(Preflight::readsPackage(paths) && !pulls.isEmpty());
    const bool allowWarnings = m_allowPreflightWarnings;
    m_thread = QThread::create([self, cancel, paths, pulls, algorithm, deferContent, runPreflight,
                                allowWarnings]() {
        // Preflight first: a package vCenter would refuse is not worth hashing.
        const PreflightReport report = runPreflight ? Preflight::run(paths) : PreflightReport();
        PreparedUpload result;
        if (report.blocks(allowWarnings)) {
            result.errors.append(report.blockingSummary(allowWarnings));
            result.missingReferences = report.missingFiles();
        } else {
            qint64 lastReported = 0;
            result = prepare(
                paths, algorithm, cancel,
                [&](qint64 done, qint64 total) {
                    if (done - lastReported < 16 * ChecksumCalculator::blockSize)
                        return;
                    lastReported = done;
                    if (self)
                        QMetaObject::invokeMethod(self.data(), "progress", Qt::QueuedConnection,
                                                  Q_ARG(qint64, done), Q_ARG(qint64, total));
                },
                pulls, deferContent);
        }
        result.preflight = report;
        if (self)
            QMetaObject::invokeMethod(
                self.data(),
                [self, result]() {
                    if (!self)
                        return;
                    if (self->m_thread) {
                        self->m_thread->wait();
                        self->m_thread->deleteLater();
                        self->m_thread = nullptr;
                    }
                    emit self->finished(result);
                },
                Qt::QueuedConnection);
    });
    m_thread->start();
}

} // namespace clu
