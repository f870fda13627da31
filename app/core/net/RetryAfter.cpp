#include "RetryAfter.h"

#include <QLocale>
#include <QTimeZone>

namespace clu {

std::optional<std::chrono::milliseconds> parseRetryAfter(const QByteArray &value,
                                                         const QDateTime &nowUtc)
{
    const QString text = QString::fromLatin1(value).simplified();
    if (text.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qlonglong seconds = text.toLongLong(&ok);
    if (ok)
        return seconds >= 0 ? std::optional(std::chrono::milliseconds(seconds * 1000))
                            : std::nullopt;

    // Day and month names are English whatever the user's locale: parse with the C locale.
    const QLocale c = QLocale::c();
    // The weekday is redundant and is dropped first: Qt would check it against the date, and
    // RFC 850's two-digit year makes that check fail before the century is fixed below.
    const QString dated = text.section(QLatin1Char(' '), 1);
    static const char *const formats[] = {
        "dd MMM yyyy HH:mm:ss 'GMT'", // IMF-fixdate ("Wed, 21 Oct 2026 …"), what servers send
        "dd-MMM-yy HH:mm:ss 'GMT'", // RFC 850 ("Wednesday, 21-Oct-26 …")
        "MMM d HH:mm:ss yyyy", // asctime ("Wed Oct 21 …"; simplified() folds its double space)
    };
    for (const char *f : formats) {
        QDateTime when = c.toDateTime(dated, QString::fromLatin1(f));
        if (!when.isValid())
            continue;
        // RFC 850's two-digit year: Qt reads "26" as 1926; RFC 9110 says pick the year that is
        // not more than 50 years in the future, which for any sane server means this century.
        if (when.date().year() < 1970)
            when = when.addYears(100);
        when.setTimeZone(QTimeZone::utc());
        const qint64 ms = nowUtc.msecsTo(when);
        return std::chrono::milliseconds(std::max<qint64>(ms, 0));
    }
    return std::nullopt;
}

} // namespace clu
