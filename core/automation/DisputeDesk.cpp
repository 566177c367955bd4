#include "automation/DisputeDesk.h"

#include "automation/RoutingSession.h"
#include "automation/StoredLead.h"
#include "store/TeamStore.h"

namespace sal::core {

namespace {
// Whether the lead's last rejection has a dispute that is not settled yet.
bool hasOpenDispute(const LeadSnapshot &lead)
{
    bool open = false;
    for (const StageEvent &e : lead.events) {
        if (e.kind == EventKind::Disputed)
            open = true;
        else if (e.kind == EventKind::DisputeUpheld || e.kind == EventKind::DisputeOverturned
            || e.kind == EventKind::Rejected)
            open = false;
    }
    return open;
}
} // namespace

DisputeDesk::DisputeDesk(TeamStore &store, const PolicySet &policy)
    : m_store(store)
    , m_policy(policy)
{ }

Result<QString> DisputeDesk::open(
    const QString &leadId, const Rep &by, const QString &why, const QDateTime &nowUtc)
{
    Problems problems;
    if (by.role != Role::Marketing && by.role != Role::Manager)
        problems << Problem::forField(QStringLiteral("as"),
            tr("Only marketing or a manager can dispute a rejection; %1 is a %2.")
                .arg(by.email, roleToString(by.role)));
    if (why.trimmed().size() < kMinTextLength)
        problems << Problem::forField(QStringLiteral("text"),
            tr("Say why the rejection is wrong, in at least %1 characters.").arg(kMinTextLength));
    Result<LeadSnapshot> lead = StoredLead::find(m_store, leadId);
    if (!lead)
        return problems + lead.problems();
    if (lead->lead.stage != Stage::Rejected)
        problems << StoredLead::wrongStage(*lead, tr("rejected"));
    else if (hasOpenDispute(*lead))
        problems << Problem::forField(
            QStringLiteral("lead"), tr("Lead %1 already has an open dispute.").arg(leadId));
    if (!problems.isEmpty())
        return problems;
    if (auto r = m_store.appendEvent(leadId, EventKind::Disputed, by.email, why.trimmed(), nowUtc); !r)
        return r.problems();
    return tr("Dispute opened on %1; the manager of team %2 settles it.").arg(leadId, lead->lead.teamId);
}

Result<QString> DisputeDesk::settle(
    const QString &leadId, const Rep &by, Outcome outcome, const QString &note, const QDateTime &nowUtc)
{
    Result<LeadSnapshot> lead = StoredLead::find(m_store, leadId);
    if (!lead)
        return lead.problems();
    Problems problems;
    if (by.role != Role::Manager || by.teamId != lead->lead.teamId)
        problems << Problem::forField(QStringLiteral("as"),
            tr("Only the manager of team %1 can settle this dispute.").arg(lead->lead.teamId));
    if (lead->lead.stage != Stage::Rejected || !hasOpenDispute(*lead))
        problems << Problem::forField(QStringLiteral("lead"), tr("Lead %1 has no open dispute.").arg(leadId));
    if (!problems.isEmpty())
        return problems;
    const QString reason = note.trimmed();
    if (outcome == Outcome::Uphold) {
        if (auto r = m_store.appendEvent(leadId, EventKind::DisputeUpheld, by.email, reason, nowUtc); !r)
            return r.problems();
        return tr("Rejection of %1 upheld.").arg(leadId);
    }
    Result<std::unique_ptr<RoutingSession>> routing = RoutingSession::open(m_store, m_policy, nowUtc);
    if (!routing)
        return routing.problems();
    RoutingChoice choice;
    Result<bool> done = m_store.atomically([&]() -> Result<bool> {
        if (auto r = m_store.appendEvent(leadId, EventKind::DisputeOverturned, by.email, reason, nowUtc); !r)
            return r;
        Lead asMql = lead->lead;
        asMql.stage = Stage::Mql;
        Result<RoutingChoice> routed = routing.value()->routeAgain(
            m_store, asMql, {}, by.email, QStringLiteral("dispute_overturned"), nowUtc);
        if (!routed)
            return routed.problems();
        choice = *routed;
        return true;
    });
    if (!done)
        return done.problems();
    return tr("Rejection of %1 overturned: it is an MQL again and went to %2 (%3).")
        .arg(leadId, choice.owner, choice.explanation);
}

} // namespace sal::core
