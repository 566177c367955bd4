#pragma once

#include "automation/LadderAction.h"
#include "domain/Result.h"
#include "policy/PolicySet.h"
#include "sla/SlaClock.h"
#include "sync/ChangeBatch.h"

#include <QCoreApplication>
#include <map>

namespace sal::core {

class RoutingSession;
class TeamStore;
struct TeamDirectory;

// The escalation ladder of the SLA policy, run over every open lead of the team store:
//   at risk (less than at_risk_share of the window left) → the owner is warned;
//   the deadline → the team's manager is told;
//   deadline + reroute_after_share of the window → another rep of the lead's routing group with spare
//   capacity gets it (weighted round robin); the new owner's window starts then, and the Rerouted
//   event keeps how long the previous owner held it.
// Accepted leads climb the same ladder on their first-outreach SLA (warn, escalate; never re-routed).
//
// Every step is an event, and a step is due only if its event is missing since the lead was last
// routed (or accepted), so running the ladder twice at the same moment changes nothing the second
// time. Which leads may be re-routed at all is RerouteGuard's rule. Times are the injected "now".
class EscalationLadder
{
    Q_DECLARE_TR_FUNCTIONS(sal::core::EscalationLadder)

public:
    EscalationLadder(TeamStore &store, const PolicySet &policy);

    // What is due at `nowUtc`, in lead order; nothing is written. Only `teamId`'s leads when given.
    Result<QList<LadderAction>> plan(const QDateTime &nowUtc, const QString &teamId = {});
    // Writes the planned actions in one transaction (holds write nothing). Returns how many wrote.
    Result<int> apply(const QList<LadderAction> &actions, const QDateTime &nowUtc);

private:
    const SlaClock &clockFor(const QString &teamId, const TeamDirectory &directory);
    Result<bool> planResponse(const LeadSnapshot &lead, const QDateTime &now, RoutingSession &routing,
        QList<LadderAction> &actions);
    Result<bool> planFollowUp(const LeadSnapshot &lead, const QDateTime &now, const RoutingSession &routing,
        QList<LadderAction> &actions);
    static LadderAction base(LadderStep step, const LeadSnapshot &lead, const QDateTime &threshold);

    TeamStore &m_store;
    const PolicySet &m_policy;
    std::map<QString, SlaClock> m_clocks; // by team id
};

} // namespace sal::core
