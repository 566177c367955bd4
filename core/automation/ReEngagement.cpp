#include "automation/ReEngagement.h"

#include "automation/RoutingSession.h"
#include "automation/StoredLead.h"
#include "store/TeamStore.h"

namespace sal::core {

namespace {
// Whether the lead was excluded after its last rejection or disqualification.
bool excluded(const LeadSnapshot &lead)
{
    bool out = false;
    for (const StageEvent &e : lead.events) {
        if (e.kind == EventKind::Excluded)
            out = true;
        else if (e.kind == EventKind::Rejected || e.kind == EventKind::Disqualified)
            out = false;
    }
    return out;
}
} // namespace

ReEngagement::ReEngagement(TeamStore &store, const PolicySet &policy)
    : m_store(store)
    , m_policy(policy)
{ }

int ReEngagement::reMqlCount(const LeadSnapshot &lead)
{
    return int(std::count_if(lead.events.cbegin(), lead.events.cend(),
        [](const StageEvent &e) { return e.kind == EventKind::Recycled; }));
}

std::optional<NurtureEnrolment> ReEngagement::enrolment(const LeadSnapshot &lead)
{
    for (qsizetype i = lead.events.size() - 1; i >= 0; --i) {
        const StageEvent &e = lead.events.at(i);
        if (e.kind == EventKind::Recycled || e.kind == EventKind::Rejected
            || e.kind == EventKind::Disqualified)
            return std::nullopt; // an older enrolment belongs to an earlier cycle
        if (e.kind == EventKind::Nurtured)
            return NurtureEnrolment::fromReason(e.reason);
    }
    return std::nullopt;
}

Result<QList<NurtureDue>> ReEngagement::due(const QDate &today)
{
    QList<NurtureDue> list;
    for (Stage stage : { Stage::Rejected, Stage::Disqualified }) {
        Result<QList<LeadSnapshot>> leads = m_store.leadsInStage(stage);
        if (!leads)
            return leads.problems();
        for (const LeadSnapshot &s : *leads) {
            const auto enrolled = enrolment(s);
            if (enrolled && enrolled->until <= today)
                list << NurtureDue { s.lead.id, s.lead.account.name, enrolled->track, enrolled->until,
                    reMqlCount(s) };
        }
    }
    std::stable_sort(list.begin(), list.end(),
        [](const NurtureDue &a, const NurtureDue &b) { return a.reEngageOn < b.reEngageOn; });
    return list;
}

Result<QString> ReEngagement::reMql(const QString &leadId, const QString &actor, const QDateTime &nowUtc)
{
    Result<LeadSnapshot> lead = StoredLead::find(m_store, leadId);
    if (!lead)
        return lead.problems();
    if (lead->lead.stage != Stage::Rejected && lead->lead.stage != Stage::Disqualified)
        return StoredLead::wrongStage(*lead, tr("rejected or disqualified"));
    if (excluded(*lead))
        return Problem::forField(
            QStringLiteral("lead"), tr("Lead %1 was excluded: it is never recycled.").arg(leadId));
    Result<std::unique_ptr<RoutingSession>> routing = RoutingSession::open(m_store, m_policy, nowUtc);
    if (!routing)
        return routing.problems();
    const int count = reMqlCount(*lead) + 1;
    RoutingChoice choice;
    Result<bool> done = m_store.atomically([&]() -> Result<bool> {
        if (auto r = m_store.appendEvent(
                leadId, EventKind::Recycled, actor, QStringLiteral("re_mql %1").arg(count), nowUtc);
            !r)
            return r;
        Lead asMql = lead->lead;
        asMql.stage = Stage::Mql;
        Result<RoutingChoice> routed
            = routing.value()->routeAgain(m_store, asMql, {}, actor, QStringLiteral("re_mql"), nowUtc);
        if (!routed)
            return routed.problems();
        choice = *routed;
        return true;
    });
    if (!done)
        return done.problems();
    return tr("%1 is an MQL again (re-MQL #%2) and went to %3: %4.")
        .arg(leadId)
        .arg(count)
        .arg(choice.owner, choice.explanation);
}

} // namespace sal::core
