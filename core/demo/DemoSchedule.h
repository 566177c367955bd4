#pragma once

#include "demo/DemoRoster.h"
#include "sla/SlaClock.h"

#include <QDateTime>
#include <QMap>

namespace sal::core {

class DemoRandom;
struct PolicySet;

// Business time for the demo's two teams: each team's calendar and SLA clock, "N business seconds
// after / before", when MQLs arrive, and who takes over a lead that is re-routed.
class DemoSchedule
{
public:
    // The policy must have a valid calendar for every team of `roster` (DemoWorkspace checks).
    DemoSchedule(
        const DemoRoster &roster, const PolicySet &policy, const QDateTime &nowUtc, DemoRandom &random);

    const QDateTime &now() const { return m_now; }
    const DemoRoster &roster() const { return m_roster; }
    const PolicySet &policy() const { return m_policy; }
    DemoRandom &random() { return m_random; }

    const BusinessCalendar &calendar(const QString &teamId) const;
    const SlaClock &clock(const QString &teamId) const;
    SlaTier tier(const QString &tierId) const;

    // `seconds` business seconds after `startUtc`, plus up to a minute: people do not act on the second.
    QDateTime after(const QString &teamId, const QDateTime &startUtc, double seconds);
    // The moment from which `seconds` business seconds run up to `endUtc`.
    QDateTime before(const QString &teamId, const QDateTime &endUtc, qint64 seconds) const;

    // When an MQL of the history arrives: 2 to 90 days ago, mostly on weekdays and in office hours.
    QDateTime arrival(const QString &teamId);

    // Another rep of `from`'s team to take a lead over: the same segment when there is one, else
    // anyone, weighted by daily capacity.
    Rep otherRep(const Rep &from);

private:
    const DemoRoster &m_roster;
    const PolicySet &m_policy;
    QDateTime m_now;
    DemoRandom &m_random;
    QMap<QString, SlaClock> m_clocks; // by team id
};

} // namespace sal::core
