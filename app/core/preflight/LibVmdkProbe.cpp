#include "LibVmdkProbe.h"

#include "Logging.h"

#include <QFile>

#include <libbfio.h>
#include <libvmdk.h>

namespace clu {

namespace {
QString diskTypeName(int type)
{
    switch (type) {
    case LIBVMDK_DISK_TYPE_2GB_EXTENT_FLAT:
        return QStringLiteral("twoGbMaxExtentFlat");
    case LIBVMDK_DISK_TYPE_2GB_EXTENT_SPARSE:
        return QStringLiteral("twoGbMaxExtentSparse");
    case LIBVMDK_DISK_TYPE_CUSTOM:
        return QStringLiteral("custom");
    case LIBVMDK_DISK_TYPE_DEVICE:
        return QStringLiteral("fullDevice");
    case LIBVMDK_DISK_TYPE_DEVICE_PARITIONED:
        return QStringLiteral("partitionedDevice");
    case LIBVMDK_DISK_TYPE_MONOLITHIC_FLAT:
        return QStringLiteral("monolithicFlat");
    case LIBVMDK_DISK_TYPE_MONOLITHIC_SPARSE:
        return QStringLiteral("monolithicSparse");
    case LIBVMDK_DISK_TYPE_STREAM_OPTIMIZED:
        return QStringLiteral("streamOptimized");
    case LIBVMDK_DISK_TYPE_VMFS_FLAT:
        return QStringLiteral("vmfs");
    case LIBVMDK_DISK_TYPE_VMFS_FLAT_PRE_ALLOCATED:
        return QStringLiteral("vmfsPreallocated");
    case LIBVMDK_DISK_TYPE_VMFS_FLAT_ZEROED:
        return QStringLiteral("vmfsEagerZeroedThick");
    case LIBVMDK_DISK_TYPE_VMFS_RAW:
        return QStringLiteral("vmfsRaw");
    case LIBVMDK_DISK_TYPE_VMFS_RDM:
        return QStringLiteral("vmfsRawDeviceMap");
    case LIBVMDK_DISK_TYPE_VMFS_RDMP:
        return QStringLiteral("vmfsPassthroughRawDeviceMap");
    case LIBVMDK_DISK_TYPE_VMFS_SPARSE:
        return QStringLiteral("vmfsSparse");
    case LIBVMDK_DISK_TYPE_VMFS_SPARSE_THIN:
        return QStringLiteral("vmfsThin");
    default:
        return {};
    }
}

// libvmdk's error is a backtrace of "function: message." lines; the last one is the cause.
QString takeError(libvmdk_error_t **error)
{
    char buffer[2048] = {};
    if (*error)
        libvmdk_error_backtrace_sprint(*error, buffer, sizeof buffer);
    libvmdk_error_free(error);
    const QStringList lines =
        QString::fromLocal8Bit(buffer).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return lines.isEmpty() ? QString() : lines.last().trimmed();
}
} // namespace

LibVmdkProbe LibVmdkProbe::open(const QString &path, qint64 offset, qint64 size)
{
    LibVmdkProbe probe;
    const QByteArray name = QFile::encodeName(path);
    libbfio_handle_t *range = nullptr;
    libbfio_error_t *bfioError = nullptr;
    if (libbfio_file_range_initialize(&range, &bfioError) != 1
        || libbfio_file_range_set_name(range, name.constData(), size_t(name.size()), &bfioError)
            != 1
        || libbfio_file_range_set(range, offset, size, &bfioError) != 1) {
        libbfio_error_free(&bfioError);
        libbfio_handle_free(&range, nullptr);
        probe.error = QStringLiteral("libbfio cannot open a range of %1").arg(path);
        return probe;
    }
    libvmdk_handle_t *handle = nullptr;
    libvmdk_error_t *error = nullptr;
    if (libvmdk_handle_initialize(&handle, &error) != 1) {
        probe.error = takeError(&error);
        libbfio_handle_free(&range, nullptr);
        return probe;
    }
    if (libvmdk_handle_open_file_io_handle(handle, range, LIBVMDK_OPEN_READ, &error) != 1) {
        probe.error = takeError(&error);
        qCDebug(lcOvf) << "libvmdk cannot open" << path << "at" << offset << "size" << size << ":"
                       << probe.error;
    } else {
        probe.opened = true;
        int type = 0;
        size64_t media = 0;
        if (libvmdk_handle_get_disk_type(handle, &type, &error) == 1) {
            probe.createType = diskTypeName(type);
            probe.streamOptimized = type == LIBVMDK_DISK_TYPE_STREAM_OPTIMIZED;
        } else {
            libvmdk_error_free(&error);
        }
        if (libvmdk_handle_get_media_size(handle, &media, &error) == 1)
            probe.mediaSize = qint64(media);
        else
            libvmdk_error_free(&error);
        libvmdk_handle_close(handle, nullptr);
    }
    libvmdk_handle_free(&handle, nullptr);
    libbfio_handle_free(&range, nullptr);
    return probe;
}

} // namespace clu
