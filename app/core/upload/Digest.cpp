#include "Digest.h"

#include <QCoreApplication>

#include <openssl/err.h>
#include <openssl/evp.h>

namespace clu {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Digest)
};

const EVP_MD *mdFor(ChecksumAlgorithm algorithm)
{
    switch (algorithm) {
    case ChecksumAlgorithm::Sha1:
        return EVP_sha1();
    case ChecksumAlgorithm::Md5:
        return EVP_md5();
    case ChecksumAlgorithm::Sha512:
        return EVP_sha512();
    case ChecksumAlgorithm::Sha256:
    case ChecksumAlgorithm::Unknown:
        break;
    }
    return EVP_sha256();
}

QString opensslError()
{
    char buf[256] = {};
    const unsigned long code = ERR_get_error();
    ERR_clear_error();
    if (code == 0)
        return Tr::tr("no reason given");
    ERR_error_string_n(code, buf, sizeof buf);
    return QString::fromLatin1(buf);
}
} // namespace

struct Digest::Ctx
{
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    ~Ctx() { EVP_MD_CTX_free(ctx); }
};

Digest::Digest(ChecksumAlgorithm algorithm)
    : m_ctx(std::make_unique<Ctx>())
{
    if (!m_ctx->ctx || EVP_DigestInit_ex(m_ctx->ctx, mdFor(algorithm), nullptr) != 1) {
        m_error = Tr::tr("OpenSSL cannot compute %1 here: %2")
                      .arg(OpenEnum<ChecksumAlgorithm>::nameOf(algorithm), opensslError());
        return;
    }
    m_ok = true;
}

Digest::~Digest() = default;

void Digest::addData(const char *data, qint64 size)
{
    if (!m_ok || m_finalised || size <= 0)
        return;
    if (EVP_DigestUpdate(m_ctx->ctx, data, size_t(size)) != 1) {
        m_ok = false;
        m_error = Tr::tr("OpenSSL failed while hashing: %1").arg(opensslError());
    }
}

QByteArray Digest::result()
{
    if (!m_ok || m_finalised)
        return {};
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    if (EVP_DigestFinal_ex(m_ctx->ctx, md, &len) != 1) {
        m_ok = false;
        m_error = Tr::tr("OpenSSL failed while hashing: %1").arg(opensslError());
        return {};
    }
    m_finalised = true;
    return QByteArray(reinterpret_cast<const char *>(md), int(len));
}

QByteArray Digest::hash(const QByteArray &data, ChecksumAlgorithm algorithm)
{
    Digest d(algorithm);
    d.addData(data.constData(), data.size());
    return d.result();
}

} // namespace clu
