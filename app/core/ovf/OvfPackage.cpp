#include "OvfPackage.h"

#include "OvaReader.h"
#include "OvfDescriptor.h"
#include "upload/ChecksumCalculator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace clu {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OvfPackage)
};

// Descriptors, manifests and certificates are small; a bigger one is not what it claims.
constexpr qint64 maxMetadataBytes = 64 * 1024 * 1024;

QString baseName(const QString &name)
{
    const int dot = name.lastIndexOf(QLatin1Char('.'));
    return dot < 0 ? name : name.left(dot);
}
} // namespace

UploadSource UploadSource::fromFile(const QString &path)
{
    UploadSource s;
    const QFileInfo fi(path);
    s.name = fi.fileName();
    s.localPath = fi.absoluteFilePath();
    s.size = fi.isFile() ? fi.size() : -1;
    return s;
}

std::unique_ptr<QIODevice> UploadSource::open(QString *error) const
{
    if (inOva)
        return OvaReader::openMember(localPath, name, error);
    auto f = std::make_unique<QFile>(localPath);
    if (!f->open(QIODevice::ReadOnly)) {
        *error = Tr::tr("Cannot open %1: %2").arg(localPath, f->errorString());
        return nullptr;
    }
    return f;
}

QString UploadSource::label() const
{
    if (isPull())
        return pullUrl.toString();
    return inOva ? Tr::tr("%1 (in %2)").arg(name, localPath) : localPath;
}

QString OvfPackage::detectItemType(const QStringList &paths)
{
    for (const QString &p : paths) {
        const QString suffix = QFileInfo(p).suffix().toLower();
        if (suffix == QLatin1String("ovf") || suffix == QLatin1String("ova"))
            return QStringLiteral("ovf");
    }
    for (const QString &p : paths) {
        if (QFileInfo(p).suffix().toLower() == QLatin1String("iso"))
            return QStringLiteral("iso");
    }
    return QStringLiteral("file");
}

void OvfPackage::collect(const QString &descriptorName, const QByteArray &xml,
                         const QList<UploadSource> &available, const QString &label)
{
    m_descriptor = descriptorName;
    const OvfDescriptor d = OvfDescriptor::parse(xml, label);
    if (!d.ok()) {
        m_errors.append(d.error);
        return;
    }
    auto findAvailable = [&](const QString &name) -> const UploadSource * {
        for (const UploadSource &s : available) {
            if (s.name == name)
                return &s;
        }
        return nullptr;
    };

    const QString base = baseName(descriptorName);
    const UploadSource *mf = findAvailable(base + QStringLiteral(".mf"));
    const UploadSource *cert = findAvailable(base + QStringLiteral(".cert"));
    const UploadSource *ovf = findAvailable(descriptorName);
    if (mf) {
        UploadSource s = *mf;
        s.role = UploadSource::Role::Manifest;
        m_files.append(s);
        m_manifestName = s.name;
    }
    if (cert) {
        UploadSource s = *cert;
        s.role = UploadSource::Role::Certificate;
        m_files.append(s);
        m_signed = true;
        if (!mf)
            m_errors.append(Tr::tr("%1 has a certificate (%2) but no manifest (%3): a signature "
                                   "covers the manifest, so the package cannot be verified")
                                .arg(label, cert->name, base + QStringLiteral(".mf")));
    }
    if (ovf) {
        UploadSource s = *ovf;
        s.role = UploadSource::Role::Descriptor;
        m_files.append(s);
    }
    for (const OvfReference &ref : d.references) {
        if (ref.href == descriptorName)
            continue;
        if (ref.isChunked()) {
            collectChunks(ref, available, label);
            continue;
        }
        const UploadSource *s = findAvailable(ref.href);
        if (!s) {
            m_missing.append(ref.href);
            continue;
        }
        UploadSource f = *s;
        f.role = UploadSource::Role::Referenced;
        m_files.append(f);
    }
    if (!m_missing.isEmpty())
        m_errors.append(Tr::tr("%1 references files that are not in the package: %2")
                            .arg(label, m_missing.join(QStringLiteral(", "))));
    m_missing += m_missingChunks; // their errors say more than "not in the package"

    if (mf) {
        QString error;
        std::unique_ptr<QIODevice> dev = mf->open(&error);
        if (!dev) {
            m_errors.append(error);
            return;
        }
        if (dev->size() > maxMetadataBytes) {
            m_errors.append(Tr::tr("The manifest %1 is too large (%2 bytes)")
                                .arg(mf->label())
                                .arg(dev->size()));
            return;
        }
        m_manifest = OvfManifest::parse(dev->readAll(), mf->label());
        if (!m_manifest.ok())
            m_errors.append(m_manifest.error);
        else if (m_errors.isEmpty()) // lines of files already reported missing say nothing new
            collectUnreferencedListed(available, label);
    }
}

bool OvfPackage::collectChunks(const OvfReference &ref, const QList<UploadSource> &available,
                               const QString &label)
{
    // DSP0243 §7.1 / ovftool --chunkSize: `href.000000000`, `.000000001`, ... each chunkSize
    // bytes but the last. vCenter's importers take every chunk as a file of its own (the
    // descriptor says how to join them), so each chunk is uploaded under its own name.
    QList<UploadSource> chunks;
    for (int i = 0;; ++i) {
        const QString name = OvfReference::chunkName(ref.href, i);
        const UploadSource *c = nullptr;
        for (const UploadSource &s : available)
            if (s.name == name)
                c = &s;
        if (!c)
            break;
        chunks.append(*c);
    }
    const QString first = OvfReference::chunkName(ref.href, 0);
    if (chunks.isEmpty()) {
        bool whole = false;
        for (const UploadSource &s : available)
            whole = whole || s.name == ref.href;
        m_missingChunks.append(first);
        m_errors.append(
            whole ? Tr::tr("%1 declares %2 as split into chunks of %3 bytes (ovf:chunkSize), but "
                           "the package holds the unsplit file %2 instead of the chunks %4, ...; "
                           "re-export it with the chunks, or remove ovf:chunkSize from the "
                           "descriptor (and its manifest line)")
                        .arg(label, ref.href)
                        .arg(ref.chunkSize)
                        .arg(first)
                  : Tr::tr("%1 declares %2 as split into chunks of %3 bytes (ovf:chunkSize), but "
                           "its first chunk %4 is not in the package")
                        .arg(label, ref.href)
                        .arg(ref.chunkSize)
                        .arg(first));
        return false;
    }
    qint64 total = 0;
    for (int i = 0; i < chunks.size(); ++i) {
        const UploadSource &c = chunks.at(i);
        const bool last = i == chunks.size() - 1;
        if ((!last && c.size != ref.chunkSize) || (last && (c.size > ref.chunkSize || c.size <= 0))) {
            m_errors.append(Tr::tr("%1: the chunk %2 of %3 has %4 bytes, but ovf:chunkSize says "
                                   "every chunk but the last has %5 bytes (and the last at most "
                                   "that, at least 1)")
                                .arg(label, c.name, ref.href)
                                .arg(c.size)
                                .arg(ref.chunkSize));
            return false;
        }
        total += c.size;
    }
    if (ref.declaredSize >= 0 && total != ref.declaredSize) {
        // ovf:size of a chunked file is the size of the whole file: a shortfall is a chunk that
        // was lost (the next one would have been named %4).
        m_missingChunks.append(OvfReference::chunkName(ref.href, int(chunks.size())));
        m_errors.append(Tr::tr("%1: the %2 chunks of %3 (%4 to %5) add up to %6 bytes, but its "
                               "ovf:size is %7; a chunk is missing or truncated")
                            .arg(label)
                            .arg(chunks.size())
                            .arg(ref.href, chunks.first().name, chunks.last().name)
                            .arg(total)
                            .arg(ref.declaredSize));
        return false;
    }
    QStringList names;
    for (UploadSource c : chunks) {
        c.role = UploadSource::Role::Referenced;
        names.append(c.name);
        m_files.append(c);
    }
    m_chunked.append({ ref.href, names });
    return true;
}

void OvfPackage::collectUnreferencedListed(const QList<UploadSource> &available,
                                           const QString &label)
{
    QStringList absent;
    for (const OvfManifest::Entry &e : m_manifest.entries) {
        bool inPackage = false;
        for (const UploadSource &s : m_files)
            inPackage = inPackage || s.name == e.file;
        if (inPackage)
            continue;
        const UploadSource *extra = nullptr;
        for (const UploadSource &s : available)
            if (s.name == e.file)
                extra = &s;
        if (extra) {
            UploadSource x = *extra;
            x.role = UploadSource::Role::Plain;
            m_unreferencedListed.append(x);
        } else {
            absent.append(e.file);
        }
    }
    if (!absent.isEmpty())
        m_errors.append(Tr::tr("The manifest of %1 lists %2, which the package does not hold "
                               "(and the descriptor does not reference)")
                            .arg(label, absent.join(QStringLiteral(", "))));
}

OvfPackage OvfPackage::fromOvf(const QString &ovfPath)
{
    OvfPackage p;
    const QFileInfo fi(ovfPath);
    QFile f(ovfPath);
    if (!fi.isFile() || !f.open(QIODevice::ReadOnly)) {
        p.m_errors.append(
            Tr::tr("Cannot open the OVF descriptor %1: %2")
                .arg(ovfPath, fi.exists() ? f.errorString() : Tr::tr("no such file")));
        return p;
    }
    if (f.size() > maxMetadataBytes) {
        p.m_errors.append(
            Tr::tr("%1 is too large for an OVF descriptor (%2 bytes)").arg(ovfPath).arg(f.size()));
        return p;
    }
    const QByteArray xml = f.readAll();
    // What is beside the descriptor: the candidates for every href, .mf and .cert.
    QList<UploadSource> available;
    const QDir dir = fi.absoluteDir();
    const QStringList entries = dir.entryList(QDir::Files | QDir::Readable | QDir::Hidden);
    for (const QString &name : entries)
        available.append(UploadSource::fromFile(dir.filePath(name)));
    p.collect(fi.fileName(), xml, available, ovfPath);
    return p;
}

OvfPackage OvfPackage::fromOva(const QString &ovaPath)
{
    OvfPackage p;
    QString error;
    const QList<OvaMember> members = OvaReader::listMembers(ovaPath, &error);
    if (!error.isEmpty()) {
        p.m_errors.append(error);
        return p;
    }
    QList<UploadSource> available;
    QString descriptor;
    for (const OvaMember &m : members) {
        if (m.name.contains(QLatin1Char('/'))) // OVF packages are flat; ignore anything nested
            continue;
        UploadSource s;
        s.name = m.name;
        s.localPath = QFileInfo(ovaPath).absoluteFilePath();
        s.inOva = true;
        s.size = m.size;
        available.append(s);
        if (descriptor.isEmpty() && m.name.endsWith(QLatin1String(".ovf"), Qt::CaseInsensitive))
            descriptor = m.name; // the OVF spec puts it first; take the first one anyway
    }
    if (descriptor.isEmpty()) {
        p.m_errors.append(Tr::tr("The OVA %1 contains no .ovf descriptor").arg(ovaPath));
        return p;
    }
    const QByteArray xml = OvaReader::readMember(ovaPath, descriptor, maxMetadataBytes, &error);
    if (!error.isEmpty()) {
        p.m_errors.append(error);
        return p;
    }
    p.collect(descriptor, xml, available, Tr::tr("%1 (in %2)").arg(descriptor, ovaPath));
    return p;
}

QStringList OvfPackage::unlistedFiles() const
{
    QStringList out;
    if (!hasManifest())
        return out;
    for (const UploadSource &s : m_files) {
        if (s.role == UploadSource::Role::Manifest || s.role == UploadSource::Role::Certificate)
            continue;
        if (!m_manifest.find(s.name))
            out.append(s.name);
    }
    return out;
}

QList<DigestMismatch> OvfPackage::verifyManifest(const std::atomic_bool *cancel) const
{
    QList<DigestMismatch> out;
    for (const OvfManifest::Entry &e : m_manifest.entries) {
        DigestMismatch m;
        m.file = e.file;
        m.algorithm = OpenEnum<ChecksumAlgorithm>::nameOf(e.algorithm);
        m.expected = e.digest;
        const UploadSource *src = nullptr;
        for (const UploadSource &s : m_files) {
            if (s.name == e.file)
                src = &s;
        }
        for (const UploadSource &s : m_unreferencedListed) {
            if (s.name == e.file)
                src = &s;
        }
        if (!src) {
            m.error = Tr::tr("the manifest lists %1, which is not part of the package").arg(e.file);
            out.append(m);
            continue;
        }
        QString error;
        std::unique_ptr<QIODevice> dev = src->open(&error);
        if (!dev) {
            m.error = error;
            out.append(m);
            continue;
        }
        const ChecksumResult r =
            ChecksumCalculator::hashDevice(dev.get(), src->label(), e.algorithm, cancel);
        if (!r.ok) {
            m.error = r.error;
            out.append(m);
            if (r.canceled)
                return out;
            continue;
        }
        if (r.hex != e.digest) {
            m.actual = r.hex;
            out.append(m);
        }
    }
    return out;
}

} // namespace clu
