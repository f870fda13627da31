#include "Preflight.h"

#include "ManifestLint.h"
#include "SignatureCheck.h"
#include "VmdkInspector.h"
#include "ovf/OvaReader.h"
#include "ovf/OvfDescriptor.h"
#include "ovf/OvfDiskSection.h"
#include "ovf/OvfPackage.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace clu {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Preflight)
};

constexpr qint64 maxMetadataBytes = 64 * 1024 * 1024;

bool isPackage(const QString &path)
{
    const QString s = QFileInfo(path).suffix().toLower();
    return s == QLatin1String("ovf") || s == QLatin1String("ova");
}

QByteArray readSmall(const UploadSource &s, QString *error)
{
    std::unique_ptr<QIODevice> dev = s.open(error);
    if (!dev)
        return {};
    if (s.size > maxMetadataBytes) {
        *error = Tr::tr("%1 is too large (%2 bytes)").arg(s.label()).arg(s.size);
        return {};
    }
    return dev->readAll();
}

const UploadSource *findFile(const OvfPackage &p, const QString &name)
{
    for (const UploadSource &s : p.files()) {
        if (s.name == name)
            return &s;
    }
    return nullptr;
}

const UploadSource *findRole(const OvfPackage &p, UploadSource::Role role)
{
    for (const UploadSource &s : p.files()) {
        if (s.role == role)
            return &s;
    }
    return nullptr;
}

void checkPlainFiles(const QStringList &paths, PreflightReport *r)
{
    for (const QString &p : paths) {
        const QFileInfo fi(p);
        if (!fi.isFile())
            r->fail(QStringLiteral("files"), fi.fileName(),
                    fi.exists() ? Tr::tr("%1 is not a regular file").arg(p)
                                : Tr::tr("%1 does not exist").arg(p));
        else if (!fi.isReadable())
            r->fail(QStringLiteral("files"), fi.fileName(), Tr::tr("%1 is not readable").arg(p));
    }
    if (!r->hasFailures())
        r->pass(QStringLiteral("files"), QString(),
                Tr::tr("%n file(s) present and readable; not an OVF package, so nothing else "
                       "is checked",
                       nullptr, int(paths.size())));
}

void checkSizes(const OvfPackage &p, const QByteArray &xml, PreflightReport *r)
{
    const OvfDescriptor d = OvfDescriptor::parse(xml, p.descriptorName());
    int compared = 0;
    for (const OvfReference &ref : d.references) {
        const UploadSource *s = findFile(p, ref.href);
        if (!s || ref.declaredSize < 0)
            continue;
        ++compared;
        if (s->size != ref.declaredSize)
            r->fail(QStringLiteral("sizes"), ref.href,
                    Tr::tr("ovf:size says %L1 bytes, the file has %L2 bytes")
                        .arg(ref.declaredSize)
                        .arg(s->size));
    }
    if (!r->find(QStringLiteral("sizes")))
        r->pass(QStringLiteral("sizes"), QString(),
                compared ? Tr::tr("%n file(s) have the size their ovf:size declares", nullptr,
                                  compared)
                         : Tr::tr("the descriptor declares no ovf:size to compare"));
}

void checkManifestAndSignature(const OvfPackage &p, const QDateTime &now, PreflightReport *r)
{
    const UploadSource *mf = findRole(p, UploadSource::Role::Manifest);
    const UploadSource *cert = findRole(p, UploadSource::Role::Certificate);
    if (!mf) {
        r->pass(QStringLiteral("manifest"), QString(),
                Tr::tr("no manifest (.mf): the files' contents are not covered by digests"));
        r->pass(QStringLiteral("signature"), QString(), Tr::tr("unsigned package (no .cert)"));
        return;
    }
    QString error;
    const QByteArray manifest = readSmall(*mf, &error);
    if (!error.isEmpty()) {
        r->fail(QStringLiteral("manifest"), mf->name, error);
        return;
    }
    PreflightReport lint = ManifestLint::check(manifest, mf->name);
    if (!lint.hasFailures()) {
        for (const OvfManifest::Entry &e : p.manifest().entries) {
            if (!findFile(p, e.file) && e.file != mf->name)
                lint.fail(QStringLiteral("manifest"), mf->name,
                          Tr::tr("lists %1, which is not part of the package").arg(e.file));
        }
    }
    r->append(lint);
    if (!cert) {
        r->pass(QStringLiteral("signature"), QString(), Tr::tr("unsigned package (no .cert)"));
        return;
    }
    const QByteArray certBytes = readSmall(*cert, &error);
    if (!error.isEmpty()) {
        r->fail(QStringLiteral("signature"), cert->name, error);
        return;
    }
    r->append(SignatureCheck::check(certBytes, cert->name, manifest, mf->name, now));
}

void checkDisks(const OvfPackage &p, const QByteArray &xml, PreflightReport *r)
{
    const OvfDiskSection section = OvfDiskSection::parse(xml, p.descriptorName());
    int inspected = 0;
    for (const OvfDisk &disk : section.disks) {
        if (disk.fileRef.isEmpty())
            continue; // a blank disk: nothing to upload
        if (disk.fileHref.isEmpty()) {
            r->fail(QStringLiteral("disk-format"), QString(),
                    Tr::tr("Disk %1 refers to the file id %2, which References does not list")
                        .arg(disk.diskId, disk.fileRef));
            continue;
        }
        r->append(VmdkInspector::checkDeclaration(disk.fileHref, disk));
        const UploadSource *s = findFile(p, disk.fileHref);
        if (!s)
            continue; // reported by the "files" check
        VmdkInspector::Target t;
        t.name = s->name;
        t.path = s->localPath;
        t.size = s->size;
        t.disk = &disk;
        if (s->inOva) {
            QString error;
            t.offset = OvaReader::memberDataOffset(s->localPath, s->name, &error);
            if (t.offset < 0) {
                r->fail(QStringLiteral("vmdk-header"), s->name, error);
                continue;
            }
        }
        r->append(VmdkInspector::inspect(t));
        ++inspected;
    }
    if (inspected == 0 && section.error.isEmpty())
        r->pass(QStringLiteral("disk-format"), QString(),
                Tr::tr("the descriptor's DiskSection references no disk file"));
}
} // namespace

PreflightReport Preflight::run(const QStringList &paths, const QDateTime &now)
{
    PreflightReport r;
    const bool package = paths.size() == 1 && isPackage(paths.first());
    if (!package) {
        checkPlainFiles(paths, &r);
        return r;
    }
    const QString path = paths.first();
    const bool ova = QFileInfo(path).suffix().toLower() == QLatin1String("ova");
    const OvfPackage p = ova ? OvfPackage::fromOva(path) : OvfPackage::fromOvf(path);
    const QStringList missing = p.missingFiles();
    for (const QString &e : p.errors()) {
        if (missing.isEmpty() || !e.contains(missing.first()))
            r.fail(QStringLiteral("package"), QString(), e);
    }
    r.setMissingFiles(missing);
    if (!missing.isEmpty())
        r.fail(QStringLiteral("files"), QString(),
               Tr::tr("the descriptor references files the package does not hold: %1")
                   .arg(missing.join(QStringLiteral(", "))));
    const UploadSource *descriptor = findRole(p, UploadSource::Role::Descriptor);
    if (!descriptor)
        return r;
    QString error;
    const QByteArray xml = readSmall(*descriptor, &error);
    if (!error.isEmpty()) {
        r.fail(QStringLiteral("package"), descriptor->name, error);
        return r;
    }
    if (!r.find(QStringLiteral("package")))
        r.pass(QStringLiteral("package"), QString(),
               Tr::tr("%1: a well-formed OVF descriptor, %n file(s) in the package", nullptr,
                      int(p.files().size()))
                   .arg(descriptor->name));
    if (ova) {
        const QList<OvaMember> members = OvaReader::listMembers(path, &error);
        if (!members.isEmpty() && members.first().name != descriptor->name)
            r.warn(QStringLiteral("package"), QString(),
                   Tr::tr("the OVA's first member is %1, not the descriptor %2: the OVF "
                          "specification puts the descriptor first and streaming importers "
                          "expect it there")
                       .arg(members.first().name, descriptor->name));
    }
    if (missing.isEmpty())
        r.pass(QStringLiteral("files"), QString(),
               Tr::tr("every file the descriptor references is in the package"));
    checkSizes(p, xml, &r);
    checkManifestAndSignature(p, now, &r);
    checkDisks(p, xml, &r);
    return r;
}

} // namespace clu
