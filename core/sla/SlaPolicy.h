#pragma once

#include "sla/SlaTier.h"
#include "sla/TierRule.h"

#include <QList>
#include <QString>

#include <optional>

namespace sal::core {

// The team's service levels: tiers, the rules that pick a tier, and the thresholds of the ladder.
struct SlaPolicy
{
    QList<SlaTier> tiers;
    QList<TierRule> tierRules; // first match wins
    QString defaultTier = QStringLiteral("standard");
    double maxHours = 48; // no tier may promise slower than this
    double atRiskShare = 0.25; // "at risk" once less than this share of the window is left
    double rerouteAfterShare = 0.5; // re-route once this share of the window has passed the deadline

    std::optional<SlaTier> tier(const QString &id) const;
    // The tier the first matching rule names, else the default tier.
    SlaTier chooseTier(const TierInput &input) const;

    // hot 4 h (follow-up 4 h), standard 24 h, low 48 h (follow-up 24 h); a demo request or a
    // pricing-page visit from an ICP account in the last 14 days is hot, so is a score of 85 or more
    // from an ICP account; a score under 40 is low. The same as resources/policy/sla.json.
    static SlaPolicy defaults();

    bool operator==(const SlaPolicy &) const = default;
};

} // namespace sal::core
