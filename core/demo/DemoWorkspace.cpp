#include "demo/DemoWorkspace.h"

#include "demo/DemoHistory.h"
#include "demo/DemoLeadFactory.h"
#include "demo/DemoPlanner.h"
#include "demo/DemoQueue.h"
#include "demo/DemoRandom.h"
#include "demo/DemoReplay.h"
#include "demo/DemoRoster.h"
#include "demo/DemoSchedule.h"
#include "demo/DemoTimeline.h"
#include "policy/PolicySet.h"
#include "store/SqlTeamStore.h"

#include <QMap>
#include <algorithm>
#include <numeric>

namespace sal::core {

namespace {
Problems checkInputs(
    TeamStore &store, const PolicySet &policy, const DemoOptions &options, const DemoRoster &roster)
{
    Problems problems;
    if (options.leads < 0 || options.leads > DemoWorkspace::kMaxLeads)
        problems << Problem::forField(QStringLiteral("leads"),
            DemoWorkspace::tr("The number of leads must be between 0 and %1.").arg(DemoWorkspace::kMaxLeads));
    if (!options.nowUtc.isValid())
        problems << Problem::forField(QStringLiteral("now"),
            DemoWorkspace::tr("The demo needs a valid \"now\" to place its "
                              "history before."));
    for (const Team &team : roster.teams()) {
        if (!policy.calendars.value(team.calendarId).isValid())
            problems << Problem::forField(QStringLiteral("calendar"),
                DemoWorkspace::tr("The policy has no valid calendar \"%1\" for team %2.")
                    .arg(team.calendarId, team.name));
    }
    if (policy.sla.tiers.isEmpty())
        problems << Problem::forField(
            QStringLiteral("sla"), DemoWorkspace::tr("The SLA policy has no tiers."));
    const Result<QList<Team>> existing = store.teams();
    if (!existing)
        problems << existing.problems();
    else if (!existing->isEmpty())
        problems << Problem::forField(QStringLiteral("store"),
            DemoWorkspace::tr("The demo workspace can only be generated into an empty team store."));
    return problems;
}

Result<bool> writeRoster(TeamStore &store, const PolicySet &policy, const DemoRoster &roster)
{
    auto *sqlite = dynamic_cast<SqlTeamStore *>(&store);
    if (sqlite) {
        if (auto r = sqlite->beginBulk(); !r)
            return r;
    }
    Result<bool> written = roster.writeTo(store, policy);
    if (sqlite) {
        if (!written) {
            sqlite->rollbackBulk();
            return written;
        }
        return sqlite->commitBulk();
    }
    return written;
}
} // namespace

Result<DemoSummary> DemoWorkspace::generate(
    TeamStore &store, const PolicySet &policy, const DemoOptions &options)
{
    const DemoRoster roster = DemoRoster::standard();
    if (const Problems problems = checkInputs(store, policy, options, roster); !problems.isEmpty())
        return problems;
    // Whole seconds: the store keeps ISO times without milliseconds.
    const QDateTime now = QDateTime::fromSecsSinceEpoch(options.nowUtc.toSecsSinceEpoch(), QTimeZone::utc());
    if (auto r = writeRoster(store, policy, roster); !r)
        return r.problems();

    DemoRandom random(options.seed);
    QList<DemoLeadPlan> plans = DemoPlanner(roster, policy, random).plan(options.leads);
    DemoSchedule schedule(roster, policy, now, random);
    DemoLeadFactory factory(roster, policy, random, now);
    DemoQueue queue(schedule);

    // Decided leads arrived in the last 90 days; build them oldest first so a duplicate can copy
    // an earlier lead of its team. Open leads are built as of "now" and then moved into place.
    QList<qsizetype> decided;
    QList<qsizetype> open;
    QList<QDateTime> arrivals(plans.size());
    for (qsizetype i = 0; i < plans.size(); ++i) {
        if (plans.at(i).open) {
            open << i;
        } else {
            decided << i;
            arrivals[i] = schedule.arrival(plans.at(i).owner.teamId);
        }
    }
    std::stable_sort(decided.begin(), decided.end(),
        [&](qsizetype a, qsizetype b) { return arrivals.at(a) < arrivals.at(b); });
    QMap<QString, QList<qsizetype>> builtByTeam;
    const auto build = [&](qsizetype i, const QDateTime &mqlAt) {
        DemoLeadPlan &plan = plans[i];
        const QList<qsizetype> &earlier = builtByTeam[plan.owner.teamId];
        const bool duplicate
            = plan.fate.kind == DispositionKind::Reject && plan.fate.reasonCode == QLatin1String("duplicate");
        if (duplicate && !earlier.isEmpty())
            plan.duplicateOf = int(random.pick(earlier));
        factory.build(plan, mqlAt, plan.duplicateOf >= 0 ? &plans.at(plan.duplicateOf).lead : nullptr);
    };
    for (const qsizetype i : decided) {
        build(i, arrivals.at(i));
        DemoLeadPlan &plan = plans[i];
        plan.lead.routedAt = plan.lead.mqlAt.addSecs(random.between(30, 600)); // the router's delay
        plan.complete.routedAt = plan.lead.routedAt;
        builtByTeam[plan.owner.teamId] << i;
    }
    for (const qsizetype i : open) {
        build(i, now);
        queue.place(plans[i]);
    }

    // Ids in order of arrival: lead-00001 is the oldest.
    QList<qsizetype> order(plans.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
        [&](qsizetype a, qsizetype b) { return plans.at(a).lead.mqlAt < plans.at(b).lead.mqlAt; });
    QStringList ids(plans.size());
    for (qsizetype k = 0; k < order.size(); ++k) {
        DemoLeadPlan &plan = plans[order.at(k)];
        ids[order.at(k)] = QStringLiteral("lead-%1").arg(k + 1, 5, 10, QLatin1Char('0'));
        plan.lead.externalId = QStringLiteral("00Q") + random.base62(15);
        plan.complete.externalId = plan.lead.externalId;
    }

    QList<DemoStep> steps;
    DemoOperationIds operationIds(options.seed);
    DemoHistory history(schedule);
    for (qsizetype k = 0; k < order.size(); ++k) {
        const qsizetype i = order.at(k);
        const DemoLeadPlan &plan = plans.at(i);
        DemoTimeline timeline(steps, operationIds, int(k), ids.at(i));
        if (plan.open)
            queue.plan(plan, timeline);
        else
            history.plan(plan, timeline, plan.duplicateOf >= 0 ? ids.at(plan.duplicateOf) : QString());
    }

    Result<DemoReplayCounts> counts = DemoReplay::run(store, steps);
    if (!counts)
        return counts.problems();
    DemoSummary summary;
    summary.teams = int(roster.teams().size());
    summary.people = int(roster.people().size());
    summary.leads = int(plans.size());
    summary.openLeads = int(open.size());
    summary.decisions = counts->decisions;
    summary.contactAttempts = counts->contactAttempts;
    summary.events = counts->events;
    return summary;
}

} // namespace sal::core
