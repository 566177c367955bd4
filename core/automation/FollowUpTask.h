#pragma once

#include "disposition/Disposition.h"
#include "sla/SlaClock.h"
#include "sync/ChangeBatch.h"

#include <optional>

namespace sal::core {

// The task an acceptance creates: the next step the rep promised, and the first-outreach SLA that
// starts at acceptance (the tier's follow-up hours). The first outreach meets it: a FirstOutreach
// event, or the first contact attempt logged after acceptance (which the ladder then records as the
// first outreach). Derived from the lead's history, never stored.
struct FollowUpTask
{
    QString leadId;
    QString owner;
    QDateTime acceptedAtUtc;
    SlaWindow window; // met once the first outreach happened
    QDateTime outreachAtUtc; // invalid while nobody has reached out
    bool outreachRecorded = false; // a FirstOutreach event exists (not only an attempt)
    bool warned = false; // an at-risk warning since acceptance
    bool escalated = false; // an escalation since acceptance
    std::optional<NextStepKind> nextStep;
    QDateTime nextStepDueUtc;

    // The task of an accepted lead (stage SAL), or nothing for any other lead. `accept` is the
    // accepting decision when known (for the next step and its due time).
    static std::optional<FollowUpTask> of(const LeadSnapshot &lead, const SlaClock &clock,
        const std::optional<Disposition> &accept = std::nullopt);
};

} // namespace sal::core
