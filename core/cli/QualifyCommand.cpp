#include "cli/QualifyCommand.h"

#include "automation/Qualifier.h"
#include "cli/TeamSession.h"

namespace sal::core {

namespace {
const QString kBant[] = { QStringLiteral("budget"), QStringLiteral("authority"), QStringLiteral("need"),
    QStringLiteral("timeline") };
const QString kNote = QStringLiteral("note");
const QString kReason = QStringLiteral("reason");
const QString kText = QStringLiteral("text");
const QString kReEngage = QStringLiteral("re-engage");
} // namespace

QString QualifyCommand::summary() const
{
    return tr("After discovery: mark an accepted lead SQL (with BANT evidence) or disqualify it.");
}

int QualifyCommand::run(const QStringList &args, CliContext &context)
{
    CommandParser parser(QStringLiteral("salctl qualify"),
        tr("Records the outcome of the discovery conversation on an accepted lead: 'sql' with each of "
           "budget, authority, need and timeline confirmed or not, or 'disqualify' with a reason from "
           "the disqualification picklist; a disqualified lead joins its reason's nurture track."));
    TeamSession::addOptions(parser, true);
    parser.addPositional(QStringLiteral("lead"), tr("Lead id."), tr("LEAD"));
    parser.addPositional(QStringLiteral("verdict"), tr("sql or disqualify."), tr("sql|disqualify"));
    for (const QString &item : kBant)
        parser.addOption(item, tr("sql: was %1 confirmed?").arg(item), tr("yes|no"));
    parser.addOption(kNote, tr("sql: what was learnt."), tr("TEXT"));
    parser.addOption(kReason,
        tr("disqualify: the reason code (bad_timing, no_budget, no_need, went_silent, "
           "chose_competitor, other)."),
        tr("CODE"));
    parser.addOption(kText, tr("disqualify: the explanation ('other' needs one)."), tr("TEXT"));
    parser.addOption(
        kReEngage, tr("disqualify: re-engage on this date (default: the track's delay)."), tr("YYYY-MM-DD"));
    if (const auto stop = parser.parse(args, context, { QStringLiteral("as") }, 2))
        return *stop;
    std::unique_ptr<TeamSession> session = TeamSession::open(parser, context, true);
    if (!session)
        return ExitBadInput;

    const QString verdict = parser.positionalArguments().at(1);
    Qualification q;
    if (verdict == QLatin1String("sql")) {
        q.verdict = Qualification::Verdict::Sql;
        std::optional<bool> *values[] = { &q.bant.budget, &q.bant.authority, &q.bant.need, &q.bant.timeline };
        for (int i = 0; i < 4; ++i) {
            if (!parser.isSet(kBant[i]))
                continue;
            const QString v = parser.value(kBant[i]).toLower();
            if (v != QLatin1String("yes") && v != QLatin1String("no"))
                return parser.badValue(context, kBant[i], tr("must be yes or no, not \"%1\"").arg(v));
            *values[i] = v == QLatin1String("yes");
        }
        q.note = parser.value(kNote);
    } else if (verdict == QLatin1String("disqualify")) {
        q.verdict = Qualification::Verdict::Disqualify;
        q.reasonCode = parser.value(kReason);
        q.reasonText = parser.value(kText);
        if (parser.isSet(kReEngage)) {
            q.reEngageOn = QDate::fromString(parser.value(kReEngage), Qt::ISODate);
            if (!q.reEngageOn.isValid())
                return parser.badValue(
                    context, kReEngage, tr("\"%1\" is not a date (YYYY-MM-DD)").arg(parser.value(kReEngage)));
        }
    } else {
        context.err << tr("salctl qualify: the verdict must be sql or disqualify, not \"%1\"").arg(verdict)
                    << Qt::endl;
        return ExitBadInput;
    }
    Qualifier qualifier(session->store(), session->policy());
    const Result<QString> done
        = qualifier.record(parser.positionalArguments().constFirst(), *session->actor(), q, session->now());
    if (!done)
        return TeamSession::fail(context, done.problems());
    context.out << *done << Qt::endl;
    return ExitOk;
}

} // namespace sal::core
