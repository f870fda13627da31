#include "PackageVerifier.h"

#include "OpenSslUtil.h"
#include "OvfLogging.h"

namespace clu::sim::ovf {

std::optional<CertificateAnalysis> PackageVerifier::verifySignature(
    const QByteArray &manifestBytes, const QString &manifestName, const SignatureFile &signature,
    const QList<QByteArray> &trustedPems, const QDateTime &now, QString *error)
{
    if (signature.manifestName() != manifestName) {
        *error = tr("The signature file signs \"%1\", but the package's manifest is \"%2\"")
                     .arg(signature.manifestName(), manifestName);
        return std::nullopt;
    }
    QString why;
    ssl::X509Ptr leaf = ssl::readCertificate(signature.certificatePems().value(0), &why);
    if (!leaf) {
        *error = tr("The signer's certificate: %1").arg(why);
        return std::nullopt;
    }
    EVP_PKEY *key = X509_get0_pubkey(leaf.get());
    const EVP_MD *md = ssl::digestByName(digestAlgorithmName(signature.algorithm()));
    ssl::MdCtxPtr ctx(EVP_MD_CTX_new());
    if (!key || !md || !ctx || EVP_DigestVerifyInit(ctx.get(), nullptr, md, nullptr, key) != 1) {
        *error = tr("The signer's public key cannot be used to check the signature: %1")
                     .arg(ssl::takeErrors());
        return std::nullopt;
    }
    const int rc = EVP_DigestVerify(
        ctx.get(), reinterpret_cast<const unsigned char *>(signature.signature().constData()),
        static_cast<size_t>(signature.signature().size()),
        reinterpret_cast<const unsigned char *>(manifestBytes.constData()),
        static_cast<size_t>(manifestBytes.size()));
    const QString sslErrors = ssl::takeErrors();
    if (rc != 1) {
        qCInfo(lcSimOvf) << "signature check of" << manifestName << "failed:" << sslErrors;
        *error = tr("The %1 signature of the manifest \"%2\" does not verify with the public "
                    "key of the signer %3: the manifest or the signature was altered, or the "
                    "first certificate of the .cert is not the signer's")
                     .arg(digestAlgorithmName(signature.algorithm()), manifestName,
                          ssl::slashDn(X509_get_subject_name(leaf.get())));
        return std::nullopt;
    }
    return CertificateAnalyzer::analyse(signature.certificatePems(), trustedPems, now, error);
}

std::optional<CertificateAnalysis> PackageVerifier::verifySignature(
    const QByteArray &manifestBytes, const QString &manifestName, const QByteArray &certFileBytes,
    const QList<QByteArray> &trustedPems, const QDateTime &now, QString *error)
{
    const std::optional<SignatureFile> sf = SignatureFile::parse(certFileBytes, error);
    if (!sf)
        return std::nullopt;
    return verifySignature(manifestBytes, manifestName, *sf, trustedPems, now, error);
}

QList<DigestProblem> PackageVerifier::verifyDigests(const Manifest &manifest,
                                                    const QMap<QString, QString> &files,
                                                    bool signedPackage)
{
    return manifest.verifyFiles(files, signedPackage);
}

} // namespace clu::sim::ovf
