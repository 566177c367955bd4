#pragma once

#include "domain/Lead.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace sal::core {

// One named person a rule routes to, with their share of the rule's leads.
struct WeightedRep
{
    QString email;
    double weight = 1.0;

    bool operator==(const WeightedRep &) const = default;
};

// One line of routing.json: which leads it takes (every listed condition must hold; an empty list
// matches anything) and the group of reps that gets them: a territory's reps, a team's people (a
// channel partner's users), or named reps.
struct RoutingRule
{
    QString id; // "na-mid": written on the Routed event, so every assignment says which rule fired
    QStringList regions; // account region codes ("NA")
    QStringList countries; // ISO codes
    QStringList segments; // "smb", "mid", "enterprise", from the headcount (RoutingPolicy::segmentOf)
    QStringList productLines;
    QStringList accounts; // named accounts: company domain or name, case-insensitive
    QStringList sources; // lead sources ("partner")

    QString territory; // target: the reps of this territory…
    QString team; // …or the reps of this team (a channel partner's users)…
    QList<WeightedRep> reps; // …or these people

    bool matches(const Lead &lead, const QString &segment) const;

    bool operator==(const RoutingRule &) const = default;
};

} // namespace sal::core
