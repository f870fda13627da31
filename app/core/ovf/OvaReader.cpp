#include "OvaReader.h"

#include "Logging.h"

#include <QCoreApplication>
#include <QFile>

#include <archive.h>
#include <archive_entry.h>

namespace clu {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OvaReader)
};

constexpr size_t readBlock = 1024 * 1024;

// Opens the tar for reading; only the tar formats an OVA may use, no compression filters
// (OVF 1.x/2.x mandate plain tar; a gzip'd "ova" is not one).
struct archive *openArchive(const QString &path, QString *error)
{
    struct archive *a = archive_read_new();
    archive_read_support_format_tar(a);
    archive_read_support_format_gnutar(a);
    if (archive_read_open_filename(a, QFile::encodeName(path).constData(), readBlock)
        != ARCHIVE_OK) {
        *error = Tr::tr("Cannot open the OVA %1: %2")
                     .arg(path, QString::fromLocal8Bit(archive_error_string(a)));
        archive_read_free(a);
        return nullptr;
    }
    return a;
}

QString entryName(struct archive_entry *e)
{
    const char *utf8 = archive_entry_pathname_utf8(e);
    QString name =
        utf8 ? QString::fromUtf8(utf8) : QString::fromLocal8Bit(archive_entry_pathname(e));
    if (name.startsWith(QLatin1String("./")))
        name = name.mid(2);
    return name;
}
} // namespace

QList<OvaMember> OvaReader::listMembers(const QString &ovaPath, QString *error)
{
    QList<OvaMember> members;
    struct archive *a = openArchive(ovaPath, error);
    if (!a)
        return members;
    struct archive_entry *entry = nullptr;
    int rc;
    while ((rc = archive_read_next_header(a, &entry)) == ARCHIVE_OK || rc == ARCHIVE_WARN) {
        if (archive_entry_filetype(entry) == AE_IFREG)
            members.append({ entryName(entry), archive_entry_size(entry) });
        archive_read_data_skip(a); // seeks over the data: listing a 50 GB OVA reads headers only
    }
    if (rc != ARCHIVE_EOF) {
        *error = Tr::tr("The OVA %1 is damaged or not a tar archive: %2")
                     .arg(ovaPath, QString::fromLocal8Bit(archive_error_string(a)));
        members.clear();
    }
    archive_read_free(a);
    return members;
}

std::unique_ptr<QIODevice> OvaReader::openMember(const QString &ovaPath, const QString &member,
                                                 QString *error)
{
    struct archive *a = openArchive(ovaPath, error);
    if (!a)
        return nullptr;
    struct archive_entry *entry = nullptr;
    int rc;
    while ((rc = archive_read_next_header(a, &entry)) == ARCHIVE_OK || rc == ARCHIVE_WARN) {
        if (archive_entry_filetype(entry) == AE_IFREG && entryName(entry) == member) {
            std::unique_ptr<OvaMemberDevice> dev(new OvaMemberDevice(
                a, QStringLiteral("%1 (in %2)").arg(member, ovaPath), archive_entry_size(entry)));
            dev->open(QIODevice::ReadOnly | QIODevice::Unbuffered);
            return dev;
        }
        archive_read_data_skip(a);
    }
    if (rc == ARCHIVE_EOF)
        *error = Tr::tr("The OVA %1 has no member named %2").arg(ovaPath, member);
    else
        *error = Tr::tr("The OVA %1 is damaged or not a tar archive: %2")
                     .arg(ovaPath, QString::fromLocal8Bit(archive_error_string(a)));
    archive_read_free(a);
    return nullptr;
}

qint64 OvaReader::memberDataOffset(const QString &ovaPath, const QString &member, QString *error)
{
    struct archive *a = openArchive(ovaPath, error);
    if (!a)
        return -1;
    struct archive_entry *entry = nullptr;
    int rc;
    qint64 headerPos = -1;
    QByteArray first;
    while ((rc = archive_read_next_header(a, &entry)) == ARCHIVE_OK || rc == ARCHIVE_WARN) {
        if (archive_entry_filetype(entry) == AE_IFREG && entryName(entry) == member) {
            headerPos = archive_read_header_position(a);
            first.resize(static_cast<int>(qMin<qint64>(512, archive_entry_size(entry))));
            const la_ssize_t n = first.isEmpty() ? 0 : archive_read_data(a, first.data(), 512);
            if (n != first.size())
                headerPos = -1;
            break;
        }
        archive_read_data_skip(a);
    }
    archive_read_free(a);
    if (headerPos < 0) {
        *error = Tr::tr("The OVA %1 has no readable member named %2").arg(ovaPath, member);
        return -1;
    }
    QFile f(ovaPath);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = Tr::tr("Cannot open the OVA %1: %2").arg(ovaPath, f.errorString());
        return -1;
    }
    // Extended (pax/GNU long name) headers sit between the position libarchive reports and the
    // data; they are a few blocks, 1 MiB of them is far more than any real OVA has.
    constexpr qint64 maxHeaderSpan = 1024 * 1024;
    for (qint64 pos = headerPos + 512; pos <= headerPos + maxHeaderSpan; pos += 512) {
        if (!f.seek(pos))
            break;
        const QByteArray block = f.read(first.size());
        if (block.size() < first.size())
            break;
        if (block == first)
            return pos;
    }
    *error = Tr::tr("Cannot locate the bytes of %1 inside the OVA %2").arg(member, ovaPath);
    return -1;
}

QByteArray OvaReader::readMember(const QString &ovaPath, const QString &member, qint64 maxBytes,
                                 QString *error)
{
    std::unique_ptr<QIODevice> dev = openMember(ovaPath, member, error);
    if (!dev)
        return {};
    if (dev->size() > maxBytes) {
        *error = Tr::tr("%1 in the OVA %2 is %3 bytes, larger than the %4 bytes allowed for it")
                     .arg(member, ovaPath)
                     .arg(dev->size())
                     .arg(maxBytes);
        return {};
    }
    QByteArray data;
    data.reserve(static_cast<int>(dev->size()));
    char buf[65536];
    for (;;) {
        const qint64 n = dev->read(buf, sizeof buf);
        if (n < 0) {
            *error = dev->errorString();
            return {};
        }
        if (n == 0)
            break;
        data.append(buf, static_cast<int>(n));
    }
    return data;
}

OvaMemberDevice::OvaMemberDevice(struct archive *a, QString label, qint64 size)
    : m_archive(a)
    , m_label(std::move(label))
    , m_size(size)
{ }

OvaMemberDevice::~OvaMemberDevice()
{
    OvaMemberDevice::close();
}

void OvaMemberDevice::close()
{
    if (m_archive) {
        archive_read_free(m_archive);
        m_archive = nullptr;
    }
    QIODevice::close();
}

qint64 OvaMemberDevice::bytesAvailable() const
{
    return (m_size - m_read) + QIODevice::bytesAvailable();
}

bool OvaMemberDevice::atEnd() const
{
    return m_read >= m_size && QIODevice::bytesAvailable() == 0;
}

qint64 OvaMemberDevice::readData(char *data, qint64 maxSize)
{
    if (!m_archive || m_read >= m_size)
        return m_read >= m_size ? 0 : -1;
    const qint64 want = qMin(maxSize, m_size - m_read);
    const la_ssize_t n = archive_read_data(m_archive, data, static_cast<size_t>(want));
    if (n < 0) {
        setErrorString(Tr::tr("Cannot read %1: %2")
                           .arg(m_label, QString::fromLocal8Bit(archive_error_string(m_archive))));
        return -1;
    }
    if (n == 0 && m_read < m_size) {
        setErrorString(Tr::tr("%1 ends after %2 of %3 bytes: the OVA is truncated")
                           .arg(m_label)
                           .arg(m_read)
                           .arg(m_size));
        return -1;
    }
    m_read += n;
    return n;
}

} // namespace clu
