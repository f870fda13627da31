#pragma once

#include "PreflightReport.h"

#include <QByteArray>
#include <QString>

namespace clu {

// The manifest as vCenter's OVF importer reads it, stricter than OvfManifest::parse (which
// accepts what it can so an upload can verify digests): `SHA1|SHA256|SHA512(file)= hex`, the
// digest as long as its algorithm's, each file once. OpenSSL 3's `SHA2-256(...)`, a lowercase
// `sha256(...)` and MD5 are refused; spacing other than ovftool's `)= ` is only a warning, as
// vCenter imports VirtualBox's `SHA1 (file) = hex`.
class ManifestLint
{
public:
    static PreflightReport check(const QByteArray &text, const QString &manifestName);
};

} // namespace clu
