#include "cli/RepSession.h"

#include "policy/PolicyLoader.h"
#include "sla/Clock.h"
#include "sync/SyncEngine.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace sal::core {

namespace {
const QString kTeamStore = QStringLiteral("team-store");
const QString kAs = QStringLiteral("as");
const QString kLocalStore = QStringLiteral("local-store");
const QString kOffline = QStringLiteral("offline");
const QString kCalendarKey = QStringLiteral("team_calendar");

void printProblems(CliContext &context, const Problems &problems)
{
    for (const Problem &p : problems)
        context.err << p.toString() << '\n';
    context.err << Qt::flush;
}
} // namespace

QString RepSession::defaultTeamStorePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("demo-team.sqlite"));
}

void RepSession::addOptions(CommandParser &parser)
{
    parser.addOption(kTeamStore, tr("Team store file (default: the demo workspace)."), tr("FILE"));
    parser.addOption(kAs, tr("Who you are (email of a rep or manager of the team)."), tr("EMAIL"));
    parser.addOption(kLocalStore, tr("Your local cache file (default: under the app data folder)."), tr("FILE"));
    parser.addOption(kOffline, tr("Work from the local cache only; decisions wait in the outbox."));
}

std::unique_ptr<RepSession> RepSession::open(const CommandParser &parser, CliContext &context)
{
    std::unique_ptr<RepSession> session(new RepSession());
    session->m_user = parser.value(kAs).trimmed().toLower();
    if (session->m_user.isEmpty()) {
        context.err << tr("--as EMAIL is required: say which rep you are (see 'salctl reps').") << Qt::endl;
        return nullptr;
    }
    Result<PolicySet> policy = PolicyLoader::loadDefaults();
    if (!policy) {
        printProblems(context, policy.problems());
        return nullptr;
    }
    session->m_policy = *policy;

    const QString localPath = parser.isSet(kLocalStore) ? parser.value(kLocalStore) : LocalStore::defaultPath(session->m_user);
    Result<std::unique_ptr<LocalStore>> local = LocalStore::open(localPath);
    if (!local) {
        printProblems(context, local.problems());
        return nullptr;
    }
    session->m_local = std::move(local).value();

    if (!parser.isSet(kOffline)) {
        const QString teamPath = parser.isSet(kTeamStore) ? parser.value(kTeamStore) : defaultTeamStorePath();
        if (!QFileInfo::exists(teamPath)) {
            context.err << tr("No team store at %1: create the demo with 'salctl demo --out %1' or pass --team-store.")
                               .arg(teamPath)
                        << Qt::endl;
            return nullptr;
        }
        Result<std::unique_ptr<SqliteTeamStore>> team
            = SqliteTeamStore::open(teamPath, DispositionValidator(session->m_policy.reasons), false);
        if (!team) {
            printProblems(context, team.problems());
            context.err << tr("Working offline: use --offline to skip the team store on purpose.") << Qt::endl;
            return nullptr;
        }
        session->m_team = std::move(team).value();
        Result<std::optional<Rep>> me = session->m_team->person(session->m_user);
        if (!me || !me->has_value()) {
            context.err << tr("%1 is not a person of this team store (see 'salctl reps').").arg(session->m_user) << Qt::endl;
            return nullptr;
        }
        // Remember the team's calendar so offline countdowns use the same business hours.
        if (Result<QList<Team>> teams = session->m_team->teams(); teams) {
            for (const Team &t : *teams) {
                if (t.id == (*me)->teamId)
                    (void)session->m_local->setMeta(kCalendarKey, t.calendarId);
            }
        }
    }
    const QString calendarId = session->m_local->meta(kCalendarKey).value_or(QString());
    const BusinessCalendar calendar = session->m_policy.calendars.value(
        calendarId, session->m_policy.calendars.isEmpty() ? BusinessCalendar() : session->m_policy.calendars.first());
    session->m_slaClock = std::make_unique<SlaClock>(calendar, session->m_policy.sla);
    return session;
}

bool RepSession::sync(CliContext &context, bool quiet)
{
    if (!m_team)
        return false;
    SyncEngine engine(*m_local, *m_team, context.clock, m_user);
    const Result<SyncReport> report = engine.syncOnce();
    if (!report) {
        context.err << tr("Sync failed, your decisions stay in the outbox: %1").arg(joinProblems(report.problems()))
                    << Qt::endl;
        return false;
    }
    if (!quiet)
        context.out << tr("Synced: %1 pushed (%2 applied, %3 duplicate, %4 conflict), %5 leads updated, %6 removed, "
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
        context.err << tr("%n decision(s) met a conflict: see 'salctl conflicts'.", nullptr, report->conflicts) << Qt::endl;
    return true;
}

} // namespace sal::core
