#include "automation/RoutingRun.h"

#include "automation/AutomationActor.h"
#include "automation/RoutingSession.h"
#include "store/TeamStore.h"

#include <algorithm>

namespace sal::core {

RoutingRun::RoutingRun(TeamStore &store, const PolicySet &policy, Likelihood likelihood)
    : m_store(store)
    , m_policy(policy)
    , m_likelihood(std::move(likelihood))
{ }

Result<QList<Assignment>> RoutingRun::plan(const QDateTime &nowUtc)
{
    Result<std::unique_ptr<RoutingSession>> session = RoutingSession::open(m_store, m_policy, nowUtc);
    if (!session)
        return session.problems();
    Result<QList<LeadSnapshot>> mqls = m_store.leadsInStage(Stage::Mql);
    if (!mqls)
        return mqls.problems();
    QList<Lead> waiting;
    for (const LeadSnapshot &s : *mqls) {
        if (s.lead.ownerEmail.isEmpty())
            waiting << s.lead;
    }
    // First come, first served: the oldest MQL gets the first free rep.
    std::stable_sort(waiting.begin(), waiting.end(),
        [](const Lead &a, const Lead &b) { return a.mqlAt != b.mqlAt ? a.mqlAt < b.mqlAt : a.id < b.id; });
    QList<Assignment> plan;
    const std::optional<ConfidenceBand> &band = m_policy.insight.band;
    for (const Lead &lead : std::as_const(waiting)) {
        LeadRouter &router = session.value()->router();
        const std::optional<double> p = band && m_likelihood ? m_likelihood(lead, nowUtc) : std::nullopt;
        const RoutingRule *first = !p   ? nullptr
            : *p >= band->fastLaneFrom  ? &band->fastLane
            : *p < band->sdrReviewBelow ? &band->sdrReview
                                        : nullptr;
        RoutingChoice choice
            = first ? router.choose(lead, *first, {}, true, nowUtc) : router.choose(lead, {}, true, nowUtc);
        if (first && choice.ruleId == first->id) {
            choice.likelihood = p;
            choice.explanation += tr(" (acceptance likelihood %1 %2)")
                                      .arg(*p, 0, 'f', 2)
                                      .arg(first == &band->fastLane
                                              ? tr("at or above the fast lane's %1").arg(band->fastLaneFrom)
                                              : tr("below SDR review's %1").arg(band->sdrReviewBelow));
        }
        plan << Assignment { lead.id, lead.account.name, choice };
    }
    return plan;
}

Result<int> RoutingRun::apply(const QList<Assignment> &assignments, const QDateTime &nowUtc)
{
    int written = 0;
    Result<bool> done = m_store.atomically([&]() -> Result<bool> {
        for (const Assignment &a : assignments) {
            if (a.choice.owner.isEmpty())
                continue;
            if (auto r = m_store.assign(
                    a.leadId, a.choice.owner, AutomationActor::routing(), a.choice.eventReason(), nowUtc);
                !r)
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
