#include "StreamDigest.h"

#include <openssl/evp.h>

namespace clu::sim {

namespace {
const EVP_MD *mdFor(const QString &name)
{
    if (name == QLatin1String("SHA256"))
        return EVP_sha256();
    if (name == QLatin1String("SHA512"))
        return EVP_sha512();
    if (name == QLatin1String("MD5"))
        return EVP_md5();
    return EVP_sha1();
}
} // namespace

struct StreamDigest::Ctx
{
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    ~Ctx() { EVP_MD_CTX_free(ctx); }
};

StreamDigest::StreamDigest(const QString &algorithmName)
    : m_ctx(std::make_unique<Ctx>())
{
    m_ok = m_ctx->ctx && EVP_DigestInit_ex(m_ctx->ctx, mdFor(algorithmName), nullptr) == 1;
}

StreamDigest::~StreamDigest() = default;

void StreamDigest::addData(const char *data, qint64 size)
{
    if (m_ok && size > 0 && !m_finished)
        m_ok = EVP_DigestUpdate(m_ctx->ctx, data, size_t(size)) == 1;
}

QByteArray StreamDigest::hexResult()
{
    if (m_ok && !m_finished) {
        unsigned char md[EVP_MAX_MD_SIZE];
        unsigned int len = 0;
        if (EVP_DigestFinal_ex(m_ctx->ctx, md, &len) == 1)
            m_hex = QByteArray(reinterpret_cast<const char *>(md), int(len)).toHex();
        m_finished = true;
    }
    return m_hex;
}

QByteArray StreamDigest::hexOf(const QByteArray &data, const QString &algorithmName)
{
    StreamDigest d(algorithmName);
    d.addData(data.constData(), data.size());
    return d.hexResult();
}

} // namespace clu::sim
