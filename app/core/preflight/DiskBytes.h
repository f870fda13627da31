#pragma once

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QString>

#include <memory>
#include <vector>

namespace clu {

// One piece of a disk: a file, a member inside an .ova, or one chunk of a disk split with
// ovf:chunkSize.
struct DiskPart
{
    QString path; // a file, or the .ova holding it
    qint64 offset = 0; // where the part starts in `path`
    qint64 size = 0;
};

// Random access to a disk's bytes wherever they lie: a whole file, a member inside an .ova,
// or chunks (ovf:chunkSize) read as one disk, so preflight reads only the ranges it checks.
class DiskBytes
{
public:
    explicit DiskBytes(const QList<DiskPart> &parts);
    bool open();
    QString errorString() const { return m_error; }
    qint64 size() const { return m_size; }
    // Fewer bytes (or none) where the range runs past the disk's end or a read fails.
    QByteArray read(quint64 pos, qint64 length);

private:
    struct Piece
    {
        DiskPart part;
        std::unique_ptr<QFile> file;
        qint64 start; // where this piece starts in the disk
    };
    std::vector<Piece> m_parts;
    qint64 m_size = 0;
    QString m_error;
};

} // namespace clu
