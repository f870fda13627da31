#pragma once

// Good and broken VMDKs for the preflight tests. Two independent writers of the
// stream-optimized format: Debian's qemu-img (its layout: grain directory in front, no footer)
// and the simulator's StreamVmdkWriter (VMware's layout from the Virtual Disk Format 5.0 spec:
// grain directory at the end, footer, end-of-stream marker), whose output qemu-img must read
// back (TestPreflightDisks::ourWriterIsReadableByQemu).
// The broken variants reproduce what reaches vCenter in the wild.

#include "ovf/StreamVmdkWriter.h"
#include "preflight/PreflightReport.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QString>
#include <QtEndian>
#include <QtTest>

namespace fixtures {

inline void putLe32(QByteArray *b, int offset, quint32 v)
{
    qToLittleEndian<quint32>(v, b->data() + offset);
}
inline void putLe64(QByteArray *b, int offset, quint64 v)
{
    qToLittleEndian<quint64>(v, b->data() + offset);
}

inline QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline bool writeAll(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
}

// A raw disk image of `mib` MiB: random data in the first quarter (incompressible grains), a
// pattern further on, zeros elsewhere (unallocated grains).
inline QByteArray rawImage(int mib)
{
    QByteArray raw(mib * 1024 * 1024, '\0');
    const int random = raw.size() / 4;
    for (int i = 0; i < random; i += 4)
        qToLittleEndian<quint32>(QRandomGenerator::global()->generate(), raw.data() + i);
    for (int i = raw.size() / 2; i < raw.size() / 2 + 200000; ++i)
        raw[i] = char('a' + i % 26);
    return raw;
}

// qemu-img convert; "" on success, else qemu-img's complaint.
inline QString qemuImg(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral("qemu-img"), args);
    if (!p.waitForFinished(120000))
        return QStringLiteral("qemu-img did not finish: %1").arg(p.errorString());
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return QString::fromLocal8Bit(p.readAllStandardError());
    return {};
}

inline bool haveQemuImg()
{
    return !QStandardPaths::findExecutable(QStringLiteral("qemu-img")).isEmpty();
}

// VMware's stream layout (GD_AT_END, footer), from the simulator's package builder.
inline QByteArray streamVmdk(const QByteArray &raw, const QString &fileName)
{
    return clu::sim::ovf::StreamVmdkWriter::build(raw, quint64(raw.size()), fileName);
}

// The OVF of one disk file, with the Disk's capacity/units/format as given.
inline QByteArray
ovfFor(const QString &diskFile, qint64 fileSize, const QString &capacity, const QString &units,
       const QString &format = QStringLiteral(
           "http://www.vmware.com/interfaces/specifications/vmdk.html#streamOptimized"))
{
    QString xml = QStringLiteral(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<Envelope xmlns=\"http://schemas.dmtf.org/ovf/envelope/1\" "
        "xmlns:ovf=\"http://schemas.dmtf.org/ovf/envelope/1\">\n"
        "  <References>\n"
        "    <File ovf:href=\"%1\" ovf:id=\"file1\" ovf:size=\"%2\"/>\n"
        "  </References>\n"
        "  <DiskSection><Info>Virtual disks</Info>\n"
        "    <Disk ovf:capacity=\"%3\" %4 ovf:diskId=\"vmdisk1\" ovf:fileRef=\"file1\" "
        "ovf:format=\"%5\"/>\n"
        "  </DiskSection>\n"
        "  <VirtualSystem ovf:id=\"vm\"><Info>A VM</Info></VirtualSystem>\n"
        "</Envelope>\n");
    const QString unitsAttr = units.isEmpty()
        ? QString()
        : QStringLiteral("ovf:capacityAllocationUnits=\"%1\"").arg(units);
    return xml.arg(diskFile).arg(fileSize).arg(capacity, unitsAttr, format).toUtf8();
}

// The failures of issue 11 that reach vCenter in the wild, each as a one-disk package.
struct Fault
{
    const char *name;
    const char *check; // the preflight check id that must fail
    const char *words; // what its reason must say
};
inline QList<Fault> issueFaults()
{
    return {
        { "raw", "vmdk-header", "\"KDMV\"" }, // a raw image renamed .vmdk
        { "truncated", "vmdk-footer", "no footer" }, // a stream cut short (GD_AT_END, no footer)
        { "openssl3", "manifest", "SHA2-256" }, // `openssl dgst -sha256` output as the .mf
        { "nvram", "files", "vm.nvram" }, // a referenced file left out of the package
    };
}

// vm.ovf + disk.vmdk (4 MiB, StreamVmdkWriter) + vm.mf in ovftool's spelling, in `dir`, with
// the named fault ("" = none); returns the .ovf's path. The .mf and ovf:size always match the
// files, so only the fault itself is wrong.
inline QString faultyPackage(const QString &dir, const QString &fault)
{
    QDir().mkpath(dir);
    const QByteArray raw = rawImage(4);
    QByteArray disk = streamVmdk(raw, QStringLiteral("disk.vmdk"));
    if (fault == QLatin1String("raw"))
        disk = raw;
    else if (fault == QLatin1String("truncated"))
        disk.truncate((disk.size() * 2 / 3) & ~511);
    QByteArray ovf = ovfFor(QStringLiteral("disk.vmdk"), disk.size(), QStringLiteral("4"),
                            QStringLiteral("byte * 2^20"));
    if (fault == QLatin1String("nvram"))
        ovf.replace("  </References>",
                    "    <File ovf:href=\"vm.nvram\" ovf:id=\"file2\" ovf:size=\"8684\"/>\n"
                    "  </References>");
    writeAll(dir + QLatin1String("/disk.vmdk"), disk);
    writeAll(dir + QLatin1String("/vm.ovf"), ovf);
    const QByteArray algorithm = fault == QLatin1String("openssl3") ? "SHA2-256" : "SHA256";
    const auto line = [&](const char *file, const QByteArray &data) {
        return algorithm + '(' + file
            + ")= " + QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex() + '\n';
    };
    writeAll(dir + QLatin1String("/vm.mf"), line("vm.ovf", ovf) + line("disk.vmdk", disk));
    return dir + QLatin1String("/vm.ovf");
}

// The checks that did not pass, one line each, for failure messages.
inline QString problems(const clu::PreflightReport &r)
{
    QStringList out;
    for (const clu::PreflightCheck &c : r.checks())
        if (c.status != clu::PreflightCheck::Status::Pass)
            out << c.id + QLatin1String(" ") + c.subject + QLatin1String(": ") + c.reason;
    return out.join(QLatin1String(" | "));
}

} // namespace fixtures
