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
#include <QXmlStreamReader>

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

// What vCenter's OVF parser refuses before it looks at any file: a document type declaration
// (it does not resolve DTDs), and an Envelope outside the DMTF OVF 1.x/2.x namespaces (OVF 0.9
// packages of the ESX 3.5 era, or not an OVF at all).
void checkDescriptorShape(const QByteArray &xml, const QString &name, PreflightReport *r)
{
    static const QString ovf1 = QStringLiteral("http://schemas.dmtf.org/ovf/envelope/1");
    static const QString ovf2 = QStringLiteral("http://schemas.dmtf.org/ovf/envelope/2");
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        const QXmlStreamReader::TokenType token = reader.readNext();
        if (token == QXmlStreamReader::DTD) {
            r->fail(QStringLiteral("descriptor"), name,
                    Tr::tr("line %1 holds a document type declaration (DTD), which vCenter's "
                           "OVF parser refuses; remove the <!DOCTYPE ...>")
                        .arg(reader.lineNumber()));
            return;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        const QString ns = reader.namespaceUri().toString();
        if (reader.name() != QLatin1String("Envelope") || (ns != ovf1 && ns != ovf2)) {
            r->fail(QStringLiteral("descriptor"), name,
                    ns == QLatin1String("http://www.vmware.com/schema/ovf/1/envelope")
                        ? Tr::tr("the Envelope is in the OVF 0.9 namespace %1, which vCenter "
                                 "no longer imports; re-export it as OVF 1.0 or later (ovftool "
                                 "converts it)")
                              .arg(ns)
                        : Tr::tr("the root element is {%1}%2, not an OVF Envelope in the "
                                 "namespace %3 or %4")
                              .arg(ns, reader.name().toString(), ovf1, ovf2));
            return;
        }
        r->pass(QStringLiteral("descriptor"), name,
                ns == ovf2 ? Tr::tr("an OVF 2.x Envelope, no DTD")
                           : Tr::tr("an OVF 1.x Envelope, no DTD"));
        return;
    }
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
                compared
                    ? Tr::tr("%n file(s) have the size their ovf:size declares", nullptr, compared)
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
    // With package errors OvfPackage has already said what is wrong (a lost chunk, a missing
    // file); files it holds but the descriptor does not reference (VirtualBox's readme.txt)
    // are digest-checked and left out of the upload, which vCenter accepts.
    if (!lint.hasFailures() && p.ok()) {
        for (const OvfManifest::Entry &e : p.manifest().entries) {
            bool unreferenced = false;
            for (const UploadSource &s : p.unreferencedListed())
                unreferenced = unreferenced || s.name == e.file;
            if (!findFile(p, e.file) && !unreferenced && e.file != mf->name)
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
        // The disk's file, or its chunks (ovf:chunkSize) read as one disk.
        QList<const UploadSource *> pieces;
        for (const auto &chunked : p.chunkedFiles()) {
            if (chunked.first == disk.fileHref) {
                for (const QString &name : chunked.second)
                    pieces.append(findFile(p, name));
            }
        }
        if (pieces.isEmpty())
            pieces.append(findFile(p, disk.fileHref));
        if (pieces.contains(nullptr))
            continue; // reported by the "files" check
        VmdkInspector::Target t;
        t.name = disk.fileHref;
        t.disk = &disk;
        bool located = true;
        for (const UploadSource *s : pieces) {
            DiskPart part { s->localPath, 0, s->size };
            if (s->inOva) {
                QString error;
                part.offset = OvaReader::memberDataOffset(s->localPath, s->name, &error);
                if (part.offset < 0) {
                    r->fail(QStringLiteral("vmdk-header"), s->name, error);
                    located = false;
                    break;
                }
            }
            t.parts.append(part);
            t.size += part.size;
        }
        if (!located)
            continue;
        t.path = t.parts.first().path;
        t.offset = t.parts.first().offset;
        if (t.parts.size() == 1)
            t.parts.clear();
        r->append(VmdkInspector::inspect(t));
        ++inspected;
    }
    if (inspected == 0 && section.error.isEmpty())
        r->pass(QStringLiteral("disk-format"), QString(),
                Tr::tr("the descriptor's DiskSection references no disk file"));
}
} // namespace

bool Preflight::readsPackage(const QStringList &paths)
{
    return paths.size() == 1 && isPackage(paths.first());
}

PreflightReport Preflight::run(const QStringList &paths, const QDateTime &now)
{
    PreflightReport r;
    if (!readsPackage(paths)) {
        checkPlainFiles(paths, &r);
        return r;
    }
    const QString path = paths.first();
    const bool ova = QFileInfo(path).suffix().toLower() == QLatin1String("ova");
    const OvfPackage p = ova ? OvfPackage::fromOva(path) : OvfPackage::fromOvf(path);
    r.setLabel(path);
    const QStringList missing = p.missingFiles();
    // OvfPackage's own reasons are the precise ones ("holds the unsplit file instead of the
    // chunks"): each is kept, under "files" when it is about a file the package lacks.
    QStringList unexplained = missing;
    for (const QString &e : p.errors()) {
        bool aboutMissing = false;
        for (const QString &m : missing) {
            if (e.contains(m)) {
                aboutMissing = true;
                unexplained.removeAll(m);
            }
        }
        r.fail(aboutMissing ? QStringLiteral("files") : QStringLiteral("package"), QString(), e);
    }
    r.setMissingFiles(missing);
    if (!unexplained.isEmpty())
        r.fail(QStringLiteral("files"), QString(),
               Tr::tr("the descriptor references files the package does not hold: %1")
                   .arg(unexplained.join(QStringLiteral(", "))));
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
    checkDescriptorShape(xml, descriptor->name, &r);
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
