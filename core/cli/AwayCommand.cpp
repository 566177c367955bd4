#include "cli/AwayCommand.h"

#include "cli/TeamSession.h"

namespace sal::core {

namespace {
const QString kFrom = QStringLiteral("from");
const QString kTo = QStringLiteral("to");
const QString kNote = QStringLiteral("note");
} // namespace

QString AwayCommand::summary() const
{
    return tr("Out-of-office days of the team's people (routing skips them).");
}

int AwayCommand::run(const QStringList &args, CliContext &context)
{
    CommandParser parser(QStringLiteral("salctl away"),
        tr("Without EMAIL: lists every recorded absence. With EMAIL --from --to: records one (local "
           "dates of the person's team, both days included)."));
    TeamSession::addOptions(parser, false);
    parser.addPositional(QStringLiteral("email"), tr("The person who is away."), tr("[EMAIL]"));
    parser.addOption(kFrom, tr("First day away."), tr("YYYY-MM-DD"));
    parser.addOption(kTo, tr("Last day away."), tr("YYYY-MM-DD"));
    parser.addOption(kNote, tr("Why (vacation, conference…)."), tr("TEXT"));
    parser.parser().parse(args);
    const int given = std::min(1, int(parser.positionalArguments().size()));
    if (const auto stop
        = parser.parse(args, context, given ? QStringList { kFrom, kTo } : QStringList {}, given))
        return *stop;
    std::unique_ptr<TeamSession> session = TeamSession::open(parser, context, false);
    if (!session)
        return ExitBadInput;
    if (given) {
        const QString email = parser.positionalArguments().constFirst().toLower();
        Absence a { email, QDate::fromString(parser.value(kFrom), Qt::ISODate),
            QDate::fromString(parser.value(kTo), Qt::ISODate), parser.value(kNote) };
        if (!a.firstDay.isValid())
            return parser.badValue(
                context, kFrom, tr("\"%1\" is not a date (YYYY-MM-DD)").arg(parser.value(kFrom)));
        if (!a.lastDay.isValid())
            return parser.badValue(
                context, kTo, tr("\"%1\" is not a date (YYYY-MM-DD)").arg(parser.value(kTo)));
        const Result<std::optional<Rep>> who = session->store().person(email);
        if (!who)
            return TeamSession::fail(context, who.problems(), ExitInternal);
        if (!who->has_value())
            return parser.badValue(
                context, QStringLiteral("email"), tr("%1 is not a person of this team store").arg(email));
        if (auto r = session->store().putAbsence(a); !r)
            return TeamSession::fail(context, r.problems());
        context.out << tr("%1 is away from %2 to %3.")
                           .arg(email, a.firstDay.toString(Qt::ISODate), a.lastDay.toString(Qt::ISODate))
                    << Qt::endl;
        return ExitOk;
    }
    const Result<QList<Absence>> all = session->store().absences();
    if (!all)
        return TeamSession::fail(context, all.problems(), ExitInternal);
    for (const Absence &a : *all)
        context.out << a.email.leftJustified(34) << a.firstDay.toString(Qt::ISODate) << " .. "
                    << a.lastDay.toString(Qt::ISODate) << "  " << a.note << '\n';
    context.out << tr("%n absence(s).", nullptr, int(all->size())) << Qt::endl;
    return ExitOk;
}

} // namespace sal::core
