#pragma once

#include "automation/CapacityBoard.h"
#include "automation/RoutingPolicy.h"
#include "automation/TeamDirectory.h"

#include <QCoreApplication>

namespace sal::core {

// Where one lead goes, and why, in words and as the code written on the assignment event.
struct RoutingChoice
{
    QString owner; // empty: nobody (re-routing only; routing always has the default queue)
    QString ruleId; // the rule that fired, or "default_queue"
    bool defaultQueue = false;
    QString explanation; // "rule na-mid: Jordan Ellis has the most spare capacity (3 of 25 today)"
    QStringList skipped; // reps passed over and why
    // Set when the confidence band (insight.json) sent the lead: its acceptance likelihood.
    std::optional<double> likelihood;

    // The `reason` of the Routed / Rerouted event: the rule and the new owner, and the score when
    // the confidence band chose the rule ("fast-lane -> ae@… (likelihood 0.87)").
    QString eventReason() const
    {
        return ruleId + QStringLiteral(" -> ") + owner
            + (likelihood ? QStringLiteral(" (likelihood %1)").arg(*likelihood, 0, 'f', 2) : QString());
    }
};

// Ordered rules first (the first matching rule whose group has someone free), then the default
// queue of the team's manager. Each choice is counted on the board, so a batch is spread fairly.
class LeadRouter
{
    Q_DECLARE_TR_FUNCTIONS(sal::core::LeadRouter)

public:
    LeadRouter(const RoutingPolicy &policy, const TeamDirectory &directory, CapacityBoard &board);

    // Every rule target that does not exist in the team store, as "routing.json: $.rules[i].x: …".
    Problems checkTargets() const;

    // Routes `lead`, never to anyone in `exclude`. With `defaultQueue` false (re-routing), an
    // unmatched lead or one whose group is all busy gets nobody instead of the manager's queue.
    RoutingChoice choose(
        const Lead &lead, const QStringList &exclude, bool defaultQueue, const QDateTime &atUtc);
    // The same over `first` before the ordered rules (the confidence band's group), when it
    // matches the lead; a lead whose band group is all busy falls through to the ordered rules.
    RoutingChoice choose(const Lead &lead, const RoutingRule &first, const QStringList &exclude,
        bool defaultQueue, const QDateTime &atUtc);

    // The reps a rule routes to, with their weights (a territory's or team's reps weigh their capacity).
    QList<WeightedRep> group(const RoutingRule &rule) const;

private:
    RoutingChoice chooseFrom(const QList<RoutingRule> &rules, const Lead &lead, const QStringList &exclude,
        bool defaultQueue, const QDateTime &atUtc);
    QString defaultQueueOwner(const Lead &lead) const;

    const RoutingPolicy &m_policy;
    const TeamDirectory &m_directory;
    CapacityBoard &m_board;
};

} // namespace sal::core
