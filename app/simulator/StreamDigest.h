#pragma once

#include <QByteArray>
#include <QString>

#include <memory>

namespace clu::sim {

// A running digest over OpenSSL's EVP interface, by the algorithm names of the API's
// ChecksumInfo ("SHA1", "SHA256", "SHA512", "MD5"; anything else means SHA1, the server's own
// default). Why not QCryptographicHash: Qt 6.4 hashes with portable C code (≈250 MiB/s for
// SHA-256), which made the simulator's PUT handler, which hashes every byte it stores, the
// bottleneck of every upload on loopback (72 % of its CPU in a 1 GiB PUT, measured with perf);
// EVP uses the CPU's SHA extensions. The simulator keeps its own small class instead of the
// client's Digest so that the two ends of every test stay independent implementations.
class StreamDigest
{
public:
    explicit StreamDigest(const QString &algorithmName);
    ~StreamDigest();
    StreamDigest(const StreamDigest &) = delete;
    StreamDigest &operator=(const StreamDigest &) = delete;

    // False when OpenSSL refused the algorithm (e.g. MD5 under a FIPS-only policy): the
    // caller then answers that it cannot verify, instead of comparing against nothing.
    bool isValid() const { return m_ok; }

    void addData(const char *data, qint64 size);
    // Lower-case hex of everything added; the digest is finished by the first call.
    QByteArray hexResult();

    static QByteArray hexOf(const QByteArray &data, const QString &algorithmName);

private:
    struct Ctx;
    std::unique_ptr<Ctx> m_ctx;
    QByteArray m_hex;
    bool m_ok = false;
    bool m_finished = false;
};

} // namespace clu::sim
