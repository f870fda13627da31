#include "Manifest.h"

#include "StreamDigest.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>

namespace clu::sim::ovf {

namespace {
// A manifest lists a handful of files; anything bigger is not a manifest.
constexpr qint64 maxManifestBytes = 4 * 1024 * 1024;

bool isPackageMetadata(const QString &name)
{
    return name.endsWith(QLatin1String(".mf"), Qt::CaseInsensitive)
        || name.endsWith(QLatin1String(".cert"), Qt::CaseInsensitive);
}
} // namespace

QString digestAlgorithmName(DigestAlgorithm algorithm)
{
    switch (algorithm) {
    case DigestAlgorithm::Sha1:
        return QStringLiteral("SHA1");
    case DigestAlgorithm::Sha256:
        return QStringLiteral("SHA256");
    case DigestAlgorithm::Sha512:
        return QStringLiteral("SHA512");
    }
    return {};
}

std::optional<DigestAlgorithm> digestAlgorithmFromName(const QString &name)
{
    const QString n = name.trimmed().toUpper();
    if (n == QLatin1String("SHA1"))
        return DigestAlgorithm::Sha1;
    if (n == QLatin1String("SHA256"))
        return DigestAlgorithm::Sha256;
    if (n == QLatin1String("SHA512"))
        return DigestAlgorithm::Sha512;
    return std::nullopt;
}

int digestHexLength(DigestAlgorithm algorithm)
{
    switch (algorithm) {
    case DigestAlgorithm::Sha1:
        return 40;
    case DigestAlgorithm::Sha256:
        return 64;
    case DigestAlgorithm::Sha512:
        return 128;
    }
    return 0;
}

std::optional<Manifest> Manifest::parse(const QByteArray &text, QString *error)
{
    // ALG(name)= hex, spaces tolerated around "=" and at both ends (govmomi does the same), and
    // before "(" (the BSD `sha256 file` output style).
    // The name is greedy up to the last ")" before "=", so names with parentheses work.
    const QRegularExpression lineRe(
        QStringLiteral("^\\s*([A-Za-z0-9-]+)\\s*\\((.*)\\)\\s*=\\s*(\\S*)\\s*$"));
    Manifest m;
    QSet<QString> seen;
    // A UTF-8 byte order mark (Windows editors) is not part of the first line.
    const QByteArray body = text.startsWith("\xEF\xBB\xBF") ? text.mid(3) : text;
    const QList<QByteArray> lines = body.split('\n');
    for (int i = 0; i < lines.size(); ++i) {
        const int lineNo = i + 1;
        QByteArray raw = lines.at(i);
        if (raw.endsWith('\r'))
            raw.chop(1);
        const QString line = QString::fromUtf8(raw);
        if (line.trimmed().isEmpty())
            continue;
        const QRegularExpressionMatch match = lineRe.match(line);
        if (!match.hasMatch()) {
            *error = tr("Manifest line %1 is not of the form ALGORITHM(file name)= hex digest: "
                        "\"%2\"")
                         .arg(lineNo)
                         .arg(line.left(120));
            return std::nullopt;
        }
        const std::optional<DigestAlgorithm> alg = digestAlgorithmFromName(match.captured(1));
        if (!alg) {
            *error = tr("Manifest line %1 uses the digest algorithm \"%2\"; only SHA1, SHA256 and "
                        "SHA512 are supported")
                         .arg(lineNo)
                         .arg(match.captured(1));
            return std::nullopt;
        }
        ManifestEntry e;
        e.algorithm = *alg;
        e.fileName = match.captured(2);
        e.line = lineNo;
        const QString hex = match.captured(3);
        const QRegularExpression hexRe(QStringLiteral("^[0-9A-Fa-f]*$"));
        if (e.fileName.isEmpty()) {
            *error = tr("Manifest line %1 has an empty file name").arg(lineNo);
            return std::nullopt;
        }
        if (!hexRe.match(hex).hasMatch() || hex.size() != digestHexLength(*alg)) {
            *error = tr("Manifest line %1: the %2 digest of \"%3\" must be %4 hex digits, got "
                        "\"%5\"")
                         .arg(lineNo)
                         .arg(digestAlgorithmName(*alg), e.fileName)
                         .arg(digestHexLength(*alg))
                         .arg(hex.left(140));
            return std::nullopt;
        }
        if (seen.contains(e.fileName)) {
            *error = tr("Manifest line %1 lists \"%2\" a second time").arg(lineNo).arg(e.fileName);
            return std::nullopt;
        }
        seen.insert(e.fileName);
        e.digestHex = hex.toLower().toLatin1();
        m.m_entries.append(e);
    }
    return m;
}

std::optional<Manifest> Manifest::parseFile(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read the manifest %1: %2").arg(path, f.errorString());
        return std::nullopt;
    }
    if (f.size() > maxManifestBytes) {
        *error = tr("The manifest %1 is %2 bytes; more than %3 bytes is not a manifest")
                     .arg(path)
                     .arg(f.size())
                     .arg(maxManifestBytes);
        return std::nullopt;
    }
    return parse(f.readAll(), error);
}

const ManifestEntry *Manifest::entry(const QString &fileName) const
{
    for (const ManifestEntry &e : m_entries) {
        if (e.fileName == fileName)
            return &e;
    }
    return nullptr;
}

QByteArray Manifest::fileDigestHex(const QString &path, DigestAlgorithm algorithm, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read %1 to compute its %2 digest: %3")
                     .arg(path, digestAlgorithmName(algorithm), f.errorString());
        return {};
    }
    StreamDigest hash(digestAlgorithmName(algorithm));
    QByteArray block(1024 * 1024, Qt::Uninitialized);
    for (;;) {
        const qint64 n = f.read(block.data(), block.size());
        if (n < 0) {
            *error = tr("Reading %1 failed: %2").arg(path, f.errorString());
            return {};
        }
        if (n == 0)
            break;
        hash.addData(block.constData(), n);
    }
    return hash.hexResult();
}

QByteArray Manifest::digestHex(const QByteArray &data, DigestAlgorithm algorithm)
{
    return StreamDigest::hexOf(data, digestAlgorithmName(algorithm));
}

std::optional<DigestProblem> Manifest::verifyFile(const QString &fileName, const QString &path,
                                                  bool signedPackage) const
{
    if (isPackageMetadata(fileName))
        return std::nullopt; // the manifest cannot cover itself or the signature over it
    const ManifestEntry *e = entry(fileName);
    if (!e && (!signedPackage || fileName.endsWith(QLatin1String(".ovf"), Qt::CaseInsensitive)))
        return std::nullopt;
    if (!e)
        return DigestProblem { fileName,
                               tr("\"%1\" is not listed in the manifest of this signed package, "
                                  "so the signature does not cover its bytes")
                                   .arg(fileName) };
    QString readError;
    const QByteArray actual = fileDigestHex(path, e->algorithm, &readError);
    if (actual.isEmpty())
        return DigestProblem { fileName, readError };
    if (actual != e->digestHex)
        return DigestProblem { fileName,
                               tr("The %1 digest of \"%2\" is %3, but the manifest (line %4) "
                                  "says %5")
                                   .arg(digestAlgorithmName(e->algorithm), fileName,
                                        QString::fromLatin1(actual))
                                   .arg(e->line)
                                   .arg(QString::fromLatin1(e->digestHex)) };
    return std::nullopt;
}

QList<DigestProblem> Manifest::verifyFiles(const QMap<QString, QString> &files,
                                           bool signedPackage) const
{
    QList<DigestProblem> problems;
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        if (std::optional<DigestProblem> p = verifyFile(it.key(), it.value(), signedPackage))
            problems.append(*p);
    }
    return problems;
}

} // namespace clu::sim::ovf
