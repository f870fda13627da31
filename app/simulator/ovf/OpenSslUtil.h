#pragma once

// Internal to clu::sim::ovf: RAII owners for OpenSSL objects and PEM helpers.

#include <QByteArray>
#include <QList>
#include <QString>

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/x509.h>

#include <memory>

namespace clu::sim::ovf::ssl {

struct BioFree
{
    void operator()(BIO *p) const { BIO_free(p); }
};
struct X509Free
{
    void operator()(X509 *p) const { X509_free(p); }
};
struct PkeyFree
{
    void operator()(EVP_PKEY *p) const { EVP_PKEY_free(p); }
};
struct MdCtxFree
{
    void operator()(EVP_MD_CTX *p) const { EVP_MD_CTX_free(p); }
};
struct StoreFree
{
    void operator()(X509_STORE *p) const { X509_STORE_free(p); }
};
struct StoreCtxFree
{
    void operator()(X509_STORE_CTX *p) const { X509_STORE_CTX_free(p); }
};
struct StackX509Free
{
    void operator()(STACK_OF(X509) * p) const { sk_X509_free(p); }
};

using BioPtr = std::unique_ptr<BIO, BioFree>;
using X509Ptr = std::unique_ptr<X509, X509Free>;
using PkeyPtr = std::unique_ptr<EVP_PKEY, PkeyFree>;
using MdCtxPtr = std::unique_ptr<EVP_MD_CTX, MdCtxFree>;
using StorePtr = std::unique_ptr<X509_STORE, StoreFree>;
using StoreCtxPtr = std::unique_ptr<X509_STORE_CTX, StoreCtxFree>;
using StackX509Ptr = std::unique_ptr<STACK_OF(X509), StackX509Free>;

// Drains OpenSSL's thread-local error queue into one line ("" when empty). Always call it after
// a failure so a stale error does not surface in a later, unrelated message.
QString takeErrors();

// One "-----BEGIN <label>-----" .. "-----END <label>-----" block of a PEM text.
struct PemBlock
{
    QByteArray label; // "CERTIFICATE", "PRIVATE KEY", ...
    QByteArray text; // the block including its BEGIN/END lines, LF line ends, trailing newline
    int line = 0; // 1-based line of the BEGIN line in the input
};
// Every PEM block of `text` in order. A BEGIN without its END sets *error (naming the line).
QList<PemBlock> splitPem(const QByteArray &text, int firstLine, QString *error);

// The first certificate of PEM text (nullptr + *error when none decodes).
X509Ptr readCertificate(const QByteArray &pem, QString *error);
// The certificate as normalised PEM (LF line ends, trailing newline).
QByteArray toPem(X509 *cert);
// "/C=US/O=VMware, Inc./CN=..." in certificate order, values as UTF-8.
QString slashDn(const X509_NAME *name);
// nullptr for anything but "SHA1", "SHA256", "SHA512" (case-insensitive).
const EVP_MD *digestByName(const QString &name);

} // namespace clu::sim::ovf::ssl
