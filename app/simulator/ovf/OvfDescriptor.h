#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace clu::sim::ovf {

// One References/File entry of a descriptor.
struct OvfFileReference
{
    QString id; // ovf:id (may be empty in sloppy descriptors)
    QString href; // ovf:href: a plain file name beside the descriptor (checked)
    qint64 size = -1; // ovf:size, -1 when absent. Informational only: the real length wins (§10.2)
    // ovf:chunkSize (DSP0243 §7.1), -1 when absent: the package holds `href.000000000`,
    // `href.000000001`, ... (chunkSize bytes each, the last may be shorter), not `href`.
    qint64 chunkSize = -1;

    bool isChunked() const { return chunkSize > 0; }
    // The chunk file names: ceil(size / chunkSize) of them when ovf:size is known (at least
    // one), otherwise only the first, which must exist either way.
    QStringList chunkNames() const;
    static QString chunkName(const QString &href, int index); // href + ".%09d"
};

// The parts of an OVF descriptor (.ovf XML) the simulated OVF adapter needs: which files the
// package consists of. OVF 1.x (http://schemas.dmtf.org/ovf/envelope/1) and 2.0
// (.../envelope/2) envelopes are accepted; anything else is refused with a reason.
class OvfDescriptor
{
    Q_DECLARE_TR_FUNCTIONS(OvfDescriptor)
public:
    // nullopt + *error (translated, names what and why) when the XML is malformed, is not an
    // OVF Envelope, has a DTD, or a File@href is not a plain file name (path separators, "..",
    // URLs, duplicates) or an ovf:size is not a non-negative integer.
    static std::optional<OvfDescriptor> parse(const QByteArray &xml, QString *error);
    static std::optional<OvfDescriptor> parseFile(const QString &path, QString *error);

    // Empty when `name` may be used as a file name of a package member; otherwise the reason.
    // Shared with OvaExpander so both refuse the same names.
    static QString checkFileName(const QString &name);

    int ovfMajorVersion() const { return m_majorVersion; } // 1 or 2
    const QList<OvfFileReference> &references() const { return m_references; }
    QStringList referencedFileNames() const; // hrefs in document order
    // The files the package must hold: hrefs, with a chunked href replaced by its chunks.
    QStringList expectedFileNames() const;
    // The reference whose chunk `fileName` is (with its index), or nullptr.
    const OvfFileReference *chunkOwner(const QString &fileName, int *index) const;

private:
    int m_majorVersion = 1;
    QList<OvfFileReference> m_references;
};

} // namespace clu::sim::ovf
