#pragma once

#include "automation/RoutingRule.h"

#include <optional>

namespace sal::core {

// How new MQLs find their rep (routing.json): ordered rules, first match wins; unmatched leads go
// to the default queue, owned by the manager of the lead's team (or of `defaultTeam`).
struct RoutingPolicy
{
    QList<RoutingRule> rules;
    QString defaultTeam;
    int midFromEmployees = 200; // segment boundaries by headcount
    int enterpriseFromEmployees = 2000;

    // "smb", "mid" or "enterprise"; "" when the headcount is unknown (only segment-free rules match).
    QString segmentOf(const std::optional<int> &employees) const;
    // The rules that match, in order: routing falls through to the next when a group has nobody free.
    QList<RoutingRule> matching(const Lead &lead) const;

    bool operator==(const RoutingPolicy &) const = default;
};

} // namespace sal::core
