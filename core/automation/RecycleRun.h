#pragma once

#include "automation/RecycleOutcome.h"
#include "domain/Result.h"
#include "policy/PolicySet.h"
#include "sync/ChangeBatch.h"

#include <QCoreApplication>

namespace sal::core {

class TeamStore;

// Applies each new rejection's recycle action from the taxonomy (reasons.json):
//   reroute → Redirected (back to MQL) and re-routed by the rules, never to the rep who rejected it;
//   enrich  → QueuedForEnrichment: marketing's enrichment queue (EnrichmentQueue brings it back);
//   nurture → Nurtured in the reason's track (nurture.json) until its re-engagement date;
//   exclude → Excluded: never recycled.
// A rejection is new while no recycle event follows it, so a second run finds nothing to do.
class RecycleRun
{
    Q_DECLARE_TR_FUNCTIONS(sal::core::RecycleRun)

public:
    RecycleRun(TeamStore &store, const PolicySet &policy);

    Result<QList<RecycleOutcome>> plan(const QDateTime &nowUtc);
    // Every action in one transaction. Returns how many leads were recycled.
    Result<int> apply(const QList<RecycleOutcome> &actions, const QDateTime &nowUtc);

    // The last Rejected event of a lead and whether a recycle event already followed it.
    static bool awaitsRecycling(const LeadSnapshot &lead);

private:
    TeamStore &m_store;
    const PolicySet &m_policy;
};

} // namespace sal::core
