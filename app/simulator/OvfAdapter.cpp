#include "OvfAdapter.h"

#include "SessionRules.h"
#include "VapiError.h"
#include "ovf/CertificateAnalyzer.h"
#include "ovf/Manifest.h"
#include "ovf/OvaExpander.h"
#include "ovf/OvfDescriptor.h"
#include "ovf/PackageVerifier.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace clu::sim {

namespace {

bool hasSuffix(const QString &name, const char *suffix)
{
    return name.endsWith(QLatin1String(suffix), Qt::CaseInsensitive);
}

} // namespace

OvfAdapter::OvfAdapter(SimState &state, bool ignoreTrustStore)
    : m_state(state)
    , m_ignoreTrustStore(ignoreTrustStore)
{ }

bool OvfAdapter::isOvfItem(const Item &item)
{
    return item.type.compare(QLatin1String("ovf"), Qt::CaseInsensitive) == 0;
}

bool OvfAdapter::isOva(const Item &item, const QString &fileName) const
{
    return isOvfItem(item) && hasSuffix(fileName, ".ova");
}

bool OvfAdapter::isMetadataFile(const Item &item, const QString &fileName)
{
    return isOvfItem(item) && (hasSuffix(fileName, ".mf") || hasSuffix(fileName, ".cert"));
}

bool OvfAdapter::metadataAfterDescriptor(const UpdateSession &s, const Item &item,
                                         const QString &fileName)
{
    if (!isMetadataFile(item, fileName))
        return false;
    for (const SessionFile &f : s.files)
        if (hasSuffix(f.name, ".ovf"))
            return true;
    return false;
}

const SessionFile *OvfAdapter::descriptor(const UpdateSession &s) const
{
    for (const SessionFile &f : s.files)
        if (hasSuffix(f.name, ".ovf") || hasSuffix(f.name, ".ova"))
            return &f;
    return nullptr;
}

void OvfAdapter::fileChanged(UpdateSession &s, const Item &item, const QString &fileName)
{
    if (!isOvfItem(item))
        return;
    if (hasSuffix(fileName, ".ovf") || hasSuffix(fileName, ".ova") || hasSuffix(fileName, ".mf")
        || hasSuffix(fileName, ".cert")) {
        // The preview depended on this file: it is evaluated again when the descriptor is in.
        s.previewReadyAt = QDateTime();
        s.certificateInfo = QJsonObject();
        s.warningTypes.clear();
        s.warningMessages = QJsonObject();
        s.certChain = QJsonArray();
        s.invalidFiles = QJsonArray();
        s.referencedFiles.clear();
        return;
    }
    dropInvalid(s, fileName);
}

void OvfAdapter::trustChanged()
{
    for (UpdateSession &s : m_state.sessions) {
        if (s.state != QLatin1String("ACTIVE") || s.certificateInfo.isEmpty())
            continue;
        const Item item = m_state.items.value(s.itemId);
        const SessionFile *d = descriptor(s);
        if (isOvfItem(item) && d && d->status == QLatin1String("READY"))
            analyse(s, item, *d);
    }
}

void OvfAdapter::dropInvalid(UpdateSession &s, const QString &fileName)
{
    for (int i = int(s.invalidFiles.size()) - 1; i >= 0; --i)
        if (s.invalidFiles.at(i).toObject().value(QLatin1String("name")).toString() == fileName)
            s.invalidFiles.removeAt(i);
}

void OvfAdapter::addInvalid(UpdateSession &s, const QString &fileName, const QString &id,
                            const QString &message)
{
    dropInvalid(s, fileName);
    s.invalidFiles.append(QJsonObject {
        { QStringLiteral("name"), fileName },
        { QStringLiteral("error_message"), VapiError::message(id, message, { fileName }) } });
}

QJsonObject OvfAdapter::preview(const UpdateSession &s, const Item &item) const
{
    if (!isOvfItem(item))
        return { { QStringLiteral("state"), QStringLiteral("NOT_APPLICABLE") } };
    const SessionFile *d = descriptor(s);
    if (!d)
        return { { QStringLiteral("state"), QStringLiteral("UNAVAILABLE") } };
    if (d->status != QLatin1String("READY") || !s.previewReadyAt.isValid()
        || QDateTime::currentDateTimeUtc() < s.previewReadyAt)
        return { { QStringLiteral("state"), QStringLiteral("PREPARING") } };
    // A descriptor the adapter refused has nothing to preview: PreviewInfo has no error state
    // (§5.2), so it stays UNAVAILABLE and the reason is in validate's invalid_files — never
    // AVAILABLE, which would tell a client to go on and send every disk.
    for (const QJsonValue &v : s.invalidFiles)
        if (v.toObject().value(QLatin1String("name")).toString() == d->name)
            return { { QStringLiteral("state"), QStringLiteral("UNAVAILABLE") } };
    QJsonArray warnings;
    for (const QString &type : s.warningTypes) {
        bool ignored = false;
        for (const QJsonValue &b : s.warningBehavior)
            if (b.toObject().value(QLatin1String("type")).toString() == type)
                ignored = b.toObject().value(QLatin1String("ignored")).toBool();
        warnings.append(QJsonObject { { QStringLiteral("type"), type },
                                      { QStringLiteral("message"), s.warningMessages.value(type) },
                                      { QStringLiteral("ignored"), ignored } });
    }
    QJsonObject o { { QStringLiteral("state"), QStringLiteral("AVAILABLE") },
                    { QStringLiteral("warnings"), warnings } };
    if (!s.certificateInfo.isEmpty()) {
        o.insert(QStringLiteral("certificate_info"), s.certificateInfo);
        o.insert(QStringLiteral("cert_chain"), s.certChain);
    }
    return o;
}

QStringList OvfAdapter::missingFiles(const UpdateSession &s, const Item &item) const
{
    QStringList missing;
    if (!isOvfItem(item))
        return missing;
    for (const QString &ref : s.referencedFiles) {
        bool present = s.files.contains(ref);
        if (!present && !s.removed.contains(ref))
            for (const ItemFile &f : item.files)
                present = present || f.name == ref;
        if (!present && !missing.contains(ref))
            missing.append(ref);
    }
    return missing;
}

QJsonArray OvfAdapter::invalidFiles(const UpdateSession &s, const Item &) const
{
    return s.invalidFiles;
}

QStringList OvfAdapter::unignoredWarnings(const UpdateSession &s) const
{
    QStringList out;
    for (const QString &type : s.warningTypes) {
        bool ignored = false;
        for (const QJsonValue &b : s.warningBehavior)
            if (b.toObject().value(QLatin1String("type")).toString() == type)
                ignored = b.toObject().value(QLatin1String("ignored")).toBool();
        if (!ignored)
            out.append(type);
    }
    return out;
}

void OvfAdapter::fileReady(UpdateSession &s, const Item &item, const SessionFile &f,
                           int previewDelaySeconds)
{
    if (!isOvfItem(item))
        return;
    const SessionFile *d = descriptor(s);
    if (!d || d->status != QLatin1String("READY"))
        return;
    if (&f == d || hasSuffix(f.name, ".mf") || hasSuffix(f.name, ".cert")) {
        s.previewReadyAt = QDateTime::currentDateTimeUtc().addSecs(previewDelaySeconds);
        analyse(s, item, *d);
        return;
    }
    // A disk (or other member) arrived after the descriptor: a chunk must have its size, and
    // every file must match the manifest.
    if (!checkChunk(s, *d, f))
        return;
    const SessionFile *mf = fileWithSuffix(s, ".mf");
    if (!mf || mf->status != QLatin1String("READY"))
        return;
    QString error;
    const auto manifest = ovf::Manifest::parseFile(mf->stagingPath, &error);
    if (manifest)
        checkDigest(s, *manifest, f);
}

const SessionFile *OvfAdapter::fileWithSuffix(const UpdateSession &s, const char *suffix) const
{
    for (const SessionFile &f : s.files)
        if (hasSuffix(f.name, suffix))
            return &f;
    return nullptr;
}

bool OvfAdapter::checkChunk(UpdateSession &s, const SessionFile &descriptorFile,
                            const SessionFile &f)
{
    if (!hasSuffix(descriptorFile.name, ".ovf"))
        return true;
    QString error;
    const auto desc = ovf::OvfDescriptor::parseFile(descriptorFile.stagingPath, &error);
    int index = 0;
    const ovf::OvfFileReference *ref = desc ? desc->chunkOwner(f.name, &index) : nullptr;
    if (!ref)
        return true;
    const qint64 size = QFileInfo(f.stagingPath).size();
    const int chunks = ref->size >= 0 ? int(ref->chunkNames().size()) : -1;
    const bool last = chunks >= 0 && index == chunks - 1;
    QString why;
    if (chunks >= 0 && index >= chunks)
        why = QStringLiteral("%1 is chunk %2 of %3, which has only %4 chunks of %5 bytes "
                             "(ovf:size %6)")
                  .arg(f.name)
                  .arg(index)
                  .arg(ref->href)
                  .arg(chunks)
                  .arg(ref->chunkSize)
                  .arg(ref->size);
    else if (size > ref->chunkSize || (chunks >= 0 && !last && size != ref->chunkSize)
             || (last && size != ref->size - qint64(index) * ref->chunkSize))
        why = QStringLiteral("%1 has %2 bytes, but as chunk %3 of %4 (ovf:chunkSize %5, "
                             "ovf:size %6) it must have %7")
                  .arg(f.name)
                  .arg(size)
                  .arg(index)
                  .arg(ref->href)
                  .arg(ref->chunkSize)
                  .arg(ref->size)
                  .arg(last ? ref->size - qint64(index) * ref->chunkSize : ref->chunkSize);
    if (why.isEmpty())
        return true;
    addInvalid(s, f.name, QStringLiteral("com.vmware.vdcs.cls-main.ovf_chunk_size_mismatch"), why);
    return false;
}

void OvfAdapter::checkDigest(UpdateSession &s, const ovf::Manifest &manifest, const SessionFile &f)
{
    if (hasSuffix(f.name, ".mf") || hasSuffix(f.name, ".cert")
        || f.status != QLatin1String("READY"))
        return;
    const ovf::ManifestEntry *entry = manifest.entry(f.name);
    if (entry && entry->algorithm == ovf::DigestAlgorithm::Sha256 && !f.sha256.isEmpty()) {
        // Digest computed while the bytes arrived: no second read of a multi-GB disk.
        if (QString::fromLatin1(entry->digestHex) == f.sha256) {
            dropInvalid(s, f.name);
            return;
        }
        addInvalid(s, f.name,
                   QStringLiteral("com.vmware.vdcs.cls-main.ovf_manifest_digest_mismatch"),
                   QStringLiteral(
                       "The SHA256 digest of %1 (%2) does not match the manifest (%3, line %4).")
                       .arg(f.name, f.sha256, QString::fromLatin1(entry->digestHex))
                       .arg(entry->line));
        return;
    }
    const auto problem =
        manifest.verifyFile(f.name, f.stagingPath, fileWithSuffix(s, ".cert") != nullptr);
    if (problem)
        addInvalid(s, f.name,
                   QStringLiteral("com.vmware.vdcs.cls-main.ovf_manifest_digest_mismatch"),
                   problem->message);
    else
        dropInvalid(s, f.name);
}

QList<QByteArray> OvfAdapter::trustedPems() const
{
    QList<QByteArray> pems;
    if (!m_ignoreTrustStore)
        for (const TrustedCert &c : m_state.trusted)
            pems.append(c.pem.toUtf8());
    return pems;
}

void OvfAdapter::analyse(UpdateSession &s, const Item &, const SessionFile &d)
{
    s.invalidFiles = QJsonArray();
    s.referencedFiles.clear();
    s.certificateInfo = QJsonObject();
    s.certChain = QJsonArray();
    s.warningTypes.clear();
    s.warningMessages = QJsonObject();

    // Where the package's files are: the session's staging files, or the expanded .ova.
    QMap<QString, QString> files;
    QString descriptorPath = d.stagingPath;
    QString error;
    if (hasSuffix(d.name, ".ova")) {
        // Expanded once here (the preview needs descriptor, manifest and certificate);
        // complete moves the members into the item from this directory.
        const QString dir = d.stagingPath + QStringLiteral(".d");
        QDir(dir).removeRecursively();
        QDir().mkpath(dir);
        const auto members = ovf::OvaExpander::expand(d.stagingPath, dir, &error);
        if (!members) {
            addInvalid(s, d.name, QStringLiteral("com.vmware.vdcs.cls-main.ova_invalid"), error);
            return;
        }
        for (const ovf::OvaMemberInfo &m : *members) {
            files.insert(m.name, dir + QLatin1Char('/') + m.name);
            if (hasSuffix(m.name, ".ovf"))
                descriptorPath = dir + QLatin1Char('/') + m.name;
        }
    } else {
        for (const SessionFile &f : s.files)
            if (f.status == QLatin1String("READY"))
                files.insert(f.name, f.stagingPath);
    }
    // The name the client gave the descriptor (the staging file's name is an internal id);
    // for an .ova, the descriptor member's name.
    const QString descriptorName =
        hasSuffix(d.name, ".ova") ? QFileInfo(descriptorPath).fileName() : d.name;
    const auto desc = ovf::OvfDescriptor::parseFile(descriptorPath, &error);
    if (!desc) {
        addInvalid(s, d.name, QStringLiteral("com.vmware.vdcs.cls-main.ovf_descriptor_invalid"),
                   error);
        return;
    }
    if (hasSuffix(d.name, ".ova")) {
        for (const QString &ref : desc->expectedFileNames())
            if (!files.contains(ref))
                addInvalid(
                    s, d.name, QStringLiteral("com.vmware.vdcs.cls-main.ova_missing_member"),
                    QStringLiteral("The OVA does not contain %1, which its descriptor references.")
                        .arg(ref));
    } else {
        s.referencedFiles = desc->expectedFileNames();
    }

    QString mfName, certName;
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        if (hasSuffix(it.key(), ".mf"))
            mfName = it.key();
        else if (hasSuffix(it.key(), ".cert"))
            certName = it.key();
    }
    if (mfName.isEmpty())
        return; // unsigned package: AVAILABLE without certificate_info or warnings
    const auto manifest = ovf::Manifest::parseFile(files.value(mfName), &error);
    if (!manifest) {
        addInvalid(s, mfName, QStringLiteral("com.vmware.vdcs.cls-main.ovf_manifest_invalid"),
                   error);
        return;
    }
    if (hasSuffix(d.name, ".ova")) {
        for (const ovf::DigestProblem &p :
             ovf::PackageVerifier::verifyDigests(*manifest, files, !certName.isEmpty()))
            addInvalid(s, d.name,
                       QStringLiteral("com.vmware.vdcs.cls-main.ovf_manifest_digest_mismatch"),
                       p.message);
    } else {
        for (const SessionFile &f : s.files)
            checkDigest(s, *manifest, f);
    }
    if (certName.isEmpty())
        return;
    QFile mf(files.value(mfName));
    QFile cert(files.value(certName));
    if (!mf.open(QIODevice::ReadOnly) || !cert.open(QIODevice::ReadOnly)) {
        addInvalid(s, certName, QStringLiteral("com.vmware.vdcs.cls-main.ovf_signature_invalid"),
                   QStringLiteral("Cannot read the manifest or certificate file."));
        return;
    }
    const auto analysis =
        ovf::PackageVerifier::verifySignature(mf.readAll(), mfName, cert.readAll(), trustedPems(),
                                              QDateTime::currentDateTimeUtc(), &error);
    if (!analysis) {
        // Not a warning (README): the signature file is bad, the session cannot succeed.
        const QJsonObject msg =
            VapiError::message(QStringLiteral("com.vmware.vdcs.cls-main.ovf_signature_invalid"),
                               QStringLiteral("The signature of package %1 does not verify: %2")
                                   .arg(descriptorName, error),
                               { descriptorName, error });
        if (s.files.contains(certName)) {
            SessionFile &cf = s.files[certName];
            cf.status = QStringLiteral("ERROR");
            cf.errorMessage = msg;
        }
        addInvalid(s, certName, msg.value(QLatin1String("id")).toString(),
                   msg.value(QLatin1String("default_message")).toString());
        SessionRules::end(m_state, s, QStringLiteral("ERROR"), msg);
        return;
    }
    s.certificateInfo = QJsonObject { { QStringLiteral("issuer"), analysis->issuer },
                                      { QStringLiteral("subject"), analysis->subject },
                                      { QStringLiteral("self_signed"), analysis->selfSigned },
                                      { QStringLiteral("x509"), analysis->x509 } };
    s.certChain = QJsonArray::fromStringList(analysis->certChain);
    for (ovf::WarningType w : analysis->warnings) {
        const QString type = ovf::warningTypeName(w);
        const ovf::WarningMessage m = analysis->warningMessage(w);
        s.warningTypes.append(type);
        s.warningMessages.insert(type, VapiError::message(m.id, m.defaultMessage, m.args));
    }
}

bool OvfAdapter::expandOvaInto(const Item &, const QString &ovaPath, const PutFile &put,
                               QJsonObject *error)
{
    const QString dir = ovaPath + QStringLiteral(".d");
    QString why;
    if (!QFileInfo::exists(dir)) {
        QDir().mkpath(dir);
        if (!ovf::OvaExpander::expand(ovaPath, dir, &why)) {
            *error = VapiError::message(QStringLiteral("com.vmware.vdcs.cls-main.ova_invalid"), why,
                                        { why });
            return false;
        }
    }
    const QFileInfoList members = QDir(dir).entryInfoList(QDir::Files);
    for (const QFileInfo &m : members) {
        // The manifest and certificate of an OVA are metadata too (keep_in_storage:false).
        if (hasSuffix(m.fileName(), ".mf") || hasSuffix(m.fileName(), ".cert"))
            continue;
        const QString sha1 = QString::fromLatin1(
            ovf::Manifest::fileDigestHex(m.filePath(), ovf::DigestAlgorithm::Sha1, &why));
        if (!put(m.fileName(), m.filePath(), m.size(), sha1)) {
            *error = VapiError::message(
                QStringLiteral("com.vmware.vdcs.cls-main.file_store_error"),
                QStringLiteral("Cannot store OVA member %1 in the library item.").arg(m.fileName()),
                { m.fileName() });
            return false;
        }
    }
    QDir(dir).removeRecursively();
    return true;
}

} // namespace clu::sim
