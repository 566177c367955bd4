#include "automation/EscalationLadder.h"

#include "automation/AutomationActor.h"
#include "automation/DurationText.h"
#include "automation/FollowUpTask.h"
#include "automation/RerouteGuard.h"
#include "automation/RoutingSession.h"
#include "disposition/DispositionCodec.h"
#include "sla/LeadSla.h"
#include "store/LeadCodec.h"
#include "store/TeamStore.h"

namespace sal::core {

namespace {
const QString kAtRisk = QStringLiteral("at_risk");
const QString kBreach = QStringLiteral("sla_breach");
const QString kReroute = QStringLiteral("sla_reroute");
const QString kFollowUpAtRisk = QStringLiteral("follow_up_at_risk");
const QString kFollowUpOverdue = QStringLiteral("follow_up_overdue");
const QString kOutreachByAttempt = QStringLiteral("contact_attempt");

QString isoText(const QDateTime &t)
{
    return LeadCodec::isoUtc(t);
}

// Index of the last event that gave the lead to its current owner: the ladder's steps before it
// belonged to an earlier owner's window.
qsizetype currentRouting(const QList<StageEvent> &events)
{
    for (qsizetype i = events.size() - 1; i >= 0; --i) {
        if (events.at(i).kind == EventKind::Routed || events.at(i).kind == EventKind::Rerouted)
            return i;
    }
    return -1;
}
} // namespace

EscalationLadder::EscalationLadder(TeamStore &store, const PolicySet &policy)
    : m_store(store)
    , m_policy(policy)
{ }

const SlaClock &EscalationLadder::clockFor(const QString &teamId, const TeamDirectory &directory)
{
    auto it = m_clocks.find(teamId);
    if (it == m_clocks.end()) {
        const std::optional<Team> team = directory.team(teamId);
        const BusinessCalendar calendar = team && m_policy.calendars.contains(team->calendarId)
            ? m_policy.calendars.value(team->calendarId)
            : (m_policy.calendars.isEmpty() ? BusinessCalendar() : m_policy.calendars.first());
        it = m_clocks.emplace(teamId, SlaClock(calendar, m_policy.sla)).first;
    }
    return it->second;
}

LadderAction EscalationLadder::base(LadderStep step, const LeadSnapshot &lead, const QDateTime &threshold)
{
    LadderAction a;
    a.step = step;
    a.leadId = lead.lead.id;
    a.company = lead.lead.account.name;
    a.teamId = lead.lead.teamId;
    a.owner = lead.lead.ownerEmail;
    a.thresholdUtc = threshold;
    return a;
}

Result<QList<LadderAction>> EscalationLadder::plan(const QDateTime &nowUtc, const QString &teamId)
{
    const QDateTime now = nowUtc.toUTC();
    Result<std::unique_ptr<RoutingSession>> routing = RoutingSession::open(m_store, m_policy, now);
    if (!routing)
        return routing.problems();
    RoutingSession &session = *routing.value();

    QList<LadderAction> actions;
    for (Stage stage : { Stage::Mql, Stage::Sal }) {
        Result<QList<LeadSnapshot>> leads = m_store.leadsInStage(stage);
        if (!leads)
            return leads.problems();
        for (const LeadSnapshot &lead : *leads) {
            if (lead.lead.ownerEmail.isEmpty() || (!teamId.isEmpty() && lead.lead.teamId != teamId))
                continue;
            const Result<bool> planned = stage == Stage::Mql ? planResponse(lead, now, session, actions)
                                                             : planFollowUp(lead, now, session, actions);
            if (!planned)
                return planned.problems();
        }
    }
    return actions;
}

Result<bool> EscalationLadder::planResponse(
    const LeadSnapshot &lead, const QDateTime &now, RoutingSession &routing, QList<LadderAction> &actions)
{
    const TeamDirectory &directory = routing.directory();
    const auto nameOf = [&](const QString &email) { return routing.nameOf(email); };
    const SlaClock &clock = clockFor(lead.lead.teamId, directory);
    const SlaWindow window = LeadSla::window(lead.lead, lead.events, clock);
    if (window.isPaused())
        return true;
    const EscalationThresholds at = clock.thresholds(window);
    if (now < at.warnAtUtc)
        return true;
    bool warned = false;
    bool escalated = false;
    for (qsizetype i = currentRouting(lead.events) + 1; i < lead.events.size(); ++i) {
        warned = warned || lead.events.at(i).kind == EventKind::AtRiskWarned;
        escalated = escalated || lead.events.at(i).kind == EventKind::Escalated;
    }
    const SlaStatus status = clock.status(window, now);
    const QString owner = nameOf(lead.lead.ownerEmail);
    const QString tier = lead.lead.tier;

    // A warning is for a lead that can still be saved: once the deadline passed, the escalation says it all.
    if (!warned && now < at.escalateAtUtc) {
        LadderAction a = base(LadderStep::WarnOwner, lead, at.warnAtUtc);
        a.target = lead.lead.ownerEmail;
        a.reason = kAtRisk;
        a.explanation = tr("Warn %1: only %2 of the %3 %4 window are left (at risk since %5, deadline %6).")
                            .arg(owner, DurationText::of(status.remainingSeconds),
                                DurationText::of(window.windowSeconds), tier, isoText(at.warnAtUtc),
                                isoText(window.deadlineUtc));
        actions << a;
    }
    if (now >= at.escalateAtUtc && !escalated) {
        const QString manager = directory.managerOf(lead.lead.teamId);
        LadderAction a = base(LadderStep::EscalateToManager, lead, at.escalateAtUtc);
        a.target = manager;
        a.reason = kBreach;
        a.explanation
            = tr("Escalate to the manager %1: %2 has not decided within the %3 %4 window (deadline %5, "
                 "%6 of business time ago).")
                  .arg(manager.isEmpty() ? tr("(the team has none)") : nameOf(manager), owner,
                      DurationText::of(window.windowSeconds), tier, isoText(window.deadlineUtc),
                      DurationText::of(-status.remainingSeconds));
        actions << a;
    }
    if (now < at.rerouteAtUtc)
        return true;

    LadderAction a = base(LadderStep::Reroute, lead, at.rerouteAtUtc);
    Result<QList<ReceivedOperation>> operations = m_store.operations(lead.lead.id);
    if (!operations)
        return operations.problems();
    if (const QString hold = RerouteGuard::holdReason(lead, *operations, clock, now); !hold.isEmpty()) {
        a.step = LadderStep::HoldReroute;
        a.explanation = tr("Keep with %1 although the re-route threshold passed at %2: %3.")
                            .arg(owner, isoText(at.rerouteAtUtc), hold);
        actions << a;
        return true;
    }
    const RoutingChoice choice = routing.router().choose(lead.lead, { lead.lead.ownerEmail }, false, now);
    if (choice.owner.isEmpty()) {
        a.step = LadderStep::HoldReroute;
        a.explanation = tr("Keep with %1 although the re-route threshold passed at %2: %3%4.")
                            .arg(owner, isoText(at.rerouteAtUtc), choice.explanation,
                                choice.skipped.isEmpty() ? QString()
                                                         : QStringLiteral(" (")
                                        + choice.skipped.join(QStringLiteral("; ")) + QLatin1Char(')'));
        actions << a;
        return true;
    }
    const qint64 held = clock.calendar().businessSecondsBetween(lead.lead.routedAt, now);
    a.target = choice.owner;
    a.reason = QStringLiteral("%1: %2 -> %3 after %4 business seconds")
                   .arg(kReroute, lead.lead.ownerEmail, choice.owner)
                   .arg(held);
    a.explanation
        = tr("Re-route from %1 to %2: %3 of business time since it was routed, past the re-route threshold "
             "(%4); %5.%6")
              .arg(owner, nameOf(choice.owner), DurationText::of(held), isoText(at.rerouteAtUtc),
                  choice.explanation,
                  choice.skipped.isEmpty()
                      ? QString()
                      : tr(" Passed over: %1.").arg(choice.skipped.join(QStringLiteral("; "))));
    actions << a;
    return true;
}

Result<bool> EscalationLadder::planFollowUp(const LeadSnapshot &lead, const QDateTime &now,
    const RoutingSession &routing, QList<LadderAction> &actions)
{
    const TeamDirectory &directory = routing.directory();
    const auto nameOf = [&](const QString &email) { return routing.nameOf(email); };
    const SlaClock &clock = clockFor(lead.lead.teamId, directory);
    const std::optional<FollowUpTask> task = FollowUpTask::of(lead, clock);
    if (!task)
        return true;
    const QString owner = nameOf(lead.lead.ownerEmail);
    if (task->outreachAtUtc.isValid()) {
        if (!task->outreachRecorded) {
            LadderAction a = base(LadderStep::RecordFirstOutreach, lead, task->outreachAtUtc);
            a.target = lead.lead.ownerEmail;
            a.reason = kOutreachByAttempt;
            a.explanation
                = tr("Record the first outreach of %1 at %2 (a contact attempt after acceptance): the "
                     "follow-up SLA was %3.")
                      .arg(owner, isoText(task->outreachAtUtc),
                          task->window.metAtUtc <= task->window.deadlineUtc ? tr("met") : tr("missed"));
            actions << a;
        }
        return true;
    }
    const EscalationThresholds at = clock.thresholds(task->window);
    if (now < at.warnAtUtc)
        return true;
    // The promised next step makes the explanation concrete.
    Result<QList<ReceivedOperation>> operations = m_store.operations(lead.lead.id);
    if (!operations)
        return operations.problems();
    QString promised;
    for (const ReceivedOperation &op : *operations) {
        if (op.operation.kind == OperationKind::Accept && op.result.status != ApplyStatus::Conflict) {
            const Disposition d = DispositionCodec::dispositionFromJson(op.operation.payload);
            if (d.nextStep)
                promised = tr(" The promised next step: %1 by %2.")
                               .arg(nextStepKindToString(*d.nextStep), isoText(d.nextStepDueUtc));
        }
    }
    const SlaStatus status = clock.status(task->window, now);
    if (!task->warned && now < at.escalateAtUtc) {
        LadderAction a = base(LadderStep::WarnFollowUp, lead, at.warnAtUtc);
        a.target = lead.lead.ownerEmail;
        a.reason = kFollowUpAtRisk;
        a.explanation
            = tr("Warn %1: the first outreach after acceptance is due by %2 (%3 of business time left).%4")
                  .arg(owner, isoText(task->window.deadlineUtc), DurationText::of(status.remainingSeconds),
                      promised);
        actions << a;
    }
    if (now >= at.escalateAtUtc && !task->escalated) {
        const QString manager = directory.managerOf(lead.lead.teamId);
        LadderAction a = base(LadderStep::EscalateFollowUp, lead, at.escalateAtUtc);
        a.target = manager;
        a.reason = kFollowUpOverdue;
        a.explanation
            = tr("Escalate to the manager %1: %2 accepted the lead at %3 and has not reached out by the "
                 "follow-up deadline %4.%5")
                  .arg(manager.isEmpty() ? tr("(the team has none)") : nameOf(manager), owner,
                      isoText(task->acceptedAtUtc), isoText(task->window.deadlineUtc), promised);
        actions << a;
    }
    return true;
}

Result<int> EscalationLadder::apply(const QList<LadderAction> &actions, const QDateTime &nowUtc)
{
    int written = 0;
    const QString actor = AutomationActor::escalation();
    Result<bool> done = m_store.atomically([&]() -> Result<bool> {
        for (const LadderAction &a : actions) {
            Result<bool> r = true;
            switch (a.step) {
            case LadderStep::WarnOwner:
            case LadderStep::WarnFollowUp:
                r = m_store.appendEvent(a.leadId, EventKind::AtRiskWarned, actor, a.reason, nowUtc);
                break;
            case LadderStep::EscalateToManager:
            case LadderStep::EscalateFollowUp:
                r = m_store.appendEvent(a.leadId, EventKind::Escalated, actor, a.reason, nowUtc);
                break;
            case LadderStep::Reroute:
                r = m_store.assign(a.leadId, a.target, actor, a.reason, nowUtc);
                break;
            case LadderStep::RecordFirstOutreach:
                r = m_store.appendEvent(
                    a.leadId, EventKind::FirstOutreach, a.target, a.reason, a.thresholdUtc);
                break;
            case LadderStep::HoldReroute:
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
