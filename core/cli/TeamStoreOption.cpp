#include "cli/TeamStoreOption.h"

#include "cli/TerminalPasswordPrompt.h"
#include "session/RepWorkspace.h"
#include "store/TeamStoreLocation.h"

namespace sal::core {

namespace {
const QString kTeamStore = QStringLiteral("team-store");
const QString kAs = QStringLiteral("as");
} // namespace

void TeamStoreOption::addOptions(CommandParser &parser)
{
    parser.addOption(kTeamStore,
        tr("Team store file (default: the demo workspace) or postgresql:// address."), tr("FILE|URL"));
    parser.addOption(kAs, tr("Whom to connect as, on PostgreSQL (the login role)."), tr("EMAIL"));
}

std::unique_ptr<SqlTeamStore> TeamStoreOption::open(
    const CommandParser &parser, CliContext &context, const ReasonTaxonomy &reasons, int &exitCode)
{
    exitCode = ExitBadInput;
    const QString path
        = parser.isSet(kTeamStore) ? parser.value(kTeamStore) : RepWorkspace::defaultTeamStorePath();
    Result<TeamStoreLocation> location = TeamStoreLocation::parse(path);
    if (!location) {
        parser.badValue(context, kTeamStore, joinProblems(location.problems()));
        return nullptr;
    }
    if (!location->exists()) {
        context.err
            << tr("No team store at %1: create one with 'salctl demo' or pass --team-store.").arg(path)
            << Qt::endl;
        return nullptr;
    }
    Result<std::unique_ptr<SqlTeamStore>> store
        = location.value().open(DispositionValidator(reasons), parser.value(kAs).trimmed().toLower(),
            TeamStoreLocation::Mode::Use, &TerminalPasswordPrompt::forLogin);
    if (!store) {
        context.err << joinProblems(store.problems()) << Qt::endl;
        return nullptr;
    }
    exitCode = ExitOk;
    return std::move(store).value();
}

} // namespace sal::core
