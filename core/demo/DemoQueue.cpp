#include "demo/DemoQueue.h"

#include "demo/DemoLeadFactory.h"
#include "demo/DemoRandom.h"
#include "demo/DemoSchedule.h"
#include "demo/DemoTimeline.h"

namespace sal::core {

namespace {
const QString kLadder = QStringLiteral("system:escalation");
} // namespace

DemoQueue::DemoQueue(DemoSchedule &schedule)
    : m_schedule(schedule)
    , m_dispositions(schedule)
{ }

void DemoQueue::place(DemoLeadPlan &plan)
{
    DemoRandom &random = m_schedule.random();
    Lead &lead = plan.lead;
    const QString team = lead.teamId;
    const SlaClock &clock = m_schedule.clock(team);
    const SlaTier tier = m_schedule.tier(lead.tier);
    const double window = double(tier.responseSeconds());
    const QDateTime now = m_schedule.now();

    // The share of the window used by now: at risk once less than a quarter is left (the default
    // policy), breached past the deadline but before the re-route threshold.
    const double used = plan.queueState == SlaState::AtRisk ? random.between(0.77, 0.97)
        : plan.queueState == SlaState::Breached             ? random.between(1.03, 1.45)
                                                            : random.between(0.02, 0.7);
    const QDateTime routedAt = m_schedule.before(team, now, qint64(used * window));
    QDateTime firstRoutedAt = routedAt;
    if (random.chance(0.07)) {
        // Its first owner let it run past the re-route threshold; the ladder gave it to this rep.
        const Rep previous = m_schedule.otherRep(plan.owner);
        const QDateTime start = m_schedule.before(team, routedAt, qint64(1.5 * window));
        const QDateTime reroutedAt = clock.thresholds(clock.open(start, tier)).rerouteAtUtc;
        if (previous.email != plan.owner.email && reroutedAt < now.addSecs(-60)) {
            firstRoutedAt = start;
            plan.reroutedAtUtc = reroutedAt;
            lead.ownerEmail = previous.email;
        }
    }
    const QDateTime mqlAt = firstRoutedAt.addSecs(-random.between(60, 900));
    DemoLeadFactory::shift(lead, lead.mqlAt.secsTo(mqlAt));
    lead.routedAt = firstRoutedAt;
}

void DemoQueue::plan(const DemoLeadPlan &plan, DemoTimeline &timeline)
{
    DemoRandom &random = m_schedule.random();
    const Lead &lead = plan.lead;
    const QString team = lead.teamId;
    const BusinessCalendar &calendar = m_schedule.calendar(team);
    const SlaClock &clock = m_schedule.clock(team);
    const SlaTier tier = m_schedule.tier(lead.tier);
    const QDateTime now = m_schedule.now();
    const QString previousTerritory = m_schedule.roster().person(lead.ownerEmail).territoryId;
    timeline.arrive(lead, QStringLiteral("territory %1").arg(previousTerritory));

    QDateTime routedAt = lead.routedAt;
    if (plan.reroutedAtUtc.isValid()) {
        const EscalationThresholds first = clock.thresholds(clock.open(routedAt, tier));
        timeline.event(EventKind::AtRiskWarned, kLadder, QStringLiteral("at_risk"), first.warnAtUtc);
        timeline.event(EventKind::Escalated, kLadder, QStringLiteral("sla_breach"), first.escalateAtUtc);
        timeline.assign(plan.owner.email, kLadder, QStringLiteral("sla_reroute"), plan.reroutedAtUtc);
        routedAt = plan.reroutedAtUtc;
    }

    const QString owner = timeline.owner();
    const qint64 elapsed = calendar.businessSecondsBetween(routedAt, now);
    const QDateTime latest = now.addSecs(-60);
    if (elapsed > 300 && random.chance(plan.queueState == SlaState::OnTrack ? 0.5 : 0.75)) {
        const QDateTime openedAt
            = m_schedule.after(team, routedAt, double(elapsed) * random.between(0.05, 0.6));
        if (openedAt < latest) {
            timeline.defer(openedAt, [&timeline, owner, openedAt] {
                timeline.event(EventKind::FirstOpened, owner, QStringLiteral("queue"), openedAt);
            });
            // Tried once or twice already, nothing decided yet.
            const int attempts = random.chance(0.3) ? random.between(1, 2) : 0;
            const QList<ContactChannel> channels = m_dispositions.channels(attempts, 1);
            // Outcomes that fit the data (a bad address bounces), but nobody has got through yet.
            const DemoFate sofar = plan.fate.kind == DispositionKind::Accept
                ? DemoFate { DispositionKind::NeedsInfo, {}, {} }
                : plan.fate;
            for (int i = 0; i < attempts; ++i) {
                const QDateTime at
                    = m_schedule.after(team, routedAt, double(elapsed) * random.between(0.65, 0.95));
                if (at <= openedAt || at >= latest)
                    continue;
                const Operation op = timeline.attempt(
                    channels.at(i), m_dispositions.attemptOutcome(sofar, channels.at(i)), at);
                const QDateTime arrived = std::min(at.addSecs(random.between(1, 40)), latest);
                timeline.defer(arrived, [&timeline, op, arrived] { timeline.push({ op }, arrived); });
            }
        }
    }
    const EscalationThresholds thresholds = clock.thresholds(clock.open(routedAt, tier));
    if (thresholds.warnAtUtc < now)
        timeline.defer(thresholds.warnAtUtc, [&timeline, at = thresholds.warnAtUtc] {
            timeline.event(EventKind::AtRiskWarned, kLadder, QStringLiteral("at_risk"), at);
        });
    if (thresholds.escalateAtUtc < now)
        timeline.defer(thresholds.escalateAtUtc, [&timeline, at = thresholds.escalateAtUtc] {
            timeline.event(EventKind::Escalated, kLadder, QStringLiteral("sla_breach"), at);
        });
    timeline.flush();
}

} // namespace sal::core
