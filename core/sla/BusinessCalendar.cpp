#include "sla/BusinessCalendar.h"

#include <algorithm>

namespace sal::core {

namespace {
// A calendar with a single working hour a year still finds its deadline; one with none stops here.
constexpr int kMaxSearchDays = 3660;

QDateTime localMinuteToUtc(const QDate &date, int minute, const QTimeZone &zone)
{
    // 24:00 is the next day's midnight; QTime cannot hold it.
    const QDate day = date.addDays(minute / 1440);
    const int m = minute % 1440;
    const QTime time(m / 60, m % 60);
    const QDateTime local(day, time, zone);
    if (local.isValid())
        return local.toUTC();
    // A wall time skipped by a spring-forward gap (Qt marks it invalid, and its toUTC() would read the
    // wall time as UTC): working time resumes when the clocks do, at the transition.
    return zone.nextTransition(QDateTime(day, time, QTimeZone::utc()).addDays(-1)).atUtc;
}
} // namespace

BusinessCalendar::BusinessCalendar(QString id, QTimeZone timeZone, Week week, QSet<QDate> holidays)
    : m_id(std::move(id))
    , m_timeZone(std::move(timeZone))
    , m_week(std::move(week))
    , m_holidays(std::move(holidays))
{
    for (auto &day : m_week)
        std::sort(day.begin(), day.end(), [](const auto &a, const auto &b) { return a.startMinute < b.startMinute; });
}

bool BusinessCalendar::isValid() const
{
    return m_timeZone.isValid()
        && std::any_of(m_week.cbegin(), m_week.cend(), [](const auto &day) { return !day.isEmpty(); });
}

QDate BusinessCalendar::localDate(const QDateTime &utc) const
{
    return utc.toTimeZone(m_timeZone).date();
}

QList<UtcSpan> BusinessCalendar::workingSpansOn(const QDate &localDate) const
{
    {
        const QMutexLocker lock(&m_spanCache->mutex);
        if (const auto it = m_spanCache->spans.constFind(localDate); it != m_spanCache->spans.cend())
            return *it;
    }
    QList<UtcSpan> spans = computeSpansOn(localDate);
    const QMutexLocker lock(&m_spanCache->mutex);
    m_spanCache->spans.insert(localDate, spans);
    return spans;
}

QList<UtcSpan> BusinessCalendar::computeSpansOn(const QDate &localDate) const
{
    QList<UtcSpan> spans;
    if (!localDate.isValid() || m_holidays.contains(localDate))
        return spans;
    for (const WorkingInterval &interval : m_week[std::size_t(localDate.dayOfWeek() - 1)]) {
        UtcSpan span { localMinuteToUtc(localDate, interval.startMinute, m_timeZone),
                       localMinuteToUtc(localDate, interval.endMinute, m_timeZone) };
        // An interval swallowed by a DST gap has no real duration: skip it.
        if (span.start < span.end)
            spans << span;
    }
    return spans;
}

QDateTime BusinessCalendar::addBusinessSeconds(const QDateTime &startUtc, qint64 seconds) const
{
    if (!isValid() || !startUtc.isValid())
        return {};
    const QDateTime start = startUtc.toUTC();
    qint64 remaining = std::max<qint64>(0, seconds);
    QDate date = localDate(start);
    for (int day = 0; day < kMaxSearchDays; ++day, date = date.addDays(1)) {
        for (const UtcSpan &span : workingSpansOn(date)) {
            if (span.end <= start)
                continue;
            const QDateTime from = std::max(span.start, start);
            const qint64 available = from.secsTo(span.end);
            // `<=` keeps a deadline that uses up a span exactly on that span's end.
            if (remaining <= available)
                return from.addSecs(remaining);
            remaining -= available;
        }
    }
    return {};
}

qint64 BusinessCalendar::businessSecondsBetween(const QDateTime &fromUtc, const QDateTime &toUtc) const
{
    if (!isValid() || !fromUtc.isValid() || !toUtc.isValid())
        return 0;
    if (toUtc < fromUtc)
        return -businessSecondsBetween(toUtc, fromUtc);
    const QDateTime from = fromUtc.toUTC();
    const QDateTime to = toUtc.toUTC();
    qint64 total = 0;
    const QDate last = localDate(to);
    for (QDate date = localDate(from); date <= last; date = date.addDays(1)) {
        for (const UtcSpan &span : workingSpansOn(date)) {
            const QDateTime a = std::max(span.start, from);
            const QDateTime b = std::min(span.end, to);
            if (a < b)
                total += a.secsTo(b);
        }
    }
    return total;
}

QDateTime BusinessCalendar::nextWorkingMoment(const QDateTime &utc) const
{
    if (!isValid() || !utc.isValid())
        return {};
    const QDateTime at = utc.toUTC();
    QDate date = localDate(at);
    for (int day = 0; day < kMaxSearchDays; ++day, date = date.addDays(1)) {
        for (const UtcSpan &span : workingSpansOn(date)) {
            if (span.end > at)
                return std::max(span.start, at);
        }
    }
    return {};
}

bool BusinessCalendar::isWorkingMoment(const QDateTime &utc) const
{
    return utc.isValid() && nextWorkingMoment(utc) == utc.toUTC();
}

BusinessCalendar BusinessCalendar::nineToFive(const QString &id, const QTimeZone &timeZone)
{
    Week week;
    for (int d = 0; d < 5; ++d)
        week[std::size_t(d)] = { WorkingInterval { 9 * 60, 17 * 60 } };
    return BusinessCalendar(id, timeZone, week, {});
}

} // namespace sal::core
