#include "DemoSeed.h"

#include "Call.h"
#include "ItemOperations.h"
#include "LibraryOperations.h"
#include "OvfAdapter.h"
#include "SessionOperations.h"
#include "SessionRules.h"
#include "SimState.h"
#include "ovf/Manifest.h"
#include "ovf/PackageBuilder.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

namespace clu::sim {

DemoSeed::DemoSeed(SimState &state, LibraryOperations &libraries, ItemOperations &items,
                   SessionOperations &sessions, const OperationTable &operations, OvfAdapter &ovf,
                   const QString &user, const QString &baseUrl)
    : m_state(state)
    , m_libraries(libraries)
    , m_items(items)
    , m_sessions(sessions)
    , m_operations(operations)
    , m_ovf(ovf)
    , m_user(user)
    , m_baseUrl(baseUrl)
{ }

bool DemoSeed::storeItemFile(const QString &itemId, const QString &path, QString *error)
{
    const QString name = QFileInfo(path).fileName();
    std::lock_guard lock(m_state.mutex);
    const QString target = m_state.itemFilePath(itemId, name);
    QDir().mkpath(QFileInfo(target).absolutePath());
    QFile::remove(target);
    if (!QFile::copy(path, target)) {
        *error = tr("cannot copy %1 into the demo item").arg(path);
        return false;
    }
    Item &item = m_state.items[itemId];
    QString why;
    const QString sha1 =
        QString::fromLatin1(ovf::Manifest::fileDigestHex(target, ovf::DigestAlgorithm::Sha1, &why));
    item.files.append({ name, QFileInfo(target).size(), 1, sha1 });
    ++item.contentVersion;
    m_state.save();
    return true;
}

bool DemoSeed::addWaitingFile(const QString &sessionId, const QString &name, qint64 size,
                              QString *error)
{
    Call c;
    c.user = m_user;
    c.baseUrl = m_baseUrl;
    c.args = { { QStringLiteral("session_id"), sessionId },
               { QStringLiteral("spec"),
                 QJsonObject { { QStringLiteral("name"), name },
                               { QStringLiteral("source_type"), QStringLiteral("PUSH") },
                               { QStringLiteral("size"), size } } } };
    // file.add through the same code path as the API
    const Outcome o = m_operations.value(QStringLiteral("file.add"))(c);
    if (o.isError()) {
        *error = tr("demo seed: adding %1 failed: %2")
                     .arg(name,
                          o.error.messages.first()
                              .toObject()
                              .value(QLatin1String("default_message"))
                              .toString());
        return false;
    }
    return true;
}

bool DemoSeed::addReadyFile(const QString &sessionId, const QString &path, QString *error)
{
    const QString name = QFileInfo(path).fileName();
    if (!addWaitingFile(sessionId, name, QFileInfo(path).size(), error))
        return false;
    std::lock_guard lock(m_state.mutex);
    UpdateSession &s = m_state.sessions[sessionId];
    SessionFile &f = s.files[name];
    if (!QFile::copy(path, f.stagingPath)) {
        *error = tr("cannot copy %1 into the demo session").arg(path);
        return false;
    }
    QString why;
    f.bytesTransferred = QFileInfo(path).size();
    f.sha1 =
        QString::fromLatin1(ovf::Manifest::fileDigestHex(path, ovf::DigestAlgorithm::Sha1, &why));
    f.sha256 =
        QString::fromLatin1(ovf::Manifest::fileDigestHex(path, ovf::DigestAlgorithm::Sha256, &why));
    f.status = QStringLiteral("READY");
    m_ovf.fileReady(s, m_state.items.value(s.itemId), f, 0);
    m_state.save();
    return true;
}

bool DemoSeed::run(QString *error)
{
    {
        std::lock_guard lock(m_state.mutex);
        if (!m_state.libraries.isEmpty())
            return true;
    }
    QTemporaryDir work;
    if (!work.isValid()) {
        *error = tr("demo seed: no temporary directory");
        return false;
    }
    const QString templates =
        m_libraries.createLibrary(QStringLiteral("Templates"), tr("Golden images and appliances"),
                                  QStringLiteral("LOCAL"), QStringLiteral("datastore-11"), {});
    const QString isos =
        m_libraries.createLibrary(QStringLiteral("ISO Images"), tr("Installer media"),
                                  QStringLiteral("LOCAL"), QStringLiteral("datastore-12"), {});
    const QString partner = m_libraries.createLibrary(
        QStringLiteral("Partner Catalog"), tr("Subscribed from the partner's published library"),
        QStringLiteral("SUBSCRIBED"), QStringLiteral("datastore-12"),
        QStringLiteral("https://catalog.partner.example/cls/vcsp/lib/lib.json"));

    // Signed packages, generated now (no checked-in binaries).
    auto build = [&](const QString &base, ovf::PackageSigning signing,
                     ovf::CertificateValidity validity,
                     const QString &signer) -> std::optional<ovf::BuiltPackage> {
        ovf::PackageSpec spec;
        spec.baseName = base;
        spec.diskSizes = { 256 * 1024 };
        spec.signing = signing;
        spec.validity = validity;
        spec.signerCommonName = signer;
        return ovf::PackageBuilder::build(spec, work.path() + QLatin1Char('/') + base, error);
    };
    const auto selfSigned =
        build(QStringLiteral("photon-5"), ovf::PackageSigning::SelfSigned,
              ovf::CertificateValidity::Valid, QStringLiteral("Photon Build Team"));
    const auto expired =
        build(QStringLiteral("vendor-appliance"), ovf::PackageSigning::SelfSigned,
              ovf::CertificateValidity::Expired, QStringLiteral("Example Vendor Release Signing"));
    const auto caSigned =
        build(QStringLiteral("corp-gateway"), ovf::PackageSigning::CaSigned,
              ovf::CertificateValidity::Valid, QStringLiteral("Corp IT Packaging"));
    if (!selfSigned || !expired || !caSigned)
        return false;
    {
        std::lock_guard lock(m_state.mutex);
        const QString pem = QString::fromUtf8(caSigned->rootCaPem);
        const QString id = QString::fromLatin1(
            QCryptographicHash::hash(caSigned->rootCaPem, QCryptographicHash::Sha1).toHex());
        m_state.trusted.insert(id, { id, pem });
        m_state.save();
    }

    // Finished items with content.
    const QString gateway = m_items.createItem(templates, QStringLiteral("corp-gateway"),
                                               tr("CA-signed appliance (CA in the trust store)"),
                                               QStringLiteral("ovf"));
    for (const QString &p : QStringList { caSigned->ovfPath } + caSigned->diskPaths)
        if (!storeItemFile(gateway, p, error))
            return false;
    const QString ubuntu = m_items.createItem(isos, QStringLiteral("ubuntu-24.04-live-server"),
                                              tr("Ubuntu Server installer"), QStringLiteral("iso"));
    const QString isoPath = work.path() + QStringLiteral("/ubuntu-24.04-live-server-amd64.iso");
    {
        QFile f(isoPath);
        if (!f.open(QIODevice::WriteOnly)) {
            *error = tr("demo seed: cannot write %1").arg(isoPath);
            return false;
        }
        const QByteArray block(64 * 1024, 'U');
        for (int i = 0; i < 8; ++i)
            f.write(block);
    }
    if (!storeItemFile(ubuntu, isoPath, error))
        return false;
    m_items.createItem(isos, QStringLiteral("virtio-win"), tr("Windows guest drivers"),
                       QStringLiteral("iso"));
    const QString broken = m_items.createItem(isos, QStringLiteral("rocky-9.4-dvd"),
                                              tr("Upload failed half-way"), QStringLiteral("iso"));
    const QString router =
        m_items.createItem(partner, QStringLiteral("partner-router"),
                           tr("Virtual router appliance"), QStringLiteral("ovf"));
    const QString monitoring =
        m_items.createItem(partner, QStringLiteral("partner-monitoring"),
                           tr("Monitoring appliance"), QStringLiteral("ovf"));
    {
        std::lock_guard lock(m_state.mutex);
        m_state.items[router].sourceId = QStringLiteral("7c1d4a52-partner-router");
        m_state.items[monitoring].sourceId = QStringLiteral("7c1d4a52-partner-monitoring");
        m_state.save();
    }

    // ACTIVE sessions waiting for their disks, previews AVAILABLE with the certificates.
    const QString photon =
        m_items.createItem(templates, QStringLiteral("photon-5"),
                           tr("Signed with a self-signed certificate"), QStringLiteral("ovf"));
    const QString vendor =
        m_items.createItem(templates, QStringLiteral("vendor-appliance"),
                           tr("Signed with an expired certificate"), QStringLiteral("ovf"));
    for (const auto &[itemId, pkg] :
         { std::pair { photon, *selfSigned }, std::pair { vendor, *expired } }) {
        const QString sid = m_sessions.createForSeed(itemId, m_user);
        if (sid.isEmpty()) {
            *error = tr("demo seed: cannot create a session");
            return false;
        }
        for (const QString &p : { pkg.manifestPath, pkg.certPath, pkg.ovfPath })
            if (!addReadyFile(sid, p, error))
                return false;
        for (const QString &disk : pkg.diskPaths)
            if (!addWaitingFile(sid, QFileInfo(disk).fileName(), QFileInfo(disk).size(), error))
                return false;
        std::lock_guard lock(m_state.mutex);
        m_state.sessions[sid].expiration = QDateTime::currentDateTimeUtc().addDays(1); // demo lasts
    }

    // A session that ended in ERROR after a broken transfer.
    const QString failed = m_sessions.createForSeed(broken, m_user);
    if (failed.isEmpty()
        || !addWaitingFile(failed, QStringLiteral("Rocky-9.4-x86_64-dvd.iso"), 10957946880LL,
                           error))
        return false;
    {
        std::lock_guard lock(m_state.mutex);
        UpdateSession &s = m_state.sessions[failed];
        SessionFile &f = s.files[QStringLiteral("Rocky-9.4-x86_64-dvd.iso")];
        f.bytesTransferred = 4294967296LL;
        SessionRules::failTransfer(m_state, s, f, QStringLiteral("Pipe closed"));
        s.ended = QDateTime::currentDateTimeUtc().addDays(1); // keep it past garbage collection
    }
    return true;
}

} // namespace clu::sim
