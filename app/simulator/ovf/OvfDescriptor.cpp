#include "OvfDescriptor.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>

namespace clu::sim::ovf {

namespace {
const QLatin1String ovf1Namespace("http://schemas.dmtf.org/ovf/envelope/1");
const QLatin1String ovf2Namespace("http://schemas.dmtf.org/ovf/envelope/2");

// Descriptors are small; a multi-MB "descriptor" is a mistake or an attack, not an OVF.
constexpr qint64 maxDescriptorBytes = 16 * 1024 * 1024;

// ovf:href etc. live in the envelope namespace; hand-written descriptors sometimes leave the
// attribute unqualified. Qualified wins.
QString attribute(const QXmlStreamAttributes &attrs, const QString &ns, QLatin1String name,
                  bool *present)
{
    if (attrs.hasAttribute(ns, name)) {
        *present = true;
        return attrs.value(ns, name).toString();
    }
    for (const QXmlStreamAttribute &a : attrs) {
        if (a.namespaceUri().isEmpty() && a.name() == name) {
            *present = true;
            return a.value().toString();
        }
    }
    *present = false;
    return {};
}
} // namespace

QString OvfDescriptor::checkFileName(const QString &name)
{
    if (name.isEmpty())
        return tr("the file name is empty");
    // A URL before the separator check: "http://host/disk.vmdk" has slashes too, but the
    // useful answer is that it points at a server.
    const QRegularExpression scheme(QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]+:"));
    if (scheme.match(name).hasMatch())
        return tr("\"%1\" is a URL; package files must sit beside the descriptor").arg(name);
    if (name.contains(QLatin1Char('/')) || name.contains(QLatin1Char('\\')))
        return tr("\"%1\" contains a path separator; package files must sit beside the "
                  "descriptor")
            .arg(name);
    // Without separators, "." and ".." can only be the whole name.
    if (name == QLatin1String(".") || name == QLatin1String(".."))
        return tr("\"%1\" is a directory reference, not a file name").arg(name);
    if (name.contains(QLatin1Char(':')))
        return tr("\"%1\" looks like a drive path, not a file name").arg(name);
    for (const QChar c : name) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return tr("\"%1\" contains a control character").arg(name);
    }
    return {};
}

std::optional<OvfDescriptor> OvfDescriptor::parseFile(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read the OVF descriptor %1: %2").arg(path, f.errorString());
        return std::nullopt;
    }
    if (f.size() > maxDescriptorBytes) {
        *error = tr("The OVF descriptor %1 is %2 bytes; more than %3 bytes is not a descriptor")
                     .arg(path)
                     .arg(f.size())
                     .arg(maxDescriptorBytes);
        return std::nullopt;
    }
    return parse(f.readAll(), error);
}

std::optional<OvfDescriptor> OvfDescriptor::parse(const QByteArray &xml, QString *error)
{
    if (xml.trimmed().isEmpty()) {
        *error = tr("The OVF descriptor is empty: no root element");
        return std::nullopt;
    }
    OvfDescriptor d;
    QXmlStreamReader reader(xml);
    QString ns; // the envelope namespace once the root is seen
    int depth = 0;
    int referencesDepth = 0; // depth of the open <References>, 0 = not inside
    QSet<QString> seen;

    auto fail = [&](const QString &why) {
        *error =
            tr("The OVF descriptor is invalid at line %1: %2").arg(reader.lineNumber()).arg(why);
        return std::nullopt;
    };

    while (!reader.atEnd()) {
        const QXmlStreamReader::TokenType token = reader.readNext();
        if (token == QXmlStreamReader::DTD)
            return fail(tr("document type declarations (DTD) are not accepted in descriptors"));
        if (token == QXmlStreamReader::EndElement) {
            if (depth == referencesDepth)
                referencesDepth = 0;
            --depth;
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        ++depth;
        if (depth == 1) {
            const QString rootNs = reader.namespaceUri().toString();
            if (reader.name() != QLatin1String("Envelope")
                || (rootNs != ovf1Namespace && rootNs != ovf2Namespace)) {
                return fail(
                    tr("the root element is {%1}%2, not an OVF Envelope in the namespace "
                       "%3 or %4")
                        .arg(rootNs, reader.name().toString(), ovf1Namespace, ovf2Namespace));
            }
            ns = rootNs;
            d.m_majorVersion = rootNs == ovf2Namespace ? 2 : 1;
            continue;
        }
        if (depth == 2 && reader.name() == QLatin1String("References")
            && reader.namespaceUri() == ns) {
            referencesDepth = depth;
            continue;
        }
        if (referencesDepth == 0 || depth != referencesDepth + 1
            || reader.name() != QLatin1String("File") || reader.namespaceUri() != ns)
            continue;

        const QXmlStreamAttributes attrs = reader.attributes();
        OvfFileReference ref;
        bool present = false;
        ref.href = attribute(attrs, ns, QLatin1String("href"), &present);
        if (!present)
            return fail(tr("a References/File element has no ovf:href"));
        const QString nameProblem = checkFileName(ref.href);
        if (!nameProblem.isEmpty())
            return fail(tr("References/File ovf:href: %1").arg(nameProblem));
        if (seen.contains(ref.href))
            return fail(tr("the file \"%1\" is referenced twice").arg(ref.href));
        seen.insert(ref.href);
        ref.id = attribute(attrs, ns, QLatin1String("id"), &present);
        const QString size = attribute(attrs, ns, QLatin1String("size"), &present);
        if (present) {
            bool ok = false;
            ref.size = size.trimmed().toLongLong(&ok);
            if (!ok || ref.size < 0)
                return fail(tr("ovf:size \"%1\" of \"%2\" is not a non-negative integer")
                                .arg(size, ref.href));
        }
        const QString chunk = attribute(attrs, ns, QLatin1String("chunkSize"), &present);
        if (present) {
            bool ok = false;
            ref.chunkSize = chunk.trimmed().toLongLong(&ok);
            if (!ok || ref.chunkSize <= 0)
                return fail(tr("ovf:chunkSize \"%1\" of \"%2\" is not a positive integer")
                                .arg(chunk, ref.href));
            // Chunks are meant to fit file systems (GBs); a million 1-byte chunks is an attack.
            if (ref.size >= 0 && (ref.size + ref.chunkSize - 1) / ref.chunkSize > 100000)
                return fail(tr("\"%1\" would be split into more than 100000 chunks of %2 bytes")
                                .arg(ref.href)
                                .arg(ref.chunkSize));
        }
        d.m_references.append(ref);
    }
    if (reader.hasError()) {
        *error = tr("The OVF descriptor is not well-formed XML (line %1, column %2): %3")
                     .arg(reader.lineNumber())
                     .arg(reader.columnNumber())
                     .arg(reader.errorString());
        return std::nullopt;
    }
    if (ns.isEmpty()) {
        *error = tr("The OVF descriptor is empty: no root element");
        return std::nullopt;
    }
    return d;
}

QString OvfFileReference::chunkName(const QString &href, int index)
{
    return href + QStringLiteral(".%1").arg(index, 9, 10, QLatin1Char('0'));
}

QStringList OvfFileReference::chunkNames() const
{
    const qint64 n = size > 0 ? (size + chunkSize - 1) / chunkSize : 1;
    QStringList names;
    for (qint64 i = 0; i < n; ++i)
        names << chunkName(href, int(i));
    return names;
}

QStringList OvfDescriptor::expectedFileNames() const
{
    QStringList names;
    for (const OvfFileReference &r : m_references)
        names += r.isChunked() ? r.chunkNames() : QStringList { r.href };
    return names;
}

const OvfFileReference *OvfDescriptor::chunkOwner(const QString &fileName, int *index) const
{
    const QRegularExpression suffix(QStringLiteral("^(.+)\\.([0-9]{9})$"));
    const QRegularExpressionMatch m = suffix.match(fileName);
    if (!m.hasMatch())
        return nullptr;
    for (const OvfFileReference &r : m_references) {
        if (r.isChunked() && r.href == m.captured(1)) {
            *index = m.captured(2).toInt();
            return &r;
        }
    }
    return nullptr;
}

QStringList OvfDescriptor::referencedFileNames() const
{
    QStringList names;
    for (const OvfFileReference &r : m_references)
        names << r.href;
    return names;
}

} // namespace clu::sim::ovf
