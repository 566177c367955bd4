#pragma once

#include "domain/Lead.h"
#include "sla/SlaClock.h"

namespace sal::core {

// The response SLA of one lead, from the moment it was routed to its current owner.
class LeadSla
{
public:
    static SlaWindow window(const Lead &lead, const SlaClock &clock)
    {
        const SlaTier tier = clock.policy().tier(lead.tier).value_or(clock.policy().chooseTier({}));
        const QDateTime start = lead.routedAt.isValid() ? lead.routedAt : lead.mqlAt;
        return clock.open(start, tier);
    }
};

} // namespace sal::core
