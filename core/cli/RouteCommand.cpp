#include "cli/RouteCommand.h"

#include "automation/RoutingRun.h"
#include "cli/TeamSession.h"
#include "insight/AcceptanceScorer.h"
#include "insight/AcceptanceTraining.h"

namespace sal::core {

namespace {
const QString kDryRun = QStringLiteral("dry-run");
} // namespace

QString RouteCommand::summary() const
{
    return tr("Route new MQLs without an owner: ordered rules, weighted round robin, daily capacity.");
}

int RouteCommand::run(const QStringList &args, CliContext &context)
{
    CommandParser parser(QStringLiteral("salctl route"),
        tr("Assigns every MQL that has no owner: the first routing rule that matches and has a rep "
           "free (active, not out of office, under their daily capacity) decides; within the group "
           "the rep with the most spare capacity gets it. Unmatched leads go to the manager's queue."));
    TeamSession::addOptions(parser, false);
    parser.addOption(kDryRun, tr("Only say what would be assigned and why."));
    if (const auto stop = parser.parse(args, context))
        return *stop;
    std::unique_ptr<TeamSession> session = TeamSession::open(parser, context, false);
    if (!session)
        return ExitBadInput;
    // The confidence band (insight.json, off by default) needs the stored acceptance model.
    std::optional<AcceptanceModel> model;
    if (session->policy().insight.band) {
        Result<std::optional<AcceptanceModel>> current
            = AcceptanceTraining(session->store(), session->database(), session->policy()).current();
        if (!current)
            return TeamSession::fail(context, current.problems(), ExitInternal);
        model = *current;
        if (!model)
            context.err << tr("insight.json sets a confidence band but no acceptance model is stored yet: "
                              "run 'salctl insight train'; routing by the rules alone.")
                        << Qt::endl;
    }
    const PolicySet &policy = session->policy();
    const AcceptanceScorer scorer(model, policy.icp, policy.checklist, policy.insight.lowLikelihoodBelow);
    RoutingRun run(session->store(), policy,
        [&scorer](const Lead &lead, const QDateTime &at) { return scorer.likelihood(lead, at); });
    const Result<QList<Assignment>> plan = run.plan(session->now());
    if (!plan)
        return TeamSession::fail(context, plan.problems());
    const bool dryRun = parser.isSet(kDryRun);
    for (const Assignment &a : *plan) {
        context.out << a.leadId << "  " << a.company << ": "
                    << (a.choice.owner.isEmpty()
                               ? tr("stays unrouted")
                               : (dryRun ? tr("would go to %1") : tr("routed to %1")).arg(a.choice.owner))
                    << " — " << a.choice.explanation;
        if (!a.choice.skipped.isEmpty())
            context.out << tr(" (passed over: %1)").arg(a.choice.skipped.join(QStringLiteral("; ")));
        context.out << '\n';
    }
    if (dryRun) {
        context.out << tr(
            "%n lead(s) would be routed (dry run: nothing was changed).", nullptr, int(plan->size()))
                    << Qt::endl;
        return ExitOk;
    }
    const Result<int> written = run.apply(*plan, session->now());
    if (!written)
        return TeamSession::fail(context, written.problems(), ExitInternal);
    context.out << tr("%n lead(s) routed.", nullptr, *written) << Qt::endl;
    return ExitOk;
}

} // namespace sal::core
