#pragma once

#include "CertificateAnalyzer.h"
#include "Manifest.h"
#include "SignatureFile.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace clu::sim::ovf {

// The simulator's check of a signed OVF package (§10.3, §14 item 10).
//
// Call verifySignature() once the descriptor has arrived and the session holds a .mf and a
// .cert: a good signature gives the CertificateAnalysis for preview_info (certificate_info,
// cert_chain, warnings). A bad signature is NOT a warning: it is an error (nullopt + *error)
// the server turns into a file/session ERROR. Then call verifyDigests() with the files received
// so far (or Manifest::verifyFile per file as each upload ends): a mismatch is an error too.
class PackageVerifier
{
    Q_DECLARE_TR_FUNCTIONS(PackageVerifier)
public:
    // manifestBytes: the exact bytes of the .mf as received; manifestName: its file name in the
    // session (must equal the name in the .cert's signature line). The RSA (or EC) signature is
    // checked with the leaf certificate's public key over those bytes, digest per the .cert
    // line (SHA1/SHA256/SHA512), then the leaf is analysed (see CertificateAnalyzer).
    static std::optional<CertificateAnalysis> verifySignature(const QByteArray &manifestBytes,
                                                              const QString &manifestName,
                                                              const SignatureFile &signature,
                                                              const QList<QByteArray> &trustedPems,
                                                              const QDateTime &now, QString *error);

    // Same, parsing the .cert bytes first (parse errors come back through *error).
    static std::optional<CertificateAnalysis> verifySignature(const QByteArray &manifestBytes,
                                                              const QString &manifestName,
                                                              const QByteArray &certFileBytes,
                                                              const QList<QByteArray> &trustedPems,
                                                              const QDateTime &now, QString *error);

    // Every received file (name -> path) against the manifest; see Manifest::verifyFiles.
    static QList<DigestProblem> verifyDigests(const Manifest &manifest,
                                              const QMap<QString, QString> &files,
                                              bool signedPackage = true);
};

} // namespace clu::sim::ovf
