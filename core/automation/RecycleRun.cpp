#include "automation/RecycleRun.h"

#include "automation/AutomationActor.h"
#include "automation/RoutingSession.h"
#include "store/TeamStore.h"

#include <QTimeZone>

namespace sal::core {

namespace {
bool isRecycleEvent(EventKind kind)
{
    return kind == EventKind::Redirected || kind == EventKind::QueuedForEnrichment
        || kind == EventKind::Nurtured || kind == EventKind::Excluded;
}

const StageEvent *lastRejection(const LeadSnapshot &lead)
{
    for (qsizetype i = lead.events.size() - 1; i >= 0; --i) {
        if (lead.events.at(i).kind == EventKind::Rejected)
            return &lead.events.at(i);
    }
    return nullptr;
}
} // namespace

RecycleRun::RecycleRun(TeamStore &store, const PolicySet &policy)
    : m_store(store)
    , m_policy(policy)
{ }

bool RecycleRun::awaitsRecycling(const LeadSnapshot &lead)
{
    if (lead.lead.stage != Stage::Rejected)
        return false;
    bool rejected = false;
    for (const StageEvent &e : lead.events) {
        if (e.kind == EventKind::Rejected)
            rejected = true;
        else if (isRecycleEvent(e.kind))
            rejected = false;
    }
    return rejected;
}

Result<QList<RecycleOutcome>> RecycleRun::plan(const QDateTime &nowUtc)
{
    Result<QList<LeadSnapshot>> rejected = m_store.leadsInStage(Stage::Rejected);
    if (!rejected)
        return rejected.problems();
    std::unique_ptr<RoutingSession> routing; // opened only when a lead needs re-routing
    QList<RecycleOutcome> plan;
    for (const LeadSnapshot &lead : *rejected) {
        if (!awaitsRecycling(lead))
            continue;
        const StageEvent *rejection = lastRejection(lead);
        RecycleOutcome a;
        a.leadId = lead.lead.id;
        a.company = lead.lead.account.name;
        a.rejectedBy = rejection->actor;
        a.reasonCode = rejection->reason;
        const std::optional<RejectionReason> reason = m_policy.reasons.reason(a.reasonCode);
        if (!reason) {
            a.step = RecycleStep::Skip;
            a.explanation
                = tr("left as it is: \"%1\" is not a rejection reason of the policy").arg(a.reasonCode);
            plan << a;
            continue;
        }
        const QString category = reasonCategoryToString(reason->category);
        switch (reason->recycle) {
        case RecycleAction::Reroute: {
            if (!routing) {
                Result<std::unique_ptr<RoutingSession>> opened
                    = RoutingSession::open(m_store, m_policy, nowUtc);
                if (!opened)
                    return opened.problems();
                routing = std::move(opened).value();
            }
            const RoutingChoice choice = routing->router().choose(lead.lead, { a.rejectedBy }, true, nowUtc);
            a.step = choice.owner.isEmpty() ? RecycleStep::Skip : RecycleStep::Redirect;
            a.target = choice.owner;
            a.routingReason = a.reasonCode + QStringLiteral(": ") + choice.eventReason();
            a.explanation = choice.owner.isEmpty()
                ? tr("%1 (%2): nobody to send it to: %3").arg(reason->label, category, choice.explanation)
                : tr("%1 (%2): to %3 — %4")
                      .arg(reason->label, category, routing->nameOf(choice.owner), choice.explanation);
            break;
        }
        case RecycleAction::Enrich:
            a.step = RecycleStep::QueueForEnrichment;
            a.explanation
                = tr("%1 (%2): to marketing's enrichment queue; it comes back to sales when enriched")
                      .arg(reason->label, category);
            break;
        case RecycleAction::Nurture: {
            a.step = RecycleStep::Nurture;
            a.track = reason->nurtureTrack;
            const std::optional<NurtureTrack> track = m_policy.nurture.track(a.track);
            a.reEngageOn = nowUtc.date().addDays(track ? track->reEngageAfterDays : 90);
            a.explanation = tr("%1 (%2): nurture track \"%3\"%4 until %5")
                                .arg(reason->label, category, track ? track->label : a.track,
                                    track && track->deprioritised ? tr(" (deprioritised)") : QString(),
                                    a.reEngageOn.toString(Qt::ISODate));
            break;
        }
        case RecycleAction::Exclude:
            a.step = RecycleStep::Exclude;
            a.explanation = tr("%1 (%2): excluded, never recycled").arg(reason->label, category);
            break;
        }
        plan << a;
    }
    return plan;
}

Result<int> RecycleRun::apply(const QList<RecycleOutcome> &actions, const QDateTime &nowUtc)
{
    int written = 0;
    const QString actor = AutomationActor::recycling();
    Result<bool> done = m_store.atomically([&]() -> Result<bool> {
        for (const RecycleOutcome &a : actions) {
            Result<bool> r = true;
            switch (a.step) {
            case RecycleStep::Redirect:
                r = m_store.appendEvent(a.leadId, EventKind::Redirected, actor, a.eventReason(), nowUtc);
                if (r)
                    r = m_store.assign(a.leadId, a.target, actor, a.routingReason, nowUtc);
                break;
            case RecycleStep::QueueForEnrichment:
                r = m_store.appendEvent(
                    a.leadId, EventKind::QueuedForEnrichment, actor, a.eventReason(), nowUtc);
                break;
            case RecycleStep::Nurture:
                r = m_store.appendEvent(a.leadId, EventKind::Nurtured, actor, a.eventReason(), nowUtc);
                break;
            case RecycleStep::Exclude:
                r = m_store.appendEvent(a.leadId, EventKind::Excluded, actor, a.eventReason(), nowUtc);
                break;
            case RecycleStep::Skip:
                continue;
            }
            if (!r)
                return r;
            ++written;
        }
        return true;
    });
    if (!done)
        return done.problems();
    return written;
}

} // namespace sal::core
