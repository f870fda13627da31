#include "OvfDiskSection.h"

#include "XmlAttribute.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QXmlStreamReader>

#include <limits>

namespace clu {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OvfDiskSection)
};
} // namespace

QString OvfDisk::streamOptimizedFormat()
{
    return QStringLiteral(
        "http://www.vmware.com/interfaces/specifications/vmdk.html#streamOptimized");
}

qint64 OvfDiskSection::unitMultiplier(const QString &units)
{
    if (units.trimmed().isEmpty())
        return 1;
    // DSP0004 programmatic units as OVF producers write them: "byte", "byte * 2^20",
    // "byte*2^30"; ovftool also accepts the base-10 form "byte * 10^9".
    static const QRegularExpression re(
        QStringLiteral("^\\s*byte\\s*(?:\\*\\s*(\\d+)\\s*\\^\\s*(\\d+))?\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = re.match(units);
    if (!m.hasMatch())
        return -1;
    if (m.captured(1).isEmpty())
        return 1;
    const int base = m.captured(1).toInt();
    const int exponent = m.captured(2).toInt();
    if (base < 2 || exponent < 0 || exponent > 60)
        return -1;
    qint64 value = 1;
    for (int i = 0; i < exponent; ++i) {
        if (value > (qint64(1) << 62) / base)
            return -1;
        value *= base;
    }
    return value;
}

OvfDiskSection OvfDiskSection::parse(const QByteArray &xml, const QString &label)
{
    OvfDiskSection section;
    QHash<QString, QString> hrefById;
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        if (reader.readNext() != QXmlStreamReader::StartElement)
            continue;
        const QXmlStreamAttributes attrs = reader.attributes();
        if (reader.name() == QLatin1String("File")) {
            hrefById.insert(localAttribute(attrs, QLatin1String("id")),
                            localAttribute(attrs, QLatin1String("href")));
        } else if (reader.name() == QLatin1String("Disk")) {
            OvfDisk d;
            d.diskId = localAttribute(attrs, QLatin1String("diskId"));
            d.fileRef = localAttribute(attrs, QLatin1String("fileRef"));
            d.capacityText = localAttribute(attrs, QLatin1String("capacity")).trimmed();
            d.unitsText = localAttribute(attrs, QLatin1String("capacityAllocationUnits")).trimmed();
            d.format = localAttribute(attrs, QLatin1String("format")).trimmed();
            section.disks.append(d);
        }
    }
    if (reader.hasError()) {
        section.disks.clear();
        section.error = Tr::tr("%1 is not a valid OVF descriptor: %2 (line %3)")
                            .arg(label, reader.errorString())
                            .arg(reader.lineNumber());
        return section;
    }
    for (OvfDisk &d : section.disks) {
        d.fileHref = hrefById.value(d.fileRef);
        bool ok = false;
        const qint64 capacity = d.capacityText.toLongLong(&ok);
        const qint64 unit = unitMultiplier(d.unitsText);
        if (!ok || capacity < 0) {
            d.capacityError = d.capacityText.startsWith(QLatin1String("${"))
                ? Tr::tr("ovf:capacity is the property reference %1, known only at deployment")
                      .arg(d.capacityText)
                : Tr::tr("ovf:capacity \"%1\" is not a number").arg(d.capacityText);
        } else if (unit < 0) {
            d.capacityError = Tr::tr("ovf:capacityAllocationUnits \"%1\" is not a unit of the form "
                                     "\"byte * 2^30\"")
                                  .arg(d.unitsText);
        } else if (capacity > 0 && unit > std::numeric_limits<qint64>::max() / capacity) {
            d.capacityError =
                Tr::tr("ovf:capacity %1 × %2 overflows").arg(d.capacityText, d.unitsText);
        } else {
            d.capacityBytes = capacity * unit;
        }
    }
    return section;
}

} // namespace clu
