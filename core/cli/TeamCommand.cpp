#include "cli/TeamCommand.h"

#include "cli/CommandParser.h"
#include "cli/TerminalPasswordPrompt.h"
#include "policy/PolicyLoader.h"
#include "store/PgTeamStore.h"
#include "store/PgTeamStoreSchema.h"
#include "store/TeamStoreLocation.h"

#include <QTextStream>
#include <cstdio>

namespace sal::core {

namespace {
const QString kTeamStore = QStringLiteral("team-store");
const QString kRole = QStringLiteral("role");
const QString kTeam = QStringLiteral("team");
const QString kName = QStringLiteral("name");
const QString kPasswordStdin = QStringLiteral("password-stdin");

// Opens the team store for administration; prints the problems and returns nothing on failure.
std::unique_ptr<SqlTeamStore> openAdministered(const CommandParser &parser, CliContext &context)
{
    Result<TeamStoreLocation> location = TeamStoreLocation::parse(parser.value(kTeamStore));
    if (!location) {
        parser.badValue(context, kTeamStore, joinProblems(location.problems()));
        return nullptr;
    }
    const Result<PolicySet> policy = PolicyLoader::loadDefaults();
    if (!policy) {
        context.err << joinProblems(policy.problems()) << Qt::endl;
        return nullptr;
    }
    // Connects as the address's user, or as libpq's default (the operating-system user).
    Result<std::unique_ptr<SqlTeamStore>> store = location.value().open(DispositionValidator(policy->reasons),
        {}, TeamStoreLocation::Mode::Administer, &TerminalPasswordPrompt::forLogin);
    if (!store) {
        context.err << joinProblems(store.problems()) << Qt::endl;
        return nullptr;
    }
    return std::move(store).value();
}
} // namespace

QString TeamCommand::summary() const
{
    return tr(
        "Administer a PostgreSQL team store: 'team init' (schema, roles, policies) and 'team add-user'.");
}

int TeamCommand::run(const QStringList &args, CliContext &context)
{
    const QString verb = args.value(1);
    const QStringList rest = args.mid(1);
    if (verb == QLatin1String("init"))
        return init(rest, context);
    if (verb == QLatin1String("add-user"))
        return addUser(rest, context);
    QTextStream &stream
        = verb == QLatin1String("--help") || verb == QLatin1String("-h") ? context.out : context.err;
    stream << tr("Usage: salctl team init --team-store postgresql://HOST/DATABASE\n"
                 "       salctl team add-user EMAIL --role rep|manager|marketing --team TEAM --team-store "
                 "postgresql://HOST/DATABASE [--name NAME] [--password-stdin]\n"
                 "Run 'salctl team init --help' for details.")
           << Qt::endl;
    return &stream == &context.out ? ExitOk : ExitBadInput;
}

int TeamCommand::init(const QStringList &args, CliContext &context)
{
    CommandParser parser(QStringLiteral("salctl team init"),
        tr("Creates or upgrades the team store's schema in an existing PostgreSQL database, with the "
           "group roles sal_rep, sal_manager, sal_marketing, sal_admin and the row-level security "
           "policies. Connect as a superuser or a role with CREATEROLE (the address's user, or your "
           "login name); the password comes from PGPASSFILE or is asked for."));
    parser.addOption(kTeamStore,
        tr("The database: postgresql://[USER@]HOST[:PORT]/DATABASE or "
           "postgresql:///DATABASE?host=/socket/dir."),
        tr("URL"));
    if (const auto stop = parser.parse(args, context, { kTeamStore }))
        return *stop;
    std::unique_ptr<SqlTeamStore> store = openAdministered(parser, context);
    if (!store)
        return ExitBadInput;
    const Result<int> version = pgTeamStoreMigrator().currentVersion(store->database());
    if (!version) {
        context.err << joinProblems(version.problems()) << Qt::endl;
        return ExitInternal;
    }
    context.out << tr(
        "Team store ready at %1: schema version %2, roles sal_rep, sal_manager, sal_marketing, sal_admin; "
        "row-level security forced on every table.")
                       .arg(store->database().path())
                       .arg(*version)
                << Qt::endl;
    return ExitOk;
}

int TeamCommand::addUser(const QStringList &args, CliContext &context)
{
    CommandParser parser(QStringLiteral("salctl team add-user"),
        tr("Adds a person to the team store (or changes their role or team) with a login role named "
           "exactly as their email, member of sal_rep, sal_manager or sal_marketing. The new password "
           "is asked for on the terminal, or read from the first line of standard input with "
           "--password-stdin; it never goes on the command line."));
    parser.addPositional(
        QStringLiteral("email"), tr("The person's email: their login role."), QStringLiteral("EMAIL"));
    parser.addOption(kRole, tr("rep, manager or marketing."), tr("ROLE"));
    parser.addOption(kTeam, tr("Their team's id (see 'salctl reps')."), tr("TEAM"));
    parser.addOption(kName, tr("Their name (default: kept, or the email's first part)."), tr("NAME"));
    parser.addOption(kTeamStore, tr("The database: postgresql://…"), tr("URL"));
    parser.addOption(kPasswordStdin, tr("Read the new password from the first line of standard input."));
    if (const auto stop = parser.parse(args, context, { kRole, kTeam, kTeamStore }, 1))
        return *stop;
    const QString email = parser.positionalArguments().value(0).trimmed().toLower();
    if (!email.contains(QLatin1Char('@')))
        return parser.badValue(
            context, QStringLiteral("email"), tr("\"%1\" is not an email address").arg(email));
    const std::optional<Role> role = roleFromString(parser.value(kRole));
    if (!role)
        return parser.badValue(
            context, kRole, tr("must be rep, manager or marketing, not \"%1\"").arg(parser.value(kRole)));

    std::unique_ptr<SqlTeamStore> store = openAdministered(parser, context);
    if (!store)
        return ExitBadInput;
    auto *pg = dynamic_cast<PgTeamStore *>(store.get());
    if (!pg)
        return ExitBadInput; // openAdministered refuses files
    const Result<QList<Team>> teams = store->teams();
    if (!teams) {
        context.err << joinProblems(teams.problems()) << Qt::endl;
        return ExitInternal;
    }
    const QString teamId = parser.value(kTeam);
    if (std::none_of(teams->cbegin(), teams->cend(), [&](const Team &t) { return t.id == teamId; })) {
        QStringList known;
        for (const Team &t : *teams)
            known << t.id;
        return parser.badValue(context, kTeam,
            tr("no team \"%1\" in the team store (known: %2)")
                .arg(teamId, known.isEmpty() ? tr("none") : known.join(QStringLiteral(", "))));
    }

    QString password;
    if (parser.isSet(kPasswordStdin)) {
        QTextStream in(stdin);
        password = in.readLine();
    } else {
        password = TerminalPasswordPrompt::ask(tr("New password for %1: ").arg(email));
        if (!password.isEmpty() && TerminalPasswordPrompt::ask(tr("Again: ")) != password) {
            context.err << tr("The passwords differ; nothing was changed.") << Qt::endl;
            return ExitBadInput;
        }
    }

    const Result<std::optional<Rep>> existing = store->person(email);
    if (!existing) {
        context.err << joinProblems(existing.problems()) << Qt::endl;
        return ExitInternal;
    }
    Rep person = existing->value_or(
        Rep { email, email.section(QLatin1Char('@'), 0, 0), teamId, *role, {}, 25, true, false });
    person.email = email;
    person.teamId = teamId;
    person.role = *role;
    if (parser.isSet(kName))
        person.name = parser.value(kName);
    // The person's row and their login role: both or neither.
    Result<bool> written = store->beginBulk();
    if (written)
        written = store->putPerson(person);
    if (written)
        written = pg->putLogin(email, *role, password);
    if (written)
        written = store->commitBulk();
    else
        store->rollbackBulk();
    if (!written) {
        context.err << joinProblems(written.problems()) << Qt::endl;
        return ExitInternal;
    }
    context.out << tr("%1 is a %2 of team %3, with login role \"%1\"%4.")
                       .arg(email, roleToString(*role), teamId,
                           password.isEmpty() ? tr(" (no password set: it cannot log in with a password yet)")
                                              : QString())
                << Qt::endl;
    return ExitOk;
}

} // namespace sal::core
