#include "OvaExpander.h"

#include "OvfDescriptor.h"
#include "OvfLogging.h"

#include <QDir>
#include <QFile>
#include <QSet>

#include <archive.h>
#include <archive_entry.h>

#include <memory>

namespace clu::sim::ovf {

namespace {
struct ArchiveReadFree
{
    void operator()(struct archive *a) const { archive_read_free(a); }
};
using ArchivePtr = std::unique_ptr<struct archive, ArchiveReadFree>;

constexpr size_t readBlockSize = 1024 * 1024;

QString archiveError(struct archive *a)
{
    const char *s = archive_error_string(a);
    return s ? QString::fromLocal8Bit(s) : OvaExpander::tr("unknown libarchive error");
}

QString rawEntryName(struct archive_entry *e)
{
    const char *utf8 = archive_entry_pathname_utf8(e);
    if (utf8)
        return QString::fromUtf8(utf8);
    const char *raw = archive_entry_pathname(e);
    return raw ? QString::fromLocal8Bit(raw) : QString();
}

QString fileTypeName(mode_t type)
{
    switch (type) {
    case AE_IFDIR:
        return OvaExpander::tr("a directory");
    case AE_IFLNK:
        return OvaExpander::tr("a symbolic link");
    case AE_IFCHR:
        return OvaExpander::tr("a character device");
    case AE_IFBLK:
        return OvaExpander::tr("a block device");
    case AE_IFIFO:
        return OvaExpander::tr("a FIFO");
    case AE_IFSOCK:
        return OvaExpander::tr("a socket");
    default:
        return OvaExpander::tr("not a regular file");
    }
}

// Why `name` (as stored in the tar) may not become a file in the target directory; "" if fine.
QString checkMemberName(const QString &raw, QString *name)
{
    QString n = raw;
    if (n.startsWith(QLatin1String("./")))
        n = n.mid(2); // "tar -C dir ." style archives
    *name = n;
    if (n.startsWith(QLatin1Char('/')))
        return OvaExpander::tr("it is an absolute path");
    if (n.split(QLatin1Char('/')).contains(QLatin1String(".."))
        || n.split(QLatin1Char('\\')).contains(QLatin1String("..")))
        return OvaExpander::tr("it contains \"..\"");
    return OvfDescriptor::checkFileName(n);
}
} // namespace

std::optional<QList<OvaMemberInfo>> OvaExpander::expand(const QString &ovaPath,
                                                        const QString &targetDir, QString *error,
                                                        qint64 maxTotalBytes)
{
    QList<OvaMemberInfo> members;
    QStringList written; // removed again on failure
    auto fail = [&](const QString &why) {
        *error = tr("Cannot expand the OVA %1: %2").arg(QDir::toNativeSeparators(ovaPath), why);
        for (const QString &path : qAsConst(written))
            QFile::remove(path);
        return std::nullopt;
    };

    if (!QFileInfo(targetDir).isDir())
        return fail(tr("the target directory %1 does not exist").arg(targetDir));

    ArchivePtr a(archive_read_new());
    // Plain tar only (OVF mandates it); no compression filters, no other formats.
    archive_read_support_format_tar(a.get());
    archive_read_support_format_gnutar(a.get());
    if (archive_read_open_filename(a.get(), QFile::encodeName(ovaPath).constData(), readBlockSize)
        != ARCHIVE_OK)
        return fail(tr("it is not a readable tar archive: %1").arg(archiveError(a.get())));

    const QDir dir(targetDir);
    QSet<QString> seen;
    qint64 total = 0;
    QByteArray buffer(static_cast<int>(readBlockSize), Qt::Uninitialized);
    struct archive_entry *entry = nullptr;
    for (;;) {
        const int rc = archive_read_next_header(a.get(), &entry);
        if (rc == ARCHIVE_EOF)
            break;
        if (rc != ARCHIVE_OK && rc != ARCHIVE_WARN)
            return fail(
                tr("it is damaged or not a readable tar archive: %1").arg(archiveError(a.get())));

        const QString raw = rawEntryName(entry);
        // Type first: links, directories and devices are refused whatever their name.
        // Hard links are regular-file entries with a link target.
        if (archive_entry_hardlink(entry))
            return fail(tr("the member \"%1\" is refused: it is a hard link").arg(raw));
        if (archive_entry_filetype(entry) != AE_IFREG)
            return fail(tr("the member \"%1\" is refused: it is %2")
                            .arg(raw, fileTypeName(archive_entry_filetype(entry))));
        QString name;
        const QString nameProblem = checkMemberName(raw, &name);
        if (!nameProblem.isEmpty())
            return fail(tr("the member \"%1\" is refused: %2").arg(raw, nameProblem));
        const bool isDescriptor = name.endsWith(QLatin1String(".ovf"), Qt::CaseInsensitive);
        if (members.isEmpty() && !isDescriptor)
            return fail(tr("the first member is \"%1\", but an OVA must start with its .ovf "
                           "descriptor")
                            .arg(name));
        if (!members.isEmpty() && isDescriptor)
            return fail(tr("the member \"%1\" is a second OVF descriptor after \"%2\"")
                            .arg(name, members.first().name));
        if (seen.contains(name))
            return fail(tr("the member \"%1\" appears twice").arg(name));
        seen.insert(name);

        const QString path = dir.filePath(name);
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return fail(tr("cannot write %1: %2").arg(path, out.errorString()));
        written << path;
        qint64 size = 0;
        for (;;) {
            const la_ssize_t n = archive_read_data(a.get(), buffer.data(), readBlockSize);
            if (n < 0)
                return fail(
                    tr("reading the member \"%1\" failed: %2").arg(name, archiveError(a.get())));
            if (n == 0)
                break;
            size += n;
            total += n;
            if (maxTotalBytes >= 0 && total > maxTotalBytes)
                return fail(tr("its content exceeds the limit of %1 bytes").arg(maxTotalBytes));
            if (out.write(buffer.constData(), n) != n)
                return fail(tr("writing %1 failed: %2").arg(path, out.errorString()));
        }
        if (archive_entry_size_is_set(entry) && size != archive_entry_size(entry))
            return fail(tr("the member \"%1\" is truncated: %2 of %3 bytes")
                            .arg(name)
                            .arg(size)
                            .arg(archive_entry_size(entry)));
        if (!out.flush())
            return fail(tr("writing %1 failed: %2").arg(path, out.errorString()));
        out.close();
        members.append({ name, size });
        qCDebug(lcSimOvf) << "expanded" << name << size << "bytes from" << ovaPath;
    }
    if (members.isEmpty())
        return fail(tr("the archive has no members"));
    return members;
}

} // namespace clu::sim::ovf
