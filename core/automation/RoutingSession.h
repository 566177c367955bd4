#pragma once

#include "automation/CapacityBoard.h"
#include "automation/LeadRouter.h"
#include "automation/TeamDirectory.h"
#include "policy/PolicySet.h"

#include <memory>

namespace sal::core {

class TeamStore;

// One automation run's view for routing: the roster, today's loads and the router over them, read
// once from the team store and checked against the routing rules (a rule naming a territory,
// team or person the store does not have is an error, not a silent miss).
class RoutingSession
{
public:
    static Result<std::unique_ptr<RoutingSession>> open(
        TeamStore &store, const PolicySet &policy, const QDateTime &nowUtc);

    const TeamDirectory &directory() const { return m_directory; }
    LeadRouter &router() { return *m_router; }
    // "Name <email>" for explanations; the email alone for someone unknown.
    QString nameOf(const QString &email) const;

    // Routes a lead that is an MQL again (recycled, enriched, overturned) and gives it to the chosen
    // owner (the manager's default queue when nobody is free), writing the Rerouted event with
    // `reasonPrefix` and the rule. Call inside the caller's transaction.
    Result<RoutingChoice> routeAgain(TeamStore &store, const Lead &lead, const QStringList &exclude,
        const QString &actor, const QString &reasonPrefix, const QDateTime &nowUtc);

private:
    RoutingSession() = default;

    TeamDirectory m_directory;
    std::unique_ptr<CapacityBoard> m_board;
    std::unique_ptr<LeadRouter> m_router;
};

} // namespace sal::core
