#include "sla/SlaPolicy.h"

namespace sal::core {

std::optional<SlaTier> SlaPolicy::tier(const QString &id) const
{
    for (const SlaTier &t : tiers) {
        if (t.id == id)
            return t;
    }
    return std::nullopt;
}

SlaTier SlaPolicy::chooseTier(const TierInput &input) const
{
    for (const TierRule &rule : tierRules) {
        if (rule.matches(input)) {
            if (auto t = tier(rule.tier))
                return *t;
        }
    }
    return tier(defaultTier).value_or(SlaTier { defaultTier, defaultTier, maxHours, 24 });
}

SlaPolicy SlaPolicy::defaults()
{
    SlaPolicy policy;
    policy.tiers = {
        { QStringLiteral("hot"), QStringLiteral("Hot"), 4, 4 },
        { QStringLiteral("standard"), QStringLiteral("Standard"), 24, 24 },
        { QStringLiteral("low"), QStringLiteral("Low"), 48, 24 },
    };
    TierRule hot;
    hot.tier = QStringLiteral("hot");
    hot.requireIcpFit = true;
    hot.anySignal = { QStringLiteral("demo_request"), QStringLiteral("pricing_page") };
    hot.signalWithinDays = 14;
    TierRule veryHighScore;
    veryHighScore.tier = QStringLiteral("hot");
    veryHighScore.minScore = 85;
    veryHighScore.requireIcpFit = true;
    TierRule low;
    low.tier = QStringLiteral("low");
    low.maxScore = 39;
    policy.tierRules = { hot, veryHighScore, low };
    return policy;
}

} // namespace sal::core
