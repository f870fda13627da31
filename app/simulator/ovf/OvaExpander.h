#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace clu::sim::ovf {

struct OvaMemberInfo
{
    QString name;
    qint64 size = 0;
};

// Expands an .ova (a plain tar, §10.1) into a directory with libarchive, streaming each member
// to disk in blocks. Used by the simulator when a single .ova is uploaded (§14 item 11).
class OvaExpander
{
    Q_DECLARE_TR_FUNCTIONS(OvaExpander)
public:
    // Returns the members in archive order. Refused (nullopt + *error naming the member and the
    // reason; every file already written is removed again):
    //  - not a tar / truncated / damaged archive;
    //  - a member that is not a regular file (directory, symlink, hard link, device, fifo);
    //  - a member name with "/" or "\", "..", an absolute path, or empty (after a leading "./");
    //  - the same name twice;
    //  - a first member that is not the .ovf descriptor, or a second .ovf;
    //  - more than maxTotalBytes of content in total (-1 = no limit).
    // targetDir must exist; existing files of the same name are overwritten.
    static std::optional<QList<OvaMemberInfo>> expand(const QString &ovaPath,
                                                      const QString &targetDir, QString *error,
                                                      qint64 maxTotalBytes = -1);
};

} // namespace clu::sim::ovf
