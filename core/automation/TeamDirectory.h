#pragma once

#include "domain/Absence.h"
#include "domain/Rep.h"
#include "domain/Result.h"
#include "domain/Team.h"
#include "domain/Territory.h"

#include <QList>
#include <optional>

namespace sal::core {

class TeamStore;

// The people, teams, territories and out-of-office days of a team store, read once per automation
// run so every decision in the run sees the same roster.
struct TeamDirectory
{
    QList<Rep> people;
    QList<Team> teams;
    QList<Territory> territories;
    QList<Absence> absences;

    static Result<TeamDirectory> load(TeamStore &store);

    std::optional<Rep> person(const QString &email) const;
    std::optional<Team> team(const QString &id) const;
    std::optional<Territory> territory(const QString &id) const;
    // The absence covering `day` for `email`, if any.
    std::optional<Absence> absence(const QString &email, const QDate &day) const;
    // The manager of `teamId`, or "" when the team has none.
    QString managerOf(const QString &teamId) const;
};

} // namespace sal::core
