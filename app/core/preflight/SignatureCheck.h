#pragma once

#include "PreflightReport.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace clu {

// The package signature (.cert, §10.1): the line `SHA256(name.mf)= <hex signature>` and the
// signer's PEM certificate. Checked locally with OpenSSL: the signature must verify over the
// manifest's bytes with the certificate's key (vCenter refuses the package otherwise), and the
// certificate's dates and self-signedness are reported as the warnings vCenter will raise.
// The simulator has its own verifier on purpose (it is the independent peer the client is
// tested against), so this is not shared with app/simulator.
class SignatureCheck
{
public:
    static PreflightReport check(const QByteArray &certFile, const QString &certName,
                                 const QByteArray &manifest, const QString &manifestName,
                                 const QDateTime &now);
};

} // namespace clu
