#pragma once

#include <QList>
#include <QString>

namespace clu {

// The part of an OVF descriptor the uploader needs: every References/File (§10.1).
struct OvfReference
{
    QString id; // ovf:id
    QString href; // ovf:href, a bare file name beside the descriptor
    qint64 declaredSize = -1; // ovf:size; informational only, never used as upload size (§10.2)
    // ovf:chunkSize (DSP0243 §7.1): the producer split the file into chunks named
    // `href.000000000`, `href.000000001`, ... of this many bytes each (the last may be
    // shorter); the package holds the chunks, not `href`. -1 = not chunked.
    qint64 chunkSize = -1;

    bool isChunked() const { return chunkSize > 0; }
    // `href.000000042`: nine digits, zero-padded, from 0 (as ovftool --chunkSize writes them).
    static QString chunkName(const QString &href, int index);
};

struct OvfDescriptor
{
    QList<OvfReference> references;
    QString error; // translated; set when the XML is malformed or an href is refused

    bool ok() const { return error.isEmpty(); }

    // Parses descriptor XML. `label` names the descriptor in error messages.
    static OvfDescriptor parse(const QByteArray &xml, const QString &label);
    // Empty when `href` may be used as a file name next to the descriptor; otherwise why not.
    // Path separators, "..", absolute paths and URLs are refused: a package must not make us
    // read files outside its folder.
    static QString checkHref(const QString &href);
};

} // namespace clu
