#include "automation/TeamDirectory.h"

#include "store/TeamStore.h"

namespace sal::core {

Result<TeamDirectory> TeamDirectory::load(TeamStore &store)
{
    TeamDirectory d;
    Result<QList<Rep>> people = store.people();
    Result<QList<Team>> teams = store.teams();
    Result<QList<Territory>> territories = store.territories();
    Result<QList<Absence>> absences = store.absences();
    if (!people || !teams || !territories || !absences)
        return people.problems() + teams.problems() + territories.problems() + absences.problems();
    d.people = *people;
    d.teams = *teams;
    d.territories = *territories;
    d.absences = *absences;
    return d;
}

std::optional<Rep> TeamDirectory::person(const QString &email) const
{
    for (const Rep &p : people) {
        if (p.email.compare(email, Qt::CaseInsensitive) == 0)
            return p;
    }
    return std::nullopt;
}

std::optional<Team> TeamDirectory::team(const QString &id) const
{
    for (const Team &t : teams) {
        if (t.id == id)
            return t;
    }
    return std::nullopt;
}

std::optional<Territory> TeamDirectory::territory(const QString &id) const
{
    for (const Territory &t : territories) {
        if (t.id == id)
            return t;
    }
    return std::nullopt;
}

std::optional<Absence> TeamDirectory::absence(const QString &email, const QDate &day) const
{
    for (const Absence &a : absences) {
        if (a.email.compare(email, Qt::CaseInsensitive) == 0 && a.covers(day))
            return a;
    }
    return std::nullopt;
}

QString TeamDirectory::managerOf(const QString &teamId) const
{
    const std::optional<Team> t = team(teamId);
    return t ? t->managerEmail : QString();
}

} // namespace sal::core
