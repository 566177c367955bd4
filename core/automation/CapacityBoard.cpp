#include "automation/CapacityBoard.h"

#include "store/TeamStore.h"

#include <QTimeZone>

namespace sal::core {

Result<CapacityBoard> CapacityBoard::load(TeamStore &store, const TeamDirectory &directory,
    const QMap<QString, BusinessCalendar> &calendars, const QDateTime &nowUtc)
{
    CapacityBoard board;
    board.m_directory = &directory;
    // One load query per team: "today" starts at local midnight of the team's own calendar.
    QMap<QString, QList<OwnerLoad>> loadsByTeam;
    for (const Team &team : directory.teams) {
        const QTimeZone zone = calendars.contains(team.calendarId)
            ? calendars.value(team.calendarId).timeZone()
            : QTimeZone::utc();
        const QDate today = nowUtc.toTimeZone(zone).date();
        const QDateTime since = QDateTime(today, QTime(0, 0), zone).toUTC();
        Result<QList<OwnerLoad>> loads = store.ownerLoads(since);
        if (!loads)
            return loads.problems();
        loadsByTeam.insert(team.id, *loads);
        for (const Rep &p : directory.people) {
            if (p.teamId == team.id)
                board.m_localDay.insert(p.email.toLower(), today);
        }
    }
    for (const Rep &p : directory.people) {
        const QString email = p.email.toLower();
        if (!board.m_localDay.contains(email))
            board.m_localDay.insert(email, nowUtc.date());
        for (const OwnerLoad &load : loadsByTeam.value(p.teamId)) {
            if (load.owner.compare(email, Qt::CaseInsensitive) == 0) {
                board.m_today.insert(email, load.assignedSince);
                board.m_last.insert(email, load.lastAssignedUtc);
            }
        }
    }
    return board;
}

QString CapacityBoard::unavailability(const QString &email) const
{
    const std::optional<Rep> rep = m_directory->person(email);
    if (!rep)
        return tr("not a person of this team store");
    if (!rep->active)
        return tr("inactive");
    const QDate day = m_localDay.value(rep->email.toLower());
    if (const std::optional<Absence> away = m_directory->absence(rep->email, day))
        return away->note.isEmpty()
            ? tr("out of office until %1").arg(away->lastDay.toString(Qt::ISODate))
            : tr("out of office (%1) until %2").arg(away->note, away->lastDay.toString(Qt::ISODate));
    const int today = assignedToday(rep->email);
    if (today >= rep->dailyCapacity)
        return tr("at capacity (%1 of %2 leads today)").arg(today).arg(rep->dailyCapacity);
    return {};
}

CapacityBoard::Pick CapacityBoard::pick(
    const QList<WeightedRep> &candidates, const QStringList &exclude) const
{
    Pick pick;
    const WeightedRep *best = nullptr;
    double bestScore = 0;
    for (const WeightedRep &c : candidates) {
        if (exclude.contains(c.email, Qt::CaseInsensitive))
            continue;
        const QString why = unavailability(c.email);
        if (!why.isEmpty()) {
            const std::optional<Rep> rep = m_directory->person(c.email);
            pick.skipped << QStringLiteral("%1: %2").arg(rep ? rep->name : c.email, why);
            continue;
        }
        const double score = double(assignedToday(c.email) + 1) / std::max(c.weight, 0.01);
        if (!best || score < bestScore) {
            best = &c;
            bestScore = score;
            continue;
        }
        if (score > bestScore)
            continue;
        // Equal share: whoever got a lead longest ago (never counts as longest), then by email.
        const QDateTime mine = m_last.value(c.email.toLower());
        const QDateTime theirs = m_last.value(best->email.toLower());
        const bool earlier = mine.isValid() != theirs.isValid() ? !mine.isValid() : mine < theirs;
        if (earlier || (mine == theirs && c.email.toLower() < best->email.toLower()))
            best = &c;
    }
    if (best)
        pick.email = best->email.toLower();
    return pick;
}

void CapacityBoard::record(const QString &email, const QDateTime &atUtc)
{
    const QString key = email.toLower();
    m_today[key] += 1;
    m_last[key] = atUtc;
}

} // namespace sal::core
