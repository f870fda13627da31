#pragma once

#include <QIODevice>
#include <QList>
#include <QString>

#include <memory>

struct archive;

namespace clu {

struct OvaMember
{
    QString name;
    qint64 size = 0;
};

// Reads an `.ova` (a tar) member by member without extracting anything to disk, through
// libarchive (a maintained tar reader: pax/ustar/GNU long names, sparse headers, bounds checks).
// Every open() gets its own archive handle, so members can be streamed by different threads or
// uploads at the same time.
class OvaReader
{
public:
    // Regular-file members in archive order. Empty list + *error on failure.
    static QList<OvaMember> listMembers(const QString &ovaPath, QString *error);
    // A sequential, read-only device positioned at the start of `member`; size() is the
    // member's size, so it can be an upload PUT's body with Content-Length.
    // nullptr + *error when the archive or member cannot be opened.
    static std::unique_ptr<QIODevice> openMember(const QString &ovaPath, const QString &member,
                                                 QString *error);
    // Whole member into memory (descriptor, manifest, certificate); refused above maxBytes.
    static QByteArray readMember(const QString &ovaPath, const QString &member, qint64 maxBytes,
                                 QString *error);
    // Where `member`'s bytes start in the .ova file, so a reader that needs random access (a
    // VMDK's footer, preflight) can seek inside the member instead of streaming all of it. The
    // archive is a plain tar (no filter is enabled), so the data is stored contiguously; it is
    // found as the first 512-byte block at or after the member's header whose bytes equal the
    // member's first block as libarchive reads it. -1 + *error when it cannot be found.
    static qint64 memberDataOffset(const QString &ovaPath, const QString &member, QString *error);
};

// The device openMember() returns. readData() pulls straight from archive_read_data().
class OvaMemberDevice : public QIODevice
{
    Q_OBJECT
public:
    ~OvaMemberDevice() override;

    bool isSequential() const override { return true; }
    qint64 size() const override { return m_size; }
    qint64 bytesAvailable() const override;
    bool atEnd() const override;
    void close() override;

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    friend class OvaReader;
    OvaMemberDevice(struct archive *a, QString label, qint64 size);

    struct archive *m_archive;
    QString m_label;
    qint64 m_size;
    qint64 m_read = 0;
};

} // namespace clu
