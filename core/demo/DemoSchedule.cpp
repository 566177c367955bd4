#include "demo/DemoSchedule.h"

#include "demo/DemoRandom.h"
#include "policy/PolicySet.h"

#include <cmath>

namespace sal::core {

DemoSchedule::DemoSchedule(
    const DemoRoster &roster, const PolicySet &policy, const QDateTime &nowUtc, DemoRandom &random)
    : m_roster(roster)
    , m_policy(policy)
    , m_now(nowUtc)
    , m_random(random)
{
    for (const Team &team : roster.teams())
        m_clocks.insert(team.id, SlaClock(policy.calendars.value(team.calendarId), policy.sla));
}

const BusinessCalendar &DemoSchedule::calendar(const QString &teamId) const
{
    return clock(teamId).calendar();
}

const SlaClock &DemoSchedule::clock(const QString &teamId) const
{
    const auto it = m_clocks.constFind(teamId);
    return it != m_clocks.constEnd() ? *it : m_clocks.first();
}

SlaTier DemoSchedule::tier(const QString &tierId) const
{
    return m_policy.sla.tier(tierId).value_or(m_policy.sla.chooseTier({}));
}

QDateTime DemoSchedule::after(const QString &teamId, const QDateTime &startUtc, double seconds)
{
    const QDateTime at
        = calendar(teamId).addBusinessSeconds(startUtc, qint64(std::llround(std::max(0.0, seconds))));
    return (at.isValid() ? at : startUtc).addSecs(m_random.between(0, 59));
}

QDateTime DemoSchedule::before(const QString &teamId, const QDateTime &endUtc, qint64 seconds) const
{
    const BusinessCalendar &cal = calendar(teamId);
    const QDateTime end = endUtc.toUTC();
    qint64 remaining = std::max<qint64>(0, seconds);
    QDate date = end.toTimeZone(cal.timeZone()).date();
    // Walk the working spans backwards from `end`, the mirror image of addBusinessSeconds.
    for (int day = 0; day < 3660; ++day, date = date.addDays(-1)) {
        const QList<UtcSpan> spans = cal.workingSpansOn(date);
        for (auto span = spans.crbegin(); span != spans.crend(); ++span) {
            if (span->start >= end)
                continue;
            const QDateTime to = std::min(span->end, end);
            const qint64 available = span->start.secsTo(to);
            if (remaining <= available)
                return to.addSecs(-remaining);
            remaining -= available;
        }
    }
    return end.addSecs(-seconds);
}

QDateTime DemoSchedule::arrival(const QString &teamId)
{
    const QTimeZone zone = calendar(teamId).timeZone();
    const QDate today = m_now.toTimeZone(zone).date();
    QDate day = today.addDays(-m_random.between(2, 90));
    // Marketing automation runs every day, but people fill in forms on working days.
    for (int tries = 0; tries < 10 && day.dayOfWeek() > 5 && !m_random.chance(0.2); ++tries)
        day = today.addDays(-m_random.between(2, 90));
    const int minute
        = m_random.chance(0.75) ? m_random.between(8 * 60, 18 * 60 - 1) : m_random.between(0, 24 * 60 - 1);
    const int second = m_random.between(0, 59);
    QDateTime local(day, QTime(minute / 60, minute % 60, second), zone);
    if (!local.isValid()) // inside a spring-forward gap: an hour later exists
        local = QDateTime(day, QTime((minute / 60 + 1) % 24, minute % 60, second), zone);
    return local.toUTC();
}

Rep DemoSchedule::otherRep(const Rep &from)
{
    const QString segment = m_roster.territory(from.territoryId).segment;
    QList<Rep> sameSegment;
    QList<Rep> others;
    for (const Rep &rep : m_roster.repsOf(from.teamId)) {
        if (rep.email == from.email)
            continue;
        (m_roster.territory(rep.territoryId).segment == segment ? sameSegment : others) << rep;
    }
    const QList<Rep> &candidates = sameSegment.isEmpty() ? others : sameSegment;
    if (candidates.isEmpty())
        return from;
    QList<double> weights;
    for (const Rep &rep : candidates)
        weights << double(rep.dailyCapacity);
    return candidates.at(m_random.weighted(weights));
}

} // namespace sal::core
