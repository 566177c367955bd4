#pragma once

#include "sla/SlaClock.h"
#include "sync/ChangeBatch.h"
#include "sync/ReceivedOperation.h"

#include <QCoreApplication>

namespace sal::core {

// Whether a lead may be taken from its owner behind their back. The team store knows only what
// devices have pushed, so the rule is stated in those terms:
//   1. A decided lead (SAL, rejected, …) is never re-routed, and neither is a paused one (needs info):
//      only an MQL is.
//   2. An accept the owner pushed after the lead was routed to them, which the team store refused
//      (the lead changed, the validator was stricter), is still a decision in their outbox: the rep
//      re-applies or discards it. The lead stays with them for one more response window of business
//      time after the refusal arrived, unless they sent anything on the lead since.
//   3. A decision still on a device that has not synced cannot be known. The lead is re-routed; when
//      the decision arrives the team store answers "rerouted" naming the new owner, and the rep sees
//      the conflict (salctl conflicts, the window's Conflicts tab): nothing is lost silently.
class RerouteGuard
{
    Q_DECLARE_TR_FUNCTIONS(sal::core::RerouteGuard)

public:
    // Why the lead must stay with its owner now, in plain words; empty when it may be re-routed.
    static QString holdReason(const LeadSnapshot &lead, const QList<ReceivedOperation> &operations,
        const SlaClock &clock, const QDateTime &nowUtc);
};

} // namespace sal::core
