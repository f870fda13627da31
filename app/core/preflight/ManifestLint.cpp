#include "ManifestLint.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace clu {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ManifestLint)
};

int hexLength(const QString &algorithm)
{
    if (algorithm == QLatin1String("SHA1"))
        return 40;
    if (algorithm == QLatin1String("SHA256"))
        return 64;
    if (algorithm == QLatin1String("SHA512"))
        return 128;
    return -1;
}

QString algorithmAdvice(const QString &algorithm)
{
    const QString upper = algorithm.toUpper();
    if (upper == QLatin1String("SHA2-256") || upper == QLatin1String("SHA2-512")
        || upper == QLatin1String("SHA2-1"))
        return Tr::tr("\"%1\" is OpenSSL 3's spelling (openssl dgst); vCenter accepts only SHA1, "
                      "SHA256 and SHA512")
            .arg(algorithm);
    if (hexLength(upper) > 0)
        return Tr::tr("\"%1\" must be written in capitals (%2)").arg(algorithm, upper);
    return Tr::tr("\"%1\" is not an algorithm vCenter accepts (SHA1, SHA256, SHA512)")
        .arg(algorithm);
}
} // namespace

PreflightReport ManifestLint::check(const QByteArray &text, const QString &manifestName)
{
    PreflightReport r;
    const QString id = QStringLiteral("manifest");
    // Loose shape first, so a wrong algorithm gets its own reason instead of "not an entry".
    const QRegularExpression loose(
        QStringLiteral("^([A-Za-z0-9-]+)(\\s*)\\((.+)\\)(\\s*)=(\\s*)([^\\s]*)$"));
    const QStringList lines = QString::fromUtf8(text).split(QLatin1Char('\n'));
    QSet<QString> seen;
    QStringList oddSpacing;
    QStringList virtualBoxSpacing;
    int entries = 0;
    for (int i = 0; i < lines.size(); ++i) {
        QString l = lines.at(i);
        if (l.endsWith(QLatin1Char('\r')))
            l.chop(1);
        if (l.trimmed().isEmpty())
            continue;
        const QRegularExpressionMatch m = loose.match(l.trimmed());
        if (!m.hasMatch()) {
            r.fail(id, manifestName,
                   Tr::tr("line %1 is not of the form \"SHA256(file)= digest\": %2")
                       .arg(i + 1)
                       .arg(l.left(80)));
            return r;
        }
        const QString algorithm = m.captured(1);
        const QString file = m.captured(3).trimmed();
        const QString digest = m.captured(6);
        const int wanted = hexLength(algorithm);
        if (wanted < 0) {
            r.fail(id, manifestName,
                   Tr::tr("line %1 (%2): %3").arg(i + 1).arg(file, algorithmAdvice(algorithm)));
            return r;
        }
        static const QRegularExpression hex(QStringLiteral("^[0-9a-fA-F]+$"));
        if (digest.size() != wanted || !hex.match(digest).hasMatch()) {
            r.fail(id, manifestName,
                   Tr::tr("line %1 (%2): a %3 digest is %4 hex digits, this one is \"%5\"")
                       .arg(i + 1)
                       .arg(file, algorithm)
                       .arg(wanted)
                       .arg(digest.left(140)));
            return r;
        }
        if (seen.contains(file)) {
            r.fail(id, manifestName, Tr::tr("line %1 lists %2 a second time").arg(i + 1).arg(file));
            return r;
        }
        seen.insert(file);
        const bool ovftool = m.captured(2).isEmpty() && m.captured(4).isEmpty()
            && m.captured(5) == QLatin1String(" ");
        // IPRT's RTManifestWriteStandard: "SHA256 (file) = digest", which vCenter reads.
        const bool virtualBox = m.captured(2) == QLatin1String(" ")
            && m.captured(4) == QLatin1String(" ") && m.captured(5) == QLatin1String(" ");
        if (virtualBox)
            virtualBoxSpacing.append(QString::number(i + 1));
        else if (!ovftool)
            oddSpacing.append(QString::number(i + 1));
        ++entries;
    }
    if (entries == 0)
        r.fail(id, manifestName, Tr::tr("the manifest lists no files"));
    else if (!oddSpacing.isEmpty())
        r.warn(id, manifestName,
               Tr::tr("line(s) %1 are not spaced as ovftool writes them (\"SHA256(file)= "
                      "digest\") nor as VirtualBox writes them (\"SHA256 (file) = digest\"), "
                      "the two spellings vCenter is known to read")
                   .arg(oddSpacing.join(QStringLiteral(", "))));
    else if (!virtualBoxSpacing.isEmpty())
        r.pass(id, manifestName,
               Tr::tr("%n well-formed entries, spaced as VirtualBox writes them (\"SHA256 (file) "
                      "= digest\"), which vCenter reads",
                      nullptr, entries));
    else
        r.pass(id, manifestName, Tr::tr("%n well-formed entries", nullptr, entries));
    return r;
}

} // namespace clu
