#include "cli/RepSession.h"

#include "cli/TerminalPasswordPrompt.h"

namespace sal::core {

namespace {
const QString kTeamStore = QStringLiteral("team-store");
const QString kAs = QStringLiteral("as");
const QString kLocalStore = QStringLiteral("local-store");
const QString kOffline = QStringLiteral("offline");
} // namespace

void RepSession::addOptions(CommandParser &parser)
{
    parser.addOption(kTeamStore,
        tr("Team store: a file (default: the demo workspace) or postgresql://HOST/DATABASE (you connect "
           "as --as; the password comes from PGPASSFILE or is asked for)."),
        tr("FILE|URL"));
    parser.addOption(kAs, tr("Who you are (email of a rep or manager of the team)."), tr("EMAIL"));
    parser.addOption(
        kLocalStore, tr("Your local cache file (default: under the app data folder)."), tr("FILE"));
    parser.addOption(kOffline, tr("Work from the local cache only; decisions wait in the outbox."));
}

std::unique_ptr<RepSession> RepSession::open(const CommandParser &parser, CliContext &context)
{
    RepWorkspace::Paths paths;
    paths.user = parser.value(kAs);
    paths.localStore = parser.value(kLocalStore);
    paths.askPassword = &TerminalPasswordPrompt::forLogin;
    if (!parser.isSet(kOffline))
        paths.teamStore
            = parser.isSet(kTeamStore) ? parser.value(kTeamStore) : RepWorkspace::defaultTeamStorePath();
    Result<std::unique_ptr<RepWorkspace>> workspace = RepWorkspace::open(paths, context.clock);
    if (!workspace) {
        for (const Problem &p : workspace.problems())
            context.err << (p.field == kAs ? QStringLiteral("--as: ") + p.message : p.toString()) << '\n';
        context.err << Qt::flush;
        return nullptr;
    }
    return std::unique_ptr<RepSession>(new RepSession(std::move(workspace).value()));
}

bool RepSession::sync(CliContext &context, bool quiet)
{
    if (offline())
        return false;
    const Result<SyncReport> report = m_workspace->sync();
    if (!report) {
        context.err
            << tr("Sync failed, your decisions stay in the outbox: %1").arg(joinProblems(report.problems()))
            << Qt::endl;
        return false;
    }
    if (!quiet)
        context.out << tr(
            "Synced: %1 pushed (%2 applied, %3 duplicate, %4 conflict), %5 leads updated, %6 removed, "
            "checkpoint %7")
                           .arg(report->pushed)
                           .arg(report->applied)
                           .arg(report->duplicates)
                           .arg(report->conflicts)
                           .arg(report->pulledLeads)
                           .arg(report->removedLeads)
                           .arg(report->checkpoint)
                    << Qt::endl;
    if (report->conflicts > 0)
        context.err << tr(
            "%n decision(s) met a conflict: see 'salctl conflicts'.", nullptr, report->conflicts)
                    << Qt::endl;
    return true;
}

} // namespace sal::core
