#include "cli/RecycleCommand.h"

#include "automation/ReEngagement.h"
#include "automation/RecycleRun.h"
#include "cli/TeamSession.h"

namespace sal::core {

namespace {
const QString kDryRun = QStringLiteral("dry-run");
const QString kDue = QStringLiteral("due");
const QString kReMql = QStringLiteral("re-mql");
} // namespace

QString RecycleCommand::summary() const
{
    return tr("Recycle rejected leads by reason: re-route, enrichment queue, nurture track or exclusion.");
}

int RecycleCommand::run(const QStringList &args, CliContext &context)
{
    CommandParser parser(QStringLiteral("salctl recycle"),
        tr("Applies the recycle action of each new rejection's reason (reasons.json): procedural "
           "reasons go to the right rep, clerical ones to marketing's enrichment queue, definitional "
           "ones to their nurture track (nurture.json), competitors and duplicates are excluded."));
    TeamSession::addOptions(parser, true);
    parser.addOption(kDryRun, tr("Only say what would be done and why."));
    parser.addOption(kDue, tr("List nurtured leads whose re-engagement date has come."));
    parser.addOption(
        kReMql, tr("The lead re-engaged: make it an MQL again and route it (needs --as)."), tr("LEAD"));
    if (const auto stop = parser.parse(args, context))
        return *stop;
    std::unique_ptr<TeamSession> session = TeamSession::open(parser, context, true);
    if (!session)
        return ExitBadInput;

    if (parser.isSet(kReMql)) {
        if (!session->actor())
            return parser.badValue(context, QStringLiteral("as"), tr("say who brings the lead back"));
        ReEngagement back(session->store(), session->policy());
        const Result<QString> done
            = back.reMql(parser.value(kReMql), session->actor()->email, session->now());
        if (!done)
            return TeamSession::fail(context, done.problems());
        context.out << *done << Qt::endl;
        return ExitOk;
    }
    if (parser.isSet(kDue)) {
        ReEngagement back(session->store(), session->policy());
        const Result<QList<NurtureDue>> due = back.due(session->now().date());
        if (!due)
            return TeamSession::fail(context, due.problems(), ExitInternal);
        for (const NurtureDue &d : *due)
            context.out << d.leadId << "  " << d.company << "  " << d.track
                        << tr("  due %1").arg(d.reEngageOn.toString(Qt::ISODate))
                        << tr("  re-MQL count %1").arg(d.reMqlCount) << '\n';
        context.out << tr("%n lead(s) due for re-engagement.", nullptr, int(due->size())) << Qt::endl;
        return ExitOk;
    }

    RecycleRun run(session->store(), session->policy());
    const Result<QList<RecycleOutcome>> plan = run.plan(session->now());
    if (!plan)
        return TeamSession::fail(context, plan.problems());
    for (const RecycleOutcome &a : *plan)
        context.out << a.leadId << "  " << a.company << "  [" << recycleStepToString(a.step) << "]  "
                    << a.explanation << '\n';
    if (parser.isSet(kDryRun)) {
        context.out << tr("%n rejected lead(s) would be recycled (dry run: nothing was changed).", nullptr,
            int(plan->size()))
                    << Qt::endl;
        return ExitOk;
    }
    const Result<int> written = run.apply(*plan, session->now());
    if (!written)
        return TeamSession::fail(context, written.problems(), ExitInternal);
    context.out << tr("%n rejected lead(s) recycled.", nullptr, *written) << Qt::endl;
    return ExitOk;
}

} // namespace sal::core
