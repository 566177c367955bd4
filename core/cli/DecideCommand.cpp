#include "cli/DecideCommand.h"

#include "cli/RepSession.h"
#include "sla/Clock.h"


namespace sal::core {

namespace {
const QString kNextStep = QStringLiteral("next-step");
const QString kDue = QStringLiteral("due");
const QString kNote = QStringLiteral("note");
const QString kReason = QStringLiteral("reason");
const QString kText = QStringLiteral("text");
const QString kMissing = QStringLiteral("missing");
const QString kChannel = QStringLiteral("channel");
const QString kOutcome = QStringLiteral("outcome");

} // namespace

QString DecideCommand::name() const
{
    return m_mode == Mode::Decide ? QStringLiteral("decide") : QStringLiteral("attempt");
}

QString DecideCommand::summary() const
{
    return m_mode == Mode::Decide ? tr("Accept, reject or return a lead: 'decide LEAD accept|reject|needs-info'.")
                                  : tr("Log a contact attempt: 'attempt LEAD --channel C --outcome TEXT'.");
}

int DecideCommand::run(const QStringList &args, CliContext &context)
{
    const bool decide = m_mode == Mode::Decide;
    CommandParser parser(decide ? QStringLiteral("salctl decide") : QStringLiteral("salctl attempt"),
                         decide ? tr("Records your decision on a lead. accept needs --next-step call|meeting|email|other, "
                                     "--due ISO8601 and --note; reject needs --reason CODE (and --text for 'other'); "
                                     "needs-info needs --missing ITEM[,ITEM…].")
                                : tr("Logs a contact attempt (phone, email, linkedin, other) on a lead."));
    RepSession::addOptions(parser);
    parser.addPositional(QStringLiteral("lead"), tr("Lead id."), tr("LEAD"));
    if (decide) {
        parser.addPositional(QStringLiteral("decision"), tr("accept, reject or needs-info."));
        parser.addOption(kNextStep, tr("Next step: call, meeting, email or other."), tr("KIND"));
        parser.addOption(kDue, tr("When the next step is due (ISO 8601)."), tr("ISO8601"));
        parser.addOption(kNote, tr("What was agreed or why."), tr("TEXT"));
        parser.addOption(kReason, tr("Rejection reason code (see resources/policy/reasons.json)."), tr("CODE"));
        parser.addOption(kText, tr("Explanation (required for 'other')."), tr("TEXT"));
        parser.addOption(kMissing, tr("What marketing must find out, comma separated."), tr("ITEMS"));
    } else {
        parser.addOption(kChannel, tr("phone, email, linkedin or other."), tr("CHANNEL"));
        parser.addOption(kOutcome, tr("How it went."), tr("TEXT"));
    }
    if (const auto stop = parser.parse(args, context, {}, decide ? 2 : 1))
        return *stop;
    std::unique_ptr<RepSession> session = RepSession::open(parser, context);
    if (!session)
        return ExitBadInput;
    session->sync(context); // see the lead as the team store has it now, when we can

    const QString leadId = parser.positionalArguments().at(0);
    Problems usage;
    std::optional<Result<Operation>> made;
    if (decide) {
        const QString verb = parser.positionalArguments().at(1);
        Disposition d;
        if (verb == QLatin1String("accept")) {
            d.kind = DispositionKind::Accept;
            if (parser.isSet(kNextStep)) {
                d.nextStep = nextStepKindFromString(parser.value(kNextStep));
                if (!d.nextStep)
                    usage << Problem::forField(kNextStep, tr("\"%1\" is not one of %2")
                                                              .arg(parser.value(kNextStep), allNextStepKindNames().join(QStringLiteral(", "))));
            }
            if (parser.isSet(kDue)) {
                const auto due = CommandParser::parseIsoTime(parser.value(kDue), session->slaClock().calendar().timeZone());
                if (due)
                    d.nextStepDueUtc = *due;
                else
                    usage << Problem::forField(kDue, tr("\"%1\" is not an ISO 8601 date-time").arg(parser.value(kDue)));
            }
            d.note = parser.value(kNote);
        } else if (verb == QLatin1String("reject")) {
            d.kind = DispositionKind::Reject;
            d.reasonCode = parser.value(kReason);
            d.reasonText = parser.value(kText);
        } else if (verb == QLatin1String("needs-info")) {
            d.kind = DispositionKind::NeedsInfo;
            d.missingItems = parser.value(kMissing).split(QLatin1Char(','), Qt::SkipEmptyParts);
            for (QString &item : d.missingItems)
                item = item.trimmed();
            d.note = parser.value(kNote);
        } else {
            return parser.badValue(context, QStringLiteral("decision"),
                                   tr("\"%1\" is not accept, reject or needs-info").arg(verb));
        }
        if (usage.isEmpty())
            made = session->workspace().decide(leadId, d);
    } else {
        const auto channel = contactChannelFromString(parser.value(kChannel));
        if (!channel)
            usage << Problem::forField(kChannel, tr("\"%1\" is not one of %2")
                                                     .arg(parser.value(kChannel), allContactChannelNames().join(QStringLiteral(", "))));
        else
            made = session->workspace().logAttempt(leadId, *channel, parser.value(kOutcome));
    }
    const Problems problems = made ? made->problems() : usage;
    if (!problems.isEmpty()) {
        for (const Problem &p : problems)
            context.err << (p.field.isEmpty() ? p.toString() : tr("%1: %2").arg(p.field, p.message)) << '\n';
        context.err << Qt::flush;
        return ExitBadInput;
    }
    const Operation &op = made->value();
    context.out << tr("Recorded %1 on %2 (operation %3).").arg(operationKindToString(op.kind), leadId, op.id)
                << Qt::endl;
    if (!session->offline())
        session->sync(context);
    else
        context.out << tr("Offline: it waits in the outbox until 'salctl sync'.") << Qt::endl;
    return ExitOk;
}

} // namespace sal::core
