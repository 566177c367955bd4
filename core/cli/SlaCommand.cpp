#include "cli/SlaCommand.h"

#include "cli/CommandParser.h"
#include "policy/CalendarFile.h"
#include "sla/BusinessCalendar.h"
#include "sla/Clock.h"

#include <cmath>

namespace sal::core {

namespace {
const QString kCalendar = QStringLiteral("calendar");
const QString kStart = QStringLiteral("start");
const QString kHours = QStringLiteral("hours");
const QString kDeadline = QStringLiteral("deadline");
const QString kNow = QStringLiteral("now");
} // namespace

QString SlaCommand::summary() const
{
    return tr("Business-hours SLA arithmetic: 'sla deadline' and 'sla remaining'.");
}

int SlaCommand::run(const QStringList &args, CliContext &context)
{
    const QString verb = args.value(1);
    const QStringList rest = args.mid(1);
    if (verb == QLatin1String("deadline"))
        return deadline(rest, context);
    if (verb == QLatin1String("remaining"))
        return remaining(rest, context);
    QTextStream &stream = verb == QLatin1String("--help") || verb == QLatin1String("-h") ? context.out : context.err;
    stream << tr("Usage: salctl sla deadline --calendar FILE --start ISO8601 --hours N\n"
                 "       salctl sla remaining --calendar FILE --deadline ISO8601 [--now ISO8601]\n"
                 "Run 'salctl sla deadline --help' for details.")
           << Qt::endl;
    return &stream == &context.out ? ExitOk : ExitBadInput;
}

std::optional<BusinessCalendar> SlaCommand::calendar(const CommandParser &parser, CliContext &context)
{
    const Result<BusinessCalendar> loaded = CalendarFile::load(parser.value(kCalendar));
    if (!loaded) {
        for (const Problem &p : loaded.problems())
            context.err << p.toString() << '\n';
        context.err << Qt::flush;
        return std::nullopt;
    }
    return *loaded;
}

int SlaCommand::deadline(const QStringList &args, CliContext &context)
{
    CommandParser parser(QStringLiteral("salctl sla deadline"),
                         tr("Prints the moment N business hours after START run out, as ISO 8601 UTC. A start "
                            "outside working hours counts from the next working moment; a start without an "
                            "offset is read in the calendar's time zone."));
    parser.addOption(kCalendar, tr("Business calendar JSON file (see the README)."), tr("FILE"));
    parser.addOption(kStart, tr("When the SLA window starts (ISO 8601)."), tr("ISO8601"));
    parser.addOption(kHours, tr("Business hours in the window (may be fractional)."), tr("N"));
    if (const auto stop = parser.parse(args, context, { kCalendar, kStart, kHours }))
        return *stop;

    bool numeric = false;
    const double hours = parser.value(kHours).toDouble(&numeric);
    if (!numeric || !std::isfinite(hours) || hours < 0)
        return parser.badValue(context, kHours, tr("must be a number of hours, 0 or more, not \"%1\"").arg(parser.value(kHours)));
    const std::optional<BusinessCalendar> cal = calendar(parser, context);
    if (!cal)
        return ExitBadInput;
    const std::optional<QDateTime> start = CommandParser::parseIsoTime(parser.value(kStart), cal->timeZone());
    if (!start)
        return parser.badValue(context, kStart, tr("\"%1\" is not an ISO 8601 date-time").arg(parser.value(kStart)));

    const QDateTime due = cal->addBusinessSeconds(*start, qint64(std::llround(hours * 3600.0)));
    if (!due.isValid())
        return parser.badValue(context, kCalendar, tr("no working time within ten years of the start"));
    context.out << CommandParser::isoUtc(due) << Qt::endl;
    return ExitOk;
}

int SlaCommand::remaining(const QStringList &args, CliContext &context)
{
    CommandParser parser(QStringLiteral("salctl sla remaining"),
                         tr("Prints the business seconds left until DEADLINE at NOW (negative once breached)."));
    parser.addOption(kCalendar, tr("Business calendar JSON file (see the README)."), tr("FILE"));
    parser.addOption(kDeadline, tr("The SLA deadline (ISO 8601)."), tr("ISO8601"));
    parser.addOption(kNow, tr("The moment to measure at (ISO 8601); default: now."), tr("ISO8601"));
    if (const auto stop = parser.parse(args, context, { kCalendar, kDeadline }))
        return *stop;

    const std::optional<BusinessCalendar> cal = calendar(parser, context);
    if (!cal)
        return ExitBadInput;
    const std::optional<QDateTime> deadline = CommandParser::parseIsoTime(parser.value(kDeadline), cal->timeZone());
    if (!deadline)
        return parser.badValue(context, kDeadline, tr("\"%1\" is not an ISO 8601 date-time").arg(parser.value(kDeadline)));
    std::optional<QDateTime> now = context.clock.nowUtc();
    if (parser.isSet(kNow))
        now = CommandParser::parseIsoTime(parser.value(kNow), cal->timeZone());
    if (!now)
        return parser.badValue(context, kNow, tr("\"%1\" is not an ISO 8601 date-time").arg(parser.value(kNow)));

    context.out << cal->businessSecondsBetween(*now, *deadline) << Qt::endl;
    return ExitOk;
}

} // namespace sal::core
