#pragma once

#include "disposition/Disposition.h"
#include "domain/Lead.h"
#include "domain/Rep.h"
#include "sla/SlaClock.h"

#include <QStringList>

namespace sal::core {

// What the demo decides about a lead before making up its data, so the data fits the decision: a
// lead rejected as "company too small" has twelve employees, one rejected for bad contact data has a
// bounced e-mail address.
struct DemoFate
{
    DispositionKind kind = DispositionKind::Accept;
    QString reasonCode; // Reject
    QStringList missingItems; // NeedsInfo
};

// One lead of the demo workspace, from plan to context.
struct DemoLeadPlan
{
    Rep owner; // the rep it is routed to first
    DemoFate fate; // for open leads: what its data suggests; nobody has decided yet
    bool open = false; // still an MQL in a rep's queue at "now"
    SlaState queueState = SlaState::OnTrack; // open leads: where the SLA clock stands at "now"
    int duplicateOf = -1; // index of the earlier lead with the same contact
    QDateTime reroutedAtUtc; // open leads the ladder took from lead.ownerEmail and gave to `owner`
    Lead lead; // the context as marketing handed it over
    Lead complete; // NeedsInfo: the context once marketing has enriched it
};

} // namespace sal::core
