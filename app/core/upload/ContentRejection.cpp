#include "ContentRejection.h"

namespace clu {

namespace {

bool namesChecksum(const QString &s)
{
    return s.contains(QLatin1String("checksum"), Qt::CaseInsensitive);
}

} // namespace

ContentRejection ContentRejection::judge(const QList<SessionFile> &files,
                                         const QHash<QString, Declared> &declared,
                                         const ApiError &error)
{
    ContentRejection r;
    // Structured evidence first, strongest kind over all files.
    for (const SessionFile &f : files) {
        const auto d = declared.constFind(f.name);
        if (d == declared.cend() || d->checksum.isEmpty())
            continue;
        if (f.checksumInfo && !f.checksumInfo->checksum.isEmpty()
            && (!f.checksumInfo->algorithm.isSet() || f.checksumInfo->algorithm == d->algorithm)
            && f.checksumInfo->checksum.compare(d->checksum, Qt::CaseInsensitive) != 0) {
            r.m_evidence = Evidence::ChecksumDiffers;
            r.m_file = f.name;
            r.m_description = tr("the server computed another checksum for %1 (%2) than the one "
                                 "sent (%3)")
                                  .arg(f.name, f.checksumInfo->checksum, d->checksum);
            return r;
        }
    }
    for (const SessionFile &f : files) {
        const auto d = declared.constFind(f.name);
        if (d == declared.cend() || d->checksum.isEmpty() || d->size < 0)
            continue;
        if (f.status == FileStatus::Error && f.bytesTransferred == d->size) {
            r.m_evidence = Evidence::WholeFileRefused;
            r.m_file = f.name;
            r.m_description = tr("the server received all %1 bytes of %2 and refused them, so "
                                 "their checksum did not match")
                                  .arg(d->size)
                                  .arg(f.name);
            return r;
        }
    }
    // Message ids: the files' error messages, then the error's message stack.
    QList<std::pair<QString, LocalizableMessage>> messages;
    for (const SessionFile &f : files)
        if (f.errorMessage && declared.value(f.name).checksum.size() > 0)
            messages.append({ f.name, *f.errorMessage });
    for (const LocalizableMessage &m : error.messages)
        messages.append({ QString(), m });
    for (const auto &[file, m] : messages) {
        if (namesChecksum(m.id)) {
            r.m_evidence = Evidence::MessageId;
            r.m_file = file;
            r.m_description = tr("the server reported %1").arg(m.id);
            return r;
        }
    }
    // Last resort (documented in the README): a server that gives no structured sign.
    for (const auto &[file, m] : messages) {
        if (namesChecksum(m.defaultMessage) || namesChecksum(m.localized)) {
            r.m_evidence = Evidence::MessageText;
            r.m_file = file;
            r.m_description = tr("the server's message speaks of a checksum: %1").arg(m.text());
            return r;
        }
    }
    if (messages.isEmpty() && namesChecksum(error.detail)) {
        r.m_evidence = Evidence::MessageText;
        r.m_description = tr("the server's message speaks of a checksum: %1").arg(error.detail);
    }
    return r;
}

} // namespace clu
