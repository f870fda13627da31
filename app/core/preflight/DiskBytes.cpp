#include "DiskBytes.h"

namespace clu {

DiskBytes::DiskBytes(const QList<DiskPart> &parts)
{
    for (const DiskPart &p : parts) {
        m_parts.push_back({ p, std::make_unique<QFile>(p.path), m_size });
        m_size += p.size;
    }
}

bool DiskBytes::open()
{
    for (Piece &p : m_parts) {
        if (!p.file->open(QIODevice::ReadOnly)) {
            m_error = QStringLiteral("%1: %2").arg(p.part.path, p.file->errorString());
            return false;
        }
    }
    return true;
}

QByteArray DiskBytes::read(quint64 pos, qint64 length)
{
    if (pos >= quint64(m_size) || length <= 0)
        return {};
    length = qMin<qint64>(length, m_size - qint64(pos));
    QByteArray out;
    for (Piece &p : m_parts) {
        if (out.size() == length)
            break;
        const qint64 at = qint64(pos) + out.size();
        if (at < p.start || at >= p.start + p.part.size)
            continue;
        const qint64 n = qMin<qint64>(length - out.size(), p.start + p.part.size - at);
        if (!p.file->seek(p.part.offset + at - p.start))
            return out;
        const QByteArray bytes = p.file->read(n);
        out += bytes;
        if (bytes.size() != n)
            return out;
    }
    return out;
}

} // namespace clu
