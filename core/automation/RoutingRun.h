#pragma once

#include "automation/LeadRouter.h"
#include "domain/Result.h"
#include "policy/PolicySet.h"

#include <QCoreApplication>
#include <functional>
#include <optional>

namespace sal::core {

class TeamStore;

// One lead's routing as planned by a run.
struct Assignment
{
    QString leadId;
    QString company;
    RoutingChoice choice;
};

// Routes every new MQL that has no owner yet (imported, recycled into the pool): the oldest first,
// each by the ordered rules and weighted round robin, so a bulk arrival is spread over the group.
// Every assignment is a Routed event whose reason names the rule that fired and the new owner.
// With insight.json's confidence band and an acceptance likelihood, a lead at or above the band
// goes to the fast-lane group first, one below it to SDR review first; its event carries the score.
class RoutingRun
{
    Q_DECLARE_TR_FUNCTIONS(sal::core::RoutingRun)

public:
    // The acceptance likelihood of a lead at a moment; nothing when no model is known.
    using Likelihood = std::function<std::optional<double>(const Lead &lead, const QDateTime &atUtc)>;

    RoutingRun(TeamStore &store, const PolicySet &policy, Likelihood likelihood = {});

    Result<QList<Assignment>> plan(const QDateTime &nowUtc);
    // All of a plan in one transaction: a failure half-way leaves every lead unrouted.
    Result<int> apply(const QList<Assignment> &assignments, const QDateTime &nowUtc);

private:
    TeamStore &m_store;
    const PolicySet &m_policy;
    Likelihood m_likelihood;
};

} // namespace sal::core
