#include "cli/EnrichCommand.h"

#include "automation/EnrichmentQueue.h"
#include "cli/TeamSession.h"

namespace sal::core {

namespace {
const QString kDone = QStringLiteral("done");
} // namespace

QString EnrichCommand::summary() const
{
    return tr("Marketing's enrichment queue; mark a lead enriched to return it to sales.");
}

int EnrichCommand::run(const QStringList &args, CliContext &context)
{
    CommandParser parser(QStringLiteral("salctl enrich"),
        tr("Without a lead: lists the leads waiting for marketing (sent back for more information, "
           "their SLA paused, or rejected for bad data). With LEAD --done: the data is complete; a "
           "needs-info lead goes back to its rep with the SLA time that was left, a rejected one is "
           "routed again."));
    TeamSession::addOptions(parser, true);
    parser.addPositional(QStringLiteral("lead"), tr("Lead id (with --done)."), tr("[LEAD]"));
    parser.addOption(kDone, tr("Mark LEAD enriched (needs --as)."));
    // LEAD is optional: a first look tells how many positional arguments to expect.
    parser.parser().parse(args);
    const int given = std::min(1, int(parser.positionalArguments().size()));
    if (const auto stop = parser.parse(args, context, {}, given))
        return *stop;
    std::unique_ptr<TeamSession> session = TeamSession::open(parser, context, true);
    if (!session)
        return ExitBadInput;
    EnrichmentQueue queue(session->store(), session->policy());
    const QStringList leads = parser.positionalArguments();
    if (parser.isSet(kDone) != !leads.isEmpty())
        return parser.badValue(
            context, kDone, tr("give a lead and --done together, or neither to list the queue"));
    if (parser.isSet(kDone)) {
        if (!session->actor())
            return parser.badValue(context, QStringLiteral("as"), tr("say who enriched the lead"));
        const Result<QString> done
            = queue.markEnriched(leads.constFirst(), session->actor()->email, session->now());
        if (!done)
            return TeamSession::fail(context, done.problems());
        context.out << *done << Qt::endl;
        return ExitOk;
    }
    const Result<QList<EnrichmentItem>> items = queue.items();
    if (!items)
        return TeamSession::fail(context, items.problems(), ExitInternal);
    for (const EnrichmentItem &i : *items)
        context.out << i.leadId << "  " << i.company << "  " << stageToString(i.stage) << "  " << i.owner
                    << "  " << CommandParser::isoUtc(i.sinceUtc) << "  " << i.missing << '\n';
    context.out << tr("%n lead(s) waiting for enrichment.", nullptr, int(items->size())) << Qt::endl;
    return ExitOk;
}

} // namespace sal::core
