#include "LocalFileCheck.h"

#include <QFile>
#include <QFileInfo>

namespace clu {

QStringList LocalFileCheck::problems(const QStringList &paths)
{
    QStringList out;
    for (const QString &path : paths) {
        const QFileInfo fi(path);
        if (!fi.exists()) {
            out.append(tr("%1 does not exist.").arg(path));
            continue;
        }
        if (fi.isDir()) {
            out.append(tr("%1 is a directory, not a file.").arg(path));
            continue;
        }
        if (!fi.isFile()) {
            // FIFOs, sockets, devices: no size to declare, possibly endless (/dev/zero).
            out.append(tr("%1 is not a regular file (a pipe, socket or device has no size to "
                          "declare).")
                           .arg(path));
            continue;
        }
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            out.append(tr("%1 cannot be read: %2").arg(path, f.errorString()));
            continue;
        }
        if (f.size() < 0)
            out.append(tr("%1 has no known size.").arg(path));
    }
    return out;
}

} // namespace clu
