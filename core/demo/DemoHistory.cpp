#include "demo/DemoHistory.h"

#include "demo/DemoRandom.h"
#include "demo/DemoSchedule.h"
#include "demo/DemoTimeline.h"
#include "policy/PolicySet.h"

#include <QJsonObject>

namespace sal::core {

namespace {
const QString kLadder = QStringLiteral("system:escalation");
constexpr double kBusinessDay = 8 * 3600.0;
} // namespace

DemoHistory::DemoHistory(DemoSchedule &schedule)
    : m_schedule(schedule)
    , m_dispositions(schedule)
{ }

double DemoHistory::decisionShare(double pace)
{
    // Share of the SLA window a rep takes to decide: most well inside it, some at risk, about one
    // in eight past the deadline (escalated), scaled by how fast this rep usually is.
    DemoRandom &random = m_schedule.random();
    const double r = random.unit();
    const double share = r < 0.55 ? random.between(0.03, 0.55)
        : r < 0.75                ? random.between(0.55, 0.75)
        : r < 0.88                ? random.between(0.75, 1.0)
                                  : random.between(1.0, 1.4);
    // Never past the re-route threshold (deadline + half the window): those are planned as re-routes.
    return std::min(1.45, share * pace);
}

DemoHistory::Decided DemoHistory::decide(DemoTimeline &timeline, const Lead &lead, const DemoFate &fate,
    const QDateTime &routedAt, double share, bool mayWorkOffline, bool firstOpen,
    const QString &duplicateOfId)
{
    DemoRandom &random = m_schedule.random();
    const QString team = lead.teamId;
    const BusinessCalendar &calendar = m_schedule.calendar(team);
    const SlaClock &clock = m_schedule.clock(team);
    const SlaTier tier = m_schedule.tier(lead.tier);
    const double window = double(tier.responseSeconds());
    const QDateTime now = m_schedule.now();
    const ReasonTaxonomy &taxonomy = m_schedule.policy().reasons;
    const std::optional<RejectionReason> reason = taxonomy.reason(fate.reasonCode);
    const bool needsAttempts = fate.kind == DispositionKind::Reject && reason && reason->needsAttempts;
    if (needsAttempts)
        share = std::max(share, 0.35); // trying three times over two channels takes a while

    // When the rep decides; a lead routed shortly before "now" is decided faster, still in the past.
    QDateTime decidedAt = m_schedule.after(team, routedAt, share * window);
    const QDateTime latest = now.addSecs(-1800);
    if (decidedAt >= latest) {
        const qint64 available = calendar.businessSecondsBetween(routedAt, latest.addSecs(-600));
        decidedAt = available > 1200
            ? calendar.addBusinessSeconds(routedAt, qint64(double(available) * random.between(0.3, 0.9)))
            : routedAt.addSecs(random.between(600, 1800));
        decidedAt = std::min(decidedAt, latest.addSecs(-60));
    }
    const qint64 spent = std::max<qint64>(600, calendar.businessSecondsBetween(routedAt, decidedAt));

    // Contact attempts before the decision, evenly through the time the rep spent on it.
    int attempts = 0;
    if (needsAttempts)
        attempts
            = std::max({ taxonomy.minContactAttempts, taxonomy.minAttemptChannels, random.between(3, 5) });
    else if (fate.kind == DispositionKind::Accept)
        attempts = random.chance(0.25) ? random.between(1, 2) : 0;
    else
        attempts = random.chance(0.1) ? 1 : 0;
    const QList<ContactChannel> channels
        = m_dispositions.channels(attempts, needsAttempts ? taxonomy.minAttemptChannels : 1);
    QList<QDateTime> attemptTimes;
    for (int i = 0; i < attempts; ++i) {
        QDateTime at = m_schedule.after(team, routedAt, double(spent) * (i + 1) / (attempts + 1));
        const QDateTime latestAttempt = decidedAt.addSecs(-90 * (attempts - i));
        if (at >= latestAttempt)
            at = latestAttempt;
        if (!attemptTimes.isEmpty() && at <= attemptTimes.constLast())
            at = attemptTimes.constLast().addSecs(60);
        attemptTimes << at;
    }

    // The first time the rep opened it, before they did anything with it.
    QDateTime openedAt;
    if (firstOpen && random.chance(0.93)) {
        const QDateTime bound = attemptTimes.isEmpty() ? decidedAt : attemptTimes.constFirst();
        openedAt
            = m_schedule.after(team, routedAt, double(spent) * random.between(0.02, 0.8 / (attempts + 1)));
        if (openedAt >= bound)
            openedAt = routedAt.addSecs(random.between(10, 120));
        if (openedAt >= bound)
            openedAt = {};
    }

    // Pushed seconds later, or hours later from a rep who worked offline (never so late that the
    // ladder would have re-routed the lead in between).
    const EscalationThresholds thresholds = clock.thresholds(clock.open(routedAt, tier));
    QDateTime receivedAt = decidedAt.addSecs(random.between(1, 40));
    bool offline = false;
    if (mayWorkOffline && random.chance(0.09)) {
        const QDateTime late = decidedAt.addSecs(random.between(qint64(40 * 60), qint64(50 * 3600)));
        if (late < thresholds.rerouteAtUtc && late < now.addSecs(-300)) {
            receivedAt = late;
            offline = true;
        }
    }

    const QString owner = timeline.owner();
    if (openedAt.isValid())
        timeline.defer(openedAt, [&timeline, owner, openedAt] {
            timeline.event(EventKind::FirstOpened, owner, QStringLiteral("queue"), openedAt);
        });
    QList<Operation> batch;
    for (int i = 0; i < attempts; ++i) {
        const Operation op = timeline.attempt(
            channels.at(i), m_dispositions.attemptOutcome(fate, channels.at(i)), attemptTimes.at(i));
        if (offline && attemptTimes.at(i) >= decidedAt.addSecs(-8 * 3600)) {
            batch << op; // made offline: arrives with the decision
            continue;
        }
        const QDateTime arrived = attemptTimes.at(i).addSecs(random.between(1, 40));
        timeline.defer(arrived, [&timeline, op, arrived] { timeline.push({ op }, arrived); });
    }
    // The ladder only knows what has reached the team store.
    if (thresholds.warnAtUtc < receivedAt)
        timeline.defer(thresholds.warnAtUtc, [&timeline, at = thresholds.warnAtUtc] {
            timeline.event(EventKind::AtRiskWarned, kLadder, QStringLiteral("at_risk"), at);
        });
    if (thresholds.escalateAtUtc < receivedAt)
        timeline.defer(thresholds.escalateAtUtc, [&timeline, at = thresholds.escalateAtUtc] {
            timeline.event(EventKind::Escalated, kLadder, QStringLiteral("sla_breach"), at);
        });
    timeline.flush();

    Decided decided;
    decided.decidedAt = decidedAt;
    decided.receivedAt = receivedAt;
    decided.disposition
        = m_dispositions.make(fate, lead, m_schedule.roster().person(owner), decidedAt, duplicateOfId);
    const QJsonObject snapshot {
        { QStringLiteral("score"), lead.score.total() },
        { QStringLiteral("fit"), lead.score.fitPoints() },
        { QStringLiteral("engagement"), lead.score.engagementPoints() },
        { QStringLiteral("tier"), lead.tier },
        { QStringLiteral("sla_state"),
            slaStateToString(clock.status(clock.open(routedAt, tier), decidedAt).state) },
        { QStringLiteral("attempts"), attempts },
    };
    batch << timeline.decision(decided.disposition, decidedAt, snapshot);
    timeline.push(batch, receivedAt);
    return decided;
}

void DemoHistory::followUp(DemoTimeline &timeline, const Lead &lead, const Decided &decided)
{
    DemoRandom &random = m_schedule.random();
    const QString team = lead.teamId;
    const SlaClock &clock = m_schedule.clock(team);
    const SlaTier tier = m_schedule.tier(lead.tier);
    const QDateTime now = m_schedule.now().addSecs(-300);
    const QString owner = timeline.owner();

    // The follow-up SLA starts at acceptance; about one in ten first outreaches is late.
    const SlaWindow followUp = clock.openFollowUp(decided.decidedAt, tier);
    const double r = random.unit();
    const double share = r < 0.7 ? random.between(0.1, 0.8)
        : r < 0.9                ? random.between(0.8, 1.0)
                                 : random.between(1.0, 2.0);
    const QDateTime outreach
        = std::max(m_schedule.after(team, decided.decidedAt, share * double(tier.followUpSeconds())),
            decided.receivedAt.addSecs(random.between(60, 900)));
    // One in twenty accepted leads is never reached at all; the ladder escalated those too when their
    // deadline passed, so today's run does not find months-old follow-ups nobody was told about.
    const bool reachedOut = random.chance(0.95) && outreach < now;
    const QDateTime firstContact = reachedOut ? outreach : now;
    if (followUp.deadlineUtc < firstContact && followUp.deadlineUtc > decided.receivedAt
        && followUp.deadlineUtc < now)
        timeline.event(
            EventKind::Escalated, kLadder, QStringLiteral("follow_up_overdue"), followUp.deadlineUtc);
    if (!reachedOut)
        return;
    const QString step
        = decided.disposition.nextStep ? nextStepKindToString(*decided.disposition.nextStep) : QString();
    timeline.event(EventKind::FirstOutreach, owner, step, outreach);

    if (random.chance(0.55)) {
        const QDateTime sql = m_schedule.after(team, outreach, random.between(1.0, 12.0) * kBusinessDay);
        if (sql >= now)
            return;
        timeline.event(EventKind::ConvertedToSql, owner, m_dispositions.sqlReason(), sql);
        if (random.chance(0.45)) {
            const QDateTime opportunity
                = m_schedule.after(team, sql, random.between(2.0, 15.0) * kBusinessDay);
            if (opportunity < now)
                timeline.event(EventKind::OpportunityCreated, owner,
                    QStringLiteral("opportunity created in CRM"), opportunity);
        } else if (random.chance(0.12)) {
            const QDateTime lost = m_schedule.after(team, sql, random.between(3.0, 20.0) * kBusinessDay);
            if (lost < now)
                timeline.event(EventKind::Disqualified, owner, m_dispositions.disqualificationReason(), lost);
        }
    } else if (random.chance(0.3)) {
        const QDateTime lost = m_schedule.after(team, outreach, random.between(2.0, 20.0) * kBusinessDay);
        if (lost < now)
            timeline.event(EventKind::Disqualified, owner, m_dispositions.disqualificationReason(), lost);
    }
}

void DemoHistory::enrich(
    DemoTimeline &timeline, const DemoLeadPlan &plan, const Decided &decided, const QString &duplicateOfId)
{
    DemoRandom &random = m_schedule.random();
    if (!random.chance(0.45))
        return;
    const QString team = plan.lead.teamId;
    const double window = double(m_schedule.tier(plan.lead.tier).responseSeconds());
    const QDateTime enrichedAt
        = m_schedule.after(team, decided.receivedAt, random.between(4.0, 24.0) * 3600.0);
    const double share = random.between(0.05, 0.5);
    // Only when the second decision fits before "now": an enriched lead nobody decided again would
    // sit in a queue with a clock that ran out weeks ago.
    if (m_schedule.after(team, enrichedAt, window) >= m_schedule.now().addSecs(-3600))
        return;

    Lead enriched = plan.complete;
    enriched.stage = Stage::NeedsInfo;
    enriched.ownerEmail = timeline.owner();
    enriched.routedAt = timeline.routedAt();
    timeline.put(enriched, enrichedAt);
    const QDateTime back = enrichedAt.addSecs(random.between(30, 300));
    timeline.event(EventKind::Enriched, m_schedule.roster().marketing().email,
        QStringLiteral("added ") + plan.fate.missingItems.join(QStringLiteral(", ")), back);

    DemoFate second;
    if (random.chance(0.25)) {
        // What marketing found settles it the other way.
        QStringList codes;
        for (const RejectionReason &r : m_schedule.policy().reasons.reasons) {
            if (!r.needsAttempts && !r.needsText
                && (r.code == QLatin1String("outside_icp") || r.code == QLatin1String("wrong_persona")))
                codes << r.code;
        }
        if (!codes.isEmpty()) {
            second.kind = DispositionKind::Reject;
            second.reasonCode = random.pick(codes);
        }
    }
    const Decided again = decide(timeline, enriched, second, back, share, false, false, duplicateOfId);
    if (second.kind == DispositionKind::Accept)
        followUp(timeline, enriched, again);
}

void DemoHistory::plan(const DemoLeadPlan &plan, DemoTimeline &timeline, const QString &duplicateOfId)
{
    DemoRandom &random = m_schedule.random();
    const Lead &lead = plan.lead;
    const QString team = lead.teamId;
    const SlaClock &clock = m_schedule.clock(team);
    const SlaTier tier = m_schedule.tier(lead.tier);
    const double window = double(tier.responseSeconds());
    const QDateTime now = m_schedule.now();
    timeline.arrive(lead, QStringLiteral("territory %1").arg(plan.owner.territoryId));

    QDateTime routedAt = lead.routedAt;
    double share = 0;
    bool mayWorkOffline = true;
    const double r = random.unit();
    const EscalationThresholds thresholds = clock.thresholds(clock.open(routedAt, tier));
    if (r < 0.035 && thresholds.rerouteAtUtc < now.addSecs(-86400)) {
        // Nobody touched it: the ladder warns, tells the manager and gives it to a colleague.
        timeline.event(EventKind::AtRiskWarned, kLadder, QStringLiteral("at_risk"), thresholds.warnAtUtc);
        timeline.event(EventKind::Escalated, kLadder, QStringLiteral("sla_breach"), thresholds.escalateAtUtc);
        timeline.assign(m_schedule.otherRep(plan.owner).email, kLadder, QStringLiteral("sla_reroute"),
            thresholds.rerouteAtUtc);
        routedAt = thresholds.rerouteAtUtc;
        share = random.between(0.05, 0.6);
        mayWorkOffline = false;
    } else if (const QDateTime handover
               = m_schedule.after(team, routedAt, window * random.between(0.02, 0.2));
               r < 0.05 && handover < now.addSecs(-86400)) {
        // The manager hands it over: its rep is out of the office.
        timeline.assign(m_schedule.otherRep(plan.owner).email, m_schedule.roster().team(team).managerEmail,
            QStringLiteral("rep_out_of_office"), handover);
        routedAt = handover;
        share = random.between(0.05, 0.7);
        mayWorkOffline = false;
    } else {
        share = decisionShare(m_schedule.roster().pace(plan.owner.email));
    }

    const Decided decided
        = decide(timeline, lead, plan.fate, routedAt, share, mayWorkOffline, true, duplicateOfId);
    if (plan.fate.kind == DispositionKind::Accept)
        followUp(timeline, lead, decided);
    else if (plan.fate.kind == DispositionKind::NeedsInfo)
        enrich(timeline, plan, decided, duplicateOfId);
}

} // namespace sal::core
