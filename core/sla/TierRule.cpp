#include "sla/TierRule.h"

#include <algorithm>

namespace sal::core {

bool TierRule::matches(const TierInput &input) const
{
    if (minScore && input.score < *minScore)
        return false;
    if (maxScore && input.score > *maxScore)
        return false;
    if (minFit && input.fitPoints < *minFit)
        return false;
    if (requireIcpFit && !input.icpFit)
        return false;
    if (!sources.isEmpty() && !sources.contains(input.source))
        return false;
    if (anySignal.isEmpty())
        return true;
    return std::any_of(input.engagement.cbegin(), input.engagement.cend(), [this, &input](const EngagementSignal &s) {
        if (!anySignal.contains(s.kind))
            return false;
        if (!signalWithinDays)
            return true;
        return s.at.isValid() && s.at.secsTo(input.nowUtc) <= qint64(*signalWithinDays) * 86400;
    });
}

} // namespace sal::core
