#include "cli/EscalateCommand.h"

#include "automation/EscalationLadder.h"
#include "cli/TeamSession.h"

namespace sal::core {

namespace {
const QString kDryRun = QStringLiteral("dry-run");
const QString kTeam = QStringLiteral("team");
} // namespace

QString EscalateCommand::summary() const
{
    return tr("Run the SLA escalation ladder: warn at risk, escalate at the deadline, re-route after.");
}

int EscalateCommand::run(const QStringList &args, CliContext &context)
{
    CommandParser parser(QStringLiteral("salctl escalate"),
        tr("Warns the owner of every lead that went at risk, tells the team's manager about every "
           "lead past its deadline, and re-routes leads past the second threshold to a rep of the "
           "same group with spare capacity. Accepted leads are warned and escalated on their "
           "first-outreach SLA. Running it twice changes nothing the second time."));
    TeamSession::addOptions(parser, false);
    parser.addOption(kDryRun, tr("Only explain what would be done and why; change nothing."));
    parser.addOption(kTeam, tr("Only this team's leads (a team id, e.g. na)."), tr("TEAM"));
    if (const auto stop = parser.parse(args, context))
        return *stop;
    std::unique_ptr<TeamSession> session = TeamSession::open(parser, context, false);
    if (!session)
        return ExitBadInput;
    EscalationLadder ladder(session->store(), session->policy());
    const Result<QList<LadderAction>> plan = ladder.plan(session->now(), parser.value(kTeam));
    if (!plan)
        return TeamSession::fail(context, plan.problems());
    const bool dryRun = parser.isSet(kDryRun);
    int holds = 0;
    for (const LadderAction &a : *plan) {
        holds += a.writes() ? 0 : 1;
        context.out << a.leadId << "  " << a.company << "  [" << ladderStepToString(a.step) << "]  "
                    << a.explanation << '\n';
    }
    const int actions = int(plan->size()) - holds;
    if (dryRun) {
        context.out << tr("Dry run at %1: %n action(s) planned", nullptr, actions)
                           .arg(CommandParser::isoUtc(session->now()))
                    << tr(", %n lead(s) held", nullptr, holds) << tr("; nothing was changed.") << Qt::endl;
        return ExitOk;
    }
    const Result<int> written = ladder.apply(*plan, session->now());
    if (!written)
        return TeamSession::fail(context, written.problems(), ExitInternal);
    context.out << tr("Escalation at %1: %n action(s) done", nullptr, *written)
                       .arg(CommandParser::isoUtc(session->now()))
                << tr(", %n lead(s) held.", nullptr, holds) << Qt::endl;
    return ExitOk;
}

} // namespace sal::core
