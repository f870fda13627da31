#include "OvfDescriptor.h"

#include "XmlAttribute.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>

namespace clu {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OvfDescriptor)
};
} // namespace

QString OvfReference::chunkName(const QString &href, int index)
{
    return href + QStringLiteral(".%1").arg(index, 9, 10, QLatin1Char('0'));
}

QString OvfDescriptor::checkHref(const QString &href)
{
    if (href.trimmed().isEmpty())
        return Tr::tr("a References/File element has an empty ovf:href");
    // URLs first: "http://host/disk.vmdk" also contains separators, and the user must learn that
    // the package points at a server, not that a name has a slash in it.
    const QRegularExpression scheme(QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]+:"));
    if (scheme.match(href).hasMatch())
        return Tr::tr("the referenced file \"%1\" is a URL; this uploader sends only files that "
                      "are part of the package (download it and reference it by file name)")
            .arg(href);
    if (href.contains(QLatin1Char(':')))
        return Tr::tr("the referenced file \"%1\" looks like a drive path; only file names "
                      "beside the descriptor are supported")
            .arg(href);
    if (href.contains(QLatin1Char('/')) || href.contains(QLatin1Char('\\')))
        return Tr::tr("the referenced file \"%1\" contains a path separator; only file names "
                      "beside the descriptor are supported")
            .arg(href);
    if (href == QLatin1String("..") || href == QLatin1String("."))
        return Tr::tr("the referenced file \"%1\" is not a file name").arg(href);
    return {};
}

OvfDescriptor OvfDescriptor::parse(const QByteArray &xml, const QString &label)
{
    OvfDescriptor d;
    QXmlStreamReader reader(xml);
    int referencesDepth = -1;
    int depth = 0;
    QSet<QString> seen;
    bool sawEnvelope = false;
    while (!reader.atEnd()) {
        const QXmlStreamReader::TokenType t = reader.readNext();
        if (t == QXmlStreamReader::StartElement) {
            ++depth;
            if (depth == 1)
                sawEnvelope = reader.name() == QLatin1String("Envelope");
            if (reader.name() == QLatin1String("References") && referencesDepth < 0) {
                referencesDepth = depth;
            } else if (referencesDepth > 0 && depth == referencesDepth + 1
                       && reader.name() == QLatin1String("File")) {
                const QXmlStreamAttributes attrs = reader.attributes();
                OvfReference ref;
                ref.href = localAttribute(attrs, QLatin1String("href"));
                ref.id = localAttribute(attrs, QLatin1String("id"));
                const QString size = localAttribute(attrs, QLatin1String("size"));
                bool ok = false;
                const qint64 s = size.toLongLong(&ok);
                ref.declaredSize = ok ? s : -1;
                const QString chunk = localAttribute(attrs, QLatin1String("chunkSize"));
                if (!chunk.isEmpty()) {
                    const qint64 c = chunk.trimmed().toLongLong(&ok);
                    if (!ok || c <= 0) {
                        d.error = Tr::tr("%1: ovf:chunkSize \"%2\" of \"%3\" is not a positive "
                                         "number of bytes")
                                      .arg(label, chunk, ref.href);
                        return d;
                    }
                    ref.chunkSize = c;
                }
                const QString why = checkHref(ref.href);
                if (!why.isEmpty()) {
                    d.error = Tr::tr("%1: %2").arg(label, why);
                    return d;
                }
                if (!seen.contains(ref.href)) { // two File ids may share a file (chunks aside)
                    seen.insert(ref.href);
                    d.references.append(ref);
                }
            }
        } else if (t == QXmlStreamReader::EndElement) {
            if (depth == referencesDepth)
                referencesDepth = -2; // only the first References section counts
            --depth;
        }
    }
    if (reader.hasError()) {
        d.references.clear();
        d.error = Tr::tr("%1 is not a valid OVF descriptor: %2 (line %3)")
                      .arg(label, reader.errorString())
                      .arg(reader.lineNumber());
    } else if (!sawEnvelope) {
        d.error =
            Tr::tr("%1 is not an OVF descriptor: the root element is not Envelope").arg(label);
    }
    return d;
}

} // namespace clu
