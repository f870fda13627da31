#pragma once

#include "model/ApiError.h"
#include "model/SessionFile.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

namespace clu {

// Whether a session that went to ERROR refused a file's *content* (its bytes did not match the
// checksum_info we declared), judged from what the server reports in structured fields. vCenter
// fails a checksum mismatch "the same way" as a broken transfer (API reference §8.4: file and
// session ERROR, an "IO error … Pipe closed"-style message), so the words are no evidence.
// In order of strength:
//  1. ChecksumDiffers   the file's checksum_info (what the server computed, §5.8) has our
//                       algorithm and another value;
//  2. WholeFileRefused  status ERROR with bytes_transferred equal to the size we declared: every
//                       byte arrived and the size matched, so the checksum is what failed;
//  3. MessageId         an error_message / message id names a checksum (ids are stable, not
//                       translated);
//  4. MessageText       last resort, for a server that gives nothing structured: the text says
//                       "checksum".
// A file we declared no checksum for (PULL sources) is never judged.
class ContentRejection
{
    Q_DECLARE_TR_FUNCTIONS(ContentRejection)

public:
    enum class Evidence { None, ChecksumDiffers, WholeFileRefused, MessageId, MessageText };

    struct Declared
    {
        qint64 size = -1;
        ChecksumAlgorithm algorithm = ChecksumAlgorithm::Sha256;
        QString checksum; // lowercase hex
    };

    // `files`: the session's files as GET …/file lists them (empty when that failed);
    // `declared`: per file name, what our add said; `error`: what ended the session.
    static ContentRejection judge(const QList<SessionFile> &files,
                                  const QHash<QString, Declared> &declared, const ApiError &error);

    Evidence evidence() const { return m_evidence; }
    bool isChecksumMismatch() const { return m_evidence != Evidence::None; }
    QString fileName() const { return m_file; } // empty when only the error message told
    // Translated: which file, and what showed it.
    QString description() const { return m_description; }

private:
    Evidence m_evidence = Evidence::None;
    QString m_file;
    QString m_description;
};

} // namespace clu
