#include "cli/DisputeCommand.h"

#include "automation/DisputeDesk.h"
#include "cli/TeamSession.h"

namespace sal::core {

namespace {
const QString kText = QStringLiteral("text");
const QString kUphold = QStringLiteral("uphold");
const QString kOverturn = QStringLiteral("overturn");
const QString kNote = QStringLiteral("note");
} // namespace

QString DisputeCommand::summary() const
{
    return tr("Marketing disputes a rejection; the team's manager upholds or overturns it.");
}

int DisputeCommand::run(const QStringList &args, CliContext &context)
{
    CommandParser parser(QStringLiteral("salctl dispute"),
        tr("With --text: marketing (or a manager) disputes the rejection of LEAD. With --uphold or "
           "--overturn: the manager of the lead's team settles the open dispute; an overturned lead is "
           "an MQL again and is routed by the rules."));
    TeamSession::addOptions(parser, true);
    parser.addPositional(QStringLiteral("lead"), tr("Lead id."), tr("LEAD"));
    parser.addOption(kText, tr("Why the rejection is wrong (at least 10 characters)."), tr("TEXT"));
    parser.addOption(kUphold, tr("Settle: the rejection stands."));
    parser.addOption(kOverturn, tr("Settle: the rejection was wrong; the lead goes back to sales."));
    parser.addOption(kNote, tr("Settle: the manager's note."), tr("TEXT"));
    if (const auto stop = parser.parse(args, context, { QStringLiteral("as") }, 1))
        return *stop;
    const int modes = int(parser.isSet(kText)) + int(parser.isSet(kUphold)) + int(parser.isSet(kOverturn));
    if (modes != 1)
        return parser.badValue(context, kText, tr("give exactly one of --text, --uphold, --overturn"));
    std::unique_ptr<TeamSession> session = TeamSession::open(parser, context, true);
    if (!session)
        return ExitBadInput;
    DisputeDesk desk(session->store(), session->policy());
    const QString lead = parser.positionalArguments().constFirst();
    const Result<QString> done = parser.isSet(kText)
        ? desk.open(lead, *session->actor(), parser.value(kText), session->now())
        : desk.settle(lead, *session->actor(),
            parser.isSet(kUphold) ? DisputeDesk::Outcome::Uphold : DisputeDesk::Outcome::Overturn,
            parser.value(kNote), session->now());
    if (!done)
        return TeamSession::fail(context, done.problems());
    context.out << *done << Qt::endl;
    return ExitOk;
}

} // namespace sal::core
