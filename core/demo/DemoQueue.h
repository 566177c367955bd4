#pragma once

#include "demo/DemoDispositions.h"
#include "demo/DemoLeadPlan.h"

namespace sal::core {

class DemoSchedule;
class DemoTimeline;

// The reps' queues at "now": leads still waiting for a decision, routed so long ago that their SLA
// clocks stand where the plan says (on track, at risk or breached), some opened, some with an
// attempt or two, the late ones warned and escalated, a few re-routed from a colleague.
class DemoQueue
{
public:
    explicit DemoQueue(DemoSchedule &schedule);

    // Puts a lead built as if it became an MQL at "now" at its place in time: its routing (and,
    // for a re-routed one, its first owner) and all its moments moved back to match.
    void place(DemoLeadPlan &plan);
    void plan(const DemoLeadPlan &plan, DemoTimeline &timeline);

private:
    DemoSchedule &m_schedule;
    DemoDispositions m_dispositions;
};

} // namespace sal::core
