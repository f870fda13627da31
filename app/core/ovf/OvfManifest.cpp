#include "OvfManifest.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace clu {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OvfManifest)
};
} // namespace

const OvfManifest::Entry *OvfManifest::find(const QString &file) const
{
    for (const Entry &e : entries) {
        if (e.file == file)
            return &e;
    }
    return nullptr;
}

OvfManifest OvfManifest::parse(const QByteArray &text, const QString &label)
{
    // Not static: parse() runs in worker threads too, and a shared instance is not documented
    // as safe to match from several threads at once.
    const QRegularExpression line(
        QStringLiteral("^\\s*(SHA1|SHA256|SHA512|MD5)\\s*\\((.+)\\)\\s*=\\s*([0-9a-fA-F]+)\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    OvfManifest m;
    const QStringList lines = QString::fromUtf8(text).split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        const QString l = lines.at(i).trimmed();
        if (l.isEmpty())
            continue;
        const QRegularExpressionMatch match = line.match(l);
        if (!match.hasMatch()) {
            m.entries.clear();
            m.error = Tr::tr("%1 line %2 is not a manifest entry of the form "
                             "\"SHA256(file)= digest\": %3")
                          .arg(label)
                          .arg(i + 1)
                          .arg(l.left(80));
            return m;
        }
        Entry e;
        const QString alg = match.captured(1).toUpper();
        e.algorithm = alg == QLatin1String("SHA1") ? ChecksumAlgorithm::Sha1
            : alg == QLatin1String("SHA512")       ? ChecksumAlgorithm::Sha512
            : alg == QLatin1String("MD5")          ? ChecksumAlgorithm::Md5
                                                   : ChecksumAlgorithm::Sha256;
        e.file = match.captured(2).trimmed();
        e.digest = match.captured(3).toLower();
        m.entries.append(e);
    }
    return m;
}

} // namespace clu
