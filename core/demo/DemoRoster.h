#pragma once

#include "domain/Rep.h"
#include "domain/Result.h"
#include "domain/Team.h"
#include "domain/Territory.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>

namespace sal::core {

class TeamStore;
struct PolicySet;

// The people of the demo workspace: North America (New York calendar) and EMEA (Berlin calendar),
// each with a manager and five reps over the SMB, mid-market and enterprise territories, plus one
// marketing user. Fixed, so the README and the tests can name who to log in as.
class DemoRoster
{
    Q_DECLARE_TR_FUNCTIONS(sal::core::DemoRoster)

public:
    static DemoRoster standard();

    const QList<Team> &teams() const { return m_teams; }
    const QList<Territory> &territories() const { return m_territories; }
    const QList<Rep> &people() const { return m_people; }

    QList<Rep> reps() const; // Role::Rep only, in roster order
    QList<Rep> repsOf(const QString &teamId) const;
    Team team(const QString &teamId) const;
    Territory territory(const QString &territoryId) const;
    Rep marketing() const;
    Rep person(const QString &email) const;
    // How quickly a rep usually decides, as a share of a typical rep's time (1.0); the demo's team SLA
    // panel needs someone fast and someone who struggles.
    double pace(const QString &email) const { return m_pace.value(email, 1.0); }

    // Writes teams, territories, people and the teams' calendars (the policy's calendar files).
    Result<bool> writeTo(TeamStore &store, const PolicySet &policy) const;

private:
    QList<Team> m_teams;
    QList<Territory> m_territories;
    QList<Rep> m_people;
    QMap<QString, double> m_pace;
};

} // namespace sal::core
