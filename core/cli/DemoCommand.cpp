#include "cli/DemoCommand.h"

#include "cli/CommandParser.h"
#include "cli/RepSession.h"
#include "cli/TerminalPasswordPrompt.h"
#include "demo/DemoWorkspace.h"
#include "policy/PolicyLoader.h"
#include "sla/Clock.h"
#include "store/TeamStoreLocation.h"

#include <QDir>
#include <QFileInfo>

namespace sal::core {

namespace {
const QString kOut = QStringLiteral("out");
const QString kTeamStore = QStringLiteral("team-store");
const QString kLeads = QStringLiteral("leads");
const QString kSeed = QStringLiteral("seed");
const QString kNow = QStringLiteral("now");
} // namespace

QString DemoCommand::summary() const
{
    return tr("Create the demo team store: two teams, their reps and ~3,000 MQLs with 90 days of history.");
}

int DemoCommand::run(const QStringList &args, CliContext &context)
{
    CommandParser parser(QStringLiteral("salctl demo"),
        tr("Creates a deterministic, realistic team store. The same --seed and --now give identical "
           "contents. The file must not exist yet."));
    parser.addOption(kOut,
        tr("Team store file to create (default: %1).").arg(RepWorkspace::defaultTeamStorePath()), tr("FILE"));
    parser.addOption(kTeamStore,
        tr("Seed this team store instead: a new file, or an empty postgresql://HOST/DATABASE (connect as "
           "an administrator: its schema is created or upgraded)."),
        tr("FILE|URL"));
    parser.addOption(kLeads, tr("Number of MQLs (default 3000)."), tr("N"));
    parser.addOption(kSeed, tr("Random seed (default 42)."), tr("S"));
    parser.addOption(kNow, tr("The demo's present moment, ISO 8601 (default: now, so countdowns are live)."),
        tr("ISO8601"));
    if (const auto stop = parser.parse(args, context))
        return *stop;

    DemoOptions options;
    bool ok = true;
    if (parser.isSet(kLeads)) {
        options.leads = parser.value(kLeads).toInt(&ok);
        if (!ok || options.leads < 1 || options.leads > DemoWorkspace::kMaxLeads)
            return parser.badValue(
                context, kLeads, tr("must be a whole number from 1 to %1").arg(DemoWorkspace::kMaxLeads));
    }
    if (parser.isSet(kSeed)) {
        options.seed = parser.value(kSeed).toUInt(&ok);
        if (!ok)
            return parser.badValue(context, kSeed, tr("must be a whole number, 0 or more"));
    }
    options.nowUtc = context.clock.nowUtc();
    if (parser.isSet(kNow)) {
        const auto now = CommandParser::parseIsoTime(parser.value(kNow));
        if (!now)
            return parser.badValue(
                context, kNow, tr("\"%1\" is not an ISO 8601 date-time").arg(parser.value(kNow)));
        options.nowUtc = *now;
    }
    if (parser.isSet(kOut) && parser.isSet(kTeamStore))
        return parser.badValue(context, kTeamStore, tr("give either --out or --team-store, not both"));
    const QString out = parser.isSet(kTeamStore) ? parser.value(kTeamStore)
        : parser.isSet(kOut)                     ? parser.value(kOut)
                                                 : RepWorkspace::defaultTeamStorePath();
    const QString option = parser.isSet(kTeamStore) ? kTeamStore : kOut;
    Result<TeamStoreLocation> location = TeamStoreLocation::parse(out);
    if (!location)
        return parser.badValue(context, option, joinProblems(location.problems()));
    if (!location->isPostgres()) {
        if (QFileInfo::exists(out))
            return parser.badValue(
                context, option, tr("%1 already exists: remove it or choose another file").arg(out));
        QDir().mkpath(QFileInfo(out).absolutePath());
    }

    const Result<PolicySet> policy = PolicyLoader::loadDefaults();
    if (!policy) {
        context.err << joinProblems(policy.problems()) << Qt::endl;
        return ExitInternal;
    }
    Result<std::unique_ptr<SqlTeamStore>> store = location.value().open(DispositionValidator(policy->reasons),
        {}, TeamStoreLocation::Mode::Create, &TerminalPasswordPrompt::forLogin);
    if (!store) {
        context.err << joinProblems(store.problems()) << Qt::endl;
        return ExitBadInput;
    }
    const Result<DemoSummary> summary = DemoWorkspace::generate(**store, *policy, options);
    if (!summary) {
        store.value().reset();
        if (!location->isPostgres())
            QFile::remove(out); // never leave a half-made workspace behind
        context.err << joinProblems(summary.problems()) << Qt::endl;
        return ExitInternal;
    }
    if (!location->isPostgres()) {
        if (auto r = (*store)->database().exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")); !r)
            return ExitInternal;
    }
    context.out << tr(
        "Created %1: %2 teams, %3 people, %4 leads (%5 open), %6 decisions, %7 contact attempts, %8 events.")
                       .arg(location->display())
                       .arg(summary->teams)
                       .arg(summary->people)
                       .arg(summary->leads)
                       .arg(summary->openLeads)
                       .arg(summary->decisions)
                       .arg(summary->contactAttempts)
                       .arg(summary->events)
                << Qt::endl;
    return ExitOk;
}

} // namespace sal::core
