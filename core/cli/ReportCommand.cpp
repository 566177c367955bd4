#include "cli/ReportCommand.h"

#include "cli/TeamSession.h"
#include "reports/ReportFormat.h"

namespace sal::core {

namespace {
const QString kPeriod = QStringLiteral("period");
const QString kFormat = QStringLiteral("format");
const QString kTeam = QStringLiteral("team");
} // namespace

QString ReportCommand::summary() const
{
    return tr("Team SLA and closed-loop reports: 'report NAME --period P --format table|csv|json'.");
}

QString ReportCommand::reportList() const
{
    QString text = tr("Reports:") + QLatin1Char('\n');
    for (const auto &r : m_catalog.reports())
        text += QStringLiteral("  %1 %2\n").arg(r->id().leftJustified(24), r->description());
    for (const ForwardedReport &r : m_forwarded)
        text += QStringLiteral("  %1 %2\n").arg(r.id.leftJustified(24), r.description);
    return text;
}

int ReportCommand::run(const QStringList &args, CliContext &context)
{
    for (const ForwardedReport &r : m_forwarded) {
        if (args.value(1) == r.id)
            return r.run(args.mid(1), context);
    }
    CommandParser parser(QStringLiteral("salctl report"),
        tr("Runs one report over the team store, aggregated in the database. Times to decision are business "
           "hours of the team's calendar; decisions count by the time the device made them.")
            + QLatin1Char('\n') + reportList());
    TeamSession::addOptions(parser, false);
    parser.addPositional(QStringLiteral("name"), tr("The report (see the list above)."), tr("NAME"));
    parser.addOption(kPeriod,
        tr("this-week, last-4-weeks, quarter or FROM..TO (dates YYYY-MM-DD, both included, or ISO 8601); "
           "default: last-4-weeks."),
        tr("PERIOD"));
    parser.addOption(kFormat, tr("table (default), csv or json."), tr("FORMAT"));
    parser.addOption(
        kTeam, tr("Only this team (a team id, e.g. na); default: every team you can see."), tr("TEAM"));
    if (const auto stop = parser.parse(args, context, {}, 1))
        return *stop;

    const QString name = parser.positionalArguments().constFirst();
    const TeamReport *report = m_catalog.find(name);
    if (!report) {
        context.err << tr("salctl report: unknown report \"%1\"").arg(name) << '\n'
                    << reportList() << Qt::flush;
        return ExitBadInput;
    }
    const std::optional<ReportFormat::Kind> format = ReportFormat::kindFromString(
        parser.isSet(kFormat) ? parser.value(kFormat) : QStringLiteral("table"));
    if (!format)
        return parser.badValue(
            context, kFormat, tr("must be table, csv or json, not \"%1\"").arg(parser.value(kFormat)));

    std::unique_ptr<TeamSession> session = TeamSession::open(parser, context, false);
    if (!session)
        return ExitBadInput;
    const Result<QList<Team>> teams = session->store().teams();
    if (!teams)
        return TeamSession::fail(context, teams.problems(), ExitInternal);
    const QString teamId = parser.value(kTeam);
    const QTimeZone zone = ReportScope::reportZone(session->policy(), *teams, teamId);
    const Result<ReportPeriod> period
        = ReportPeriod::parse(parser.isSet(kPeriod) ? parser.value(kPeriod) : QStringLiteral("last-4-weeks"),
            session->now(), zone, kPeriod);
    if (!period)
        return parser.badValue(context, kPeriod, period.problems().constFirst().message);
    Result<ReportScope> scope = ReportScope::prepare(
        session->database(), session->policy(), *teams, teamId, session->now(), *period);
    if (!scope)
        return TeamSession::fail(context, scope.problems());
    const Result<ReportTable> table = report->run(*scope);
    if (!table)
        return TeamSession::fail(context, table.problems(), ExitInternal);
    if (*format == ReportFormat::Kind::Table)
        context.out << tr("%1, %2 (%3 to %4 UTC)")
                           .arg(report->title(), period->label(), ReportScope::iso(period->startUtc()),
                               ReportScope::iso(period->endUtc()))
                    << "\n\n";
    context.out << QString::fromUtf8(ReportFormat::format(*table, *format)) << Qt::flush;
    return ExitOk;
}

} // namespace sal::core
