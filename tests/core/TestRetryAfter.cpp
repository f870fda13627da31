// Retry-After in both forms RFC 9110 allows, as RestClient uses it to pace its retries.
#include "net/RetryAfter.h"

#include <QtTest>

using clu::parseRetryAfter;
using std::chrono::milliseconds;

class TestRetryAfter : public QObject
{
    Q_OBJECT
    const QDateTime m_now = QDateTime(QDate(2026, 10, 21), QTime(7, 28, 0), Qt::UTC);

private slots:
    void delaySeconds()
    {
        QCOMPARE(parseRetryAfter("120", m_now), std::optional(milliseconds(120000)));
        QCOMPARE(parseRetryAfter(" 0 ", m_now), std::optional(milliseconds(0)));
        QCOMPARE(parseRetryAfter("-5", m_now), std::nullopt);
    }

    void httpDates()
    {
        // IMF-fixdate, 90 s ahead.
        QCOMPARE(parseRetryAfter("Wed, 21 Oct 2026 07:29:30 GMT", m_now),
                 std::optional(milliseconds(90000)));
        // The obsolete forms a recipient must still accept.
        QCOMPARE(parseRetryAfter("Wednesday, 21-Oct-26 07:28:10 GMT", m_now),
                 std::optional(milliseconds(10000)));
        QCOMPARE(parseRetryAfter("Wed Oct 21 07:28:05 2026", m_now),
                 std::optional(milliseconds(5000)));
        // A moment already past means: retry now.
        QCOMPARE(parseRetryAfter("Wed, 21 Oct 2026 07:00:00 GMT", m_now),
                 std::optional(milliseconds(0)));
    }

    void datesDoNotDependOnTheUserLocale()
    {
        QLocale::setDefault(QLocale(QLocale::German));
        QCOMPARE(parseRetryAfter("Wed, 21 Oct 2026 07:28:01 GMT", m_now),
                 std::optional(milliseconds(1000)));
        QLocale::setDefault(QLocale::c());
    }

    void garbageFallsBackToTheCallersBackoff()
    {
        QCOMPARE(parseRetryAfter("", m_now), std::nullopt);
        QCOMPARE(parseRetryAfter("soon", m_now), std::nullopt);
        QCOMPARE(parseRetryAfter("Wed, 32 Oct 2026 07:28:00 GMT", m_now), std::nullopt);
    }
};

QTEST_GUILESS_MAIN(TestRetryAfter)
#include "TestRetryAfter.moc"
