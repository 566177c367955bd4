#include "automation/EnrichmentQueue.h"

#include "automation/RoutingSession.h"
#include "automation/StoredLead.h"
#include "store/TeamStore.h"

namespace sal::core {

namespace {
// The QueuedForEnrichment event still waiting (no Enriched after it), if any.
const StageEvent *queuedEvent(const LeadSnapshot &lead)
{
    const StageEvent *queued = nullptr;
    for (const StageEvent &e : lead.events) {
        if (e.kind == EventKind::QueuedForEnrichment)
            queued = &e;
        else if (e.kind == EventKind::Enriched || e.kind == EventKind::Rejected)
            queued = nullptr;
    }
    return queued;
}

const StageEvent *lastOf(const LeadSnapshot &lead, EventKind kind)
{
    for (qsizetype i = lead.events.size() - 1; i >= 0; --i) {
        if (lead.events.at(i).kind == kind)
            return &lead.events.at(i);
    }
    return nullptr;
}
} // namespace

EnrichmentQueue::EnrichmentQueue(TeamStore &store, const PolicySet &policy)
    : m_store(store)
    , m_policy(policy)
{ }

Result<QList<EnrichmentItem>> EnrichmentQueue::items()
{
    QList<EnrichmentItem> list;
    Result<QList<LeadSnapshot>> returned = m_store.leadsInStage(Stage::NeedsInfo);
    Result<QList<LeadSnapshot>> rejected = m_store.leadsInStage(Stage::Rejected);
    if (!returned || !rejected)
        return returned.problems() + rejected.problems();
    for (const LeadSnapshot &s : *returned) {
        const StageEvent *e = lastOf(s, EventKind::Returned);
        list << EnrichmentItem { s.lead.id, s.lead.account.name, s.lead.ownerEmail, Stage::NeedsInfo,
            e ? e->reason : QString(), e ? e->at : QDateTime() };
    }
    for (const LeadSnapshot &s : *rejected) {
        if (const StageEvent *e = queuedEvent(s))
            list << EnrichmentItem { s.lead.id, s.lead.account.name, s.lead.ownerEmail, Stage::Rejected,
                e->reason, e->at };
    }
    std::stable_sort(list.begin(), list.end(),
        [](const EnrichmentItem &a, const EnrichmentItem &b) { return a.sinceUtc < b.sinceUtc; });
    return list;
}

Result<QString> EnrichmentQueue::markEnriched(
    const QString &leadId, const QString &actor, const QDateTime &nowUtc)
{
    Result<LeadSnapshot> lead = StoredLead::find(m_store, leadId);
    if (!lead)
        return lead.problems();
    if (lead->lead.stage == Stage::NeedsInfo) {
        // Same owner, same window: the SLA resumes with the time that was left at the return.
        if (auto r
            = m_store.appendEvent(leadId, EventKind::Enriched, actor, QStringLiteral("enriched"), nowUtc);
            !r)
            return r.problems();
        return tr("%1 is back in %2's queue; its SLA resumes with the time that was left.")
            .arg(leadId, lead->lead.ownerEmail);
    }
    if (lead->lead.stage != Stage::Rejected || !queuedEvent(*lead))
        return StoredLead::wrongStage(*lead, tr("waiting in the enrichment queue"));

    Result<std::unique_ptr<RoutingSession>> routing = RoutingSession::open(m_store, m_policy, nowUtc);
    if (!routing)
        return routing.problems();
    RoutingChoice choice;
    Result<bool> done = m_store.atomically([&]() -> Result<bool> {
        if (auto r
            = m_store.appendEvent(leadId, EventKind::Enriched, actor, QStringLiteral("enriched"), nowUtc);
            !r)
            return r;
        Lead asMql = lead->lead;
        asMql.stage = Stage::Mql;
        Result<RoutingChoice> routed
            = routing.value()->routeAgain(m_store, asMql, {}, actor, QStringLiteral("enriched"), nowUtc);
        if (!routed)
            return routed.problems();
        choice = *routed;
        return true;
    });
    if (!done)
        return done.problems();
    return tr("%1 is an MQL again and went to %2: %3.").arg(leadId, choice.owner, choice.explanation);
}

} // namespace sal::core
