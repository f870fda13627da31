#pragma once

#include "model/Enums.h"

#include <QHash>
#include <QList>
#include <QString>

namespace clu {

// A `.mf` manifest: lines `SHA256(name)= hex` (also SHA1, SHA512; spaces around `=`
// tolerated, §10.1).
struct OvfManifest
{
    struct Entry
    {
        ChecksumAlgorithm algorithm = ChecksumAlgorithm::Sha256;
        QString file;
        QString digest; // lowercase hex
    };
    QList<Entry> entries;
    QString error; // translated; set on an unparsable line

    bool ok() const { return error.isEmpty(); }
    const Entry *find(const QString &file) const;

    static OvfManifest parse(const QByteArray &text, const QString &label);
};

} // namespace clu
