#pragma once

#include "domain/Lead.h"
#include "lifecycle/StageEvent.h"
#include "sla/SlaClock.h"

#include <QList>

namespace sal::core {

// The response SLA of one lead, from the moment it was routed to its current owner.
class LeadSla
{
public:
    static SlaWindow window(const Lead &lead, const SlaClock &clock)
    {
        return window(lead.tier, lead.routedAt, lead.mqlAt, clock);
    }

    // The same from the three facts it needs (what a queue row keeps of its lead).
    static SlaWindow window(
        const QString &tierId, const QDateTime &routedAt, const QDateTime &mqlAt, const SlaClock &clock)
    {
        const SlaTier tier = clock.policy().tier(tierId).value_or(clock.policy().chooseTier({}));
        return clock.open(routedAt.isValid() ? routedAt : mqlAt, tier);
    }

    // The same window with the lead's history applied: a return to marketing (needs info) pauses
    // it, the enrichment resumes it with the time that was left. Events before the current routing
    // belong to an earlier owner's window and do not count.
    static SlaWindow window(const Lead &lead, const QList<StageEvent> &events, const SlaClock &clock)
    {
        SlaWindow w = window(lead, clock);
        for (const StageEvent &e : events) {
            if (e.at < w.startUtc)
                continue;
            if (e.kind == EventKind::Returned)
                w = clock.pause(w, e.at);
            else if (e.kind == EventKind::Enriched)
                w = clock.resume(w, e.at);
        }
        return w;
    }
};

} // namespace sal::core
