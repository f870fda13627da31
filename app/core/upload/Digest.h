#pragma once

#include "model/Enums.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace clu {

// One running message digest through OpenSSL's EVP interface. EVP picks the CPU's SHA
// extensions (SHA-NI) or AVX2 code paths at run time, so SHA-256 runs at well over 1 GiB/s
// where the CPU has them; QCryptographicHash uses portable C code (≈250 MiB/s). The result is
// the same bytes: sha256sum/openssl dgst are the references the tests compare against.
class Digest
{
public:
    explicit Digest(ChecksumAlgorithm algorithm);
    ~Digest();
    Digest(const Digest &) = delete;
    Digest &operator=(const Digest &) = delete;

    // False when OpenSSL refused the algorithm (e.g. MD5 in a FIPS-only configuration);
    // errorString() then says which one and why.
    bool isValid() const { return m_ok; }
    QString errorString() const { return m_error; }

    void addData(const char *data, qint64 size);
    // The digest of everything added (empty when !isValid()); call it once.
    QByteArray result();
    QString hexResult() { return QString::fromLatin1(result().toHex()); }

    // Digest of `data` in one go (tests, small metadata).
    static QByteArray hash(const QByteArray &data, ChecksumAlgorithm algorithm);

private:
    struct Ctx;
    std::unique_ptr<Ctx> m_ctx;
    bool m_ok = false;
    bool m_finalised = false;
    QString m_error;
};

} // namespace clu
