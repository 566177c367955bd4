#include "cli/PeopleCommand.h"

#include "cli/CommandParser.h"
#include "cli/RepSession.h"
#include "cli/TerminalPasswordPrompt.h"
#include "policy/PolicyLoader.h"
#include "store/TeamStoreLocation.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sal::core {

QString PeopleCommand::summary() const
{
    return tr("The team's people: email, name, team, role, territory.");
}

int PeopleCommand::run(const QStringList &args, CliContext &context)
{
    CommandParser parser(QStringLiteral("salctl reps"), summary());
    parser.addOption(QStringLiteral("team-store"),
        tr("Team store file (default: the demo workspace) or postgresql:// address."), tr("FILE|URL"));
    parser.addOption(
        QStringLiteral("as"), tr("Whom to connect as, on PostgreSQL (the login role)."), tr("EMAIL"));
    parser.addOption(QStringLiteral("json"), tr("Print a JSON array."));
    if (const auto stop = parser.parse(args, context))
        return *stop;
    const QString path = parser.isSet(QStringLiteral("team-store"))
        ? parser.value(QStringLiteral("team-store"))
        : RepWorkspace::defaultTeamStorePath();
    Result<TeamStoreLocation> location = TeamStoreLocation::parse(path);
    if (!location)
        return parser.badValue(context, QStringLiteral("team-store"), joinProblems(location.problems()));
    if (!location->exists()) {
        context.err << tr("No team store at %1.").arg(path) << Qt::endl;
        return ExitBadInput;
    }
    const Result<PolicySet> policy = PolicyLoader::loadDefaults();
    if (!policy)
        return ExitInternal;
    Result<std::unique_ptr<SqlTeamStore>> store = location.value().open(DispositionValidator(policy->reasons),
        parser.value(QStringLiteral("as")).trimmed().toLower(), TeamStoreLocation::Mode::Use,
        &TerminalPasswordPrompt::forLogin);
    if (!store) {
        context.err << joinProblems(store.problems()) << Qt::endl;
        return ExitBadInput;
    }
    Result<QList<Rep>> people = (*store)->people();
    if (!people) {
        context.err << joinProblems(people.problems()) << Qt::endl;
        return ExitInternal;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const Rep &p : *people)
            array.append(
                QJsonObject { { QStringLiteral("email"), p.email }, { QStringLiteral("name"), p.name },
                    { QStringLiteral("team"), p.teamId }, { QStringLiteral("role"), roleToString(p.role) },
                    { QStringLiteral("territory"), p.territoryId },
                    { QStringLiteral("daily_capacity"), p.dailyCapacity },
                    { QStringLiteral("active"), p.active } });
        context.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)) << Qt::flush;
        return ExitOk;
    }
    for (const Rep &p : *people)
        context.out << p.email.leftJustified(34) << p.name.leftJustified(22) << p.teamId.leftJustified(6)
                    << roleToString(p.role).leftJustified(10) << p.territoryId << '\n';
    context.out << Qt::flush;
    return ExitOk;
}

} // namespace sal::core
