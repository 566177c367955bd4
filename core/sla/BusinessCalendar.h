#pragma once

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QSet>
#include <QString>
#include <QTimeZone>
#include <array>
#include <memory>

namespace sal::core {

// Local wall-clock working time of one weekday, in minutes after midnight; `endMinute` may be
// 1440 (24:00) so round-the-clock desks can be described.
struct WorkingInterval
{
    int startMinute = 0;
    int endMinute = 0;

    int minutes() const { return endMinute - startMinute; }
    bool operator==(const WorkingInterval &) const = default;
};

// A real-time span in UTC.
struct UtcSpan
{
    QDateTime start;
    QDateTime end;
};

// Working hours per weekday in an IANA time zone, minus holidays. Converts "N business hours from
// here" into a deadline and back. All arithmetic is done on local dates turned into UTC spans, so
// nights, weekends, holidays and DST changes fall out of the same code path.
class BusinessCalendar
{
public:
    using Week = std::array<QList<WorkingInterval>, 7>; // [0] = Monday … [6] = Sunday

    BusinessCalendar() = default;
    BusinessCalendar(QString id, QTimeZone timeZone, Week week, QSet<QDate> holidays);

    const QString &id() const { return m_id; }
    const QTimeZone &timeZone() const { return m_timeZone; }
    const Week &week() const { return m_week; }
    const QSet<QDate> &holidays() const { return m_holidays; }
    bool isValid() const;

    // Working spans of a local date, in UTC, earliest first; empty on weekends and holidays.
    QList<UtcSpan> workingSpansOn(const QDate &localDate) const;

    // The moment the `seconds`-th business second after `startUtc` is used up. A start outside
    // working hours counts from the next working moment; the result may fall exactly on the end of
    // a working interval, never on the start of the next one. Invalid if the calendar has no
    // working time within ten years.
    QDateTime addBusinessSeconds(const QDateTime &startUtc, qint64 seconds) const;

    // Business seconds between two moments: positive when `toUtc` is later, negative when earlier.
    qint64 businessSecondsBetween(const QDateTime &fromUtc, const QDateTime &toUtc) const;

    // `utc` itself when it lies in working time, else the start of the next working span.
    QDateTime nextWorkingMoment(const QDateTime &utc) const;

    bool isWorkingMoment(const QDateTime &utc) const;

    // A plain Monday–Friday 09:00–17:00 calendar, no holidays.
    static BusinessCalendar nineToFive(const QString &id, const QTimeZone &timeZone);

private:
    QDate localDate(const QDateTime &utc) const;
    QList<UtcSpan> computeSpansOn(const QDate &localDate) const;

    // Each date's spans once computed: every SLA figure walks dates, and turning local times into
    // UTC through the time zone is what costs (a queue of 100,000 windows walks the same few days
    // over and over). Shared by copies and threads; the calendar never changes after construction.
    struct SpanCache
    {
        QMutex mutex;
        QHash<QDate, QList<UtcSpan>> spans;
    };

    QString m_id;
    QTimeZone m_timeZone;
    Week m_week;
    QSet<QDate> m_holidays;
    std::shared_ptr<SpanCache> m_spanCache = std::make_shared<SpanCache>();
};

} // namespace sal::core
