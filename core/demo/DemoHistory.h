#pragma once

#include "demo/DemoDispositions.h"
#include "demo/DemoLeadPlan.h"

namespace sal::core {

class DemoSchedule;
class DemoTimeline;

// The past of a lead that has been decided: routing, first open, contact attempts, at-risk warnings,
// escalations and re-routes by the SLA ladder or the manager, the decision pushed from the rep's
// device (seconds later, or hours later when they worked offline), and what came after it:
// first outreach, SQL, opportunity or disqualification for accepted leads, enrichment and a second
// decision for some sent back to marketing.
class DemoHistory
{
public:
    explicit DemoHistory(DemoSchedule &schedule);

    void plan(const DemoLeadPlan &plan, DemoTimeline &timeline, const QString &duplicateOfId);

private:
    struct Decided
    {
        QDateTime decidedAt;
        QDateTime receivedAt;
        Disposition disposition;
    };

    double decisionShare(double pace);
    Decided decide(DemoTimeline &timeline, const Lead &lead, const DemoFate &fate, const QDateTime &routedAt,
        double share, bool mayWorkOffline, bool firstOpen, const QString &duplicateOfId);
    void followUp(DemoTimeline &timeline, const Lead &lead, const Decided &decided);
    void enrich(DemoTimeline &timeline, const DemoLeadPlan &plan, const Decided &decided,
        const QString &duplicateOfId);

    DemoSchedule &m_schedule;
    DemoDispositions m_dispositions;
};

} // namespace sal::core
