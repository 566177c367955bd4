#include "cli/TeamSession.h"

#include "cli/TerminalPasswordPrompt.h"
#include "policy/PolicyLoader.h"
#include "session/RepWorkspace.h"
#include "sla/Clock.h"
#include "store/TeamStoreLocation.h"

namespace sal::core {

namespace {
const QString kTeamStore = QStringLiteral("team-store");
const QString kAs = QStringLiteral("as");
const QString kNow = QStringLiteral("now");
} // namespace

void TeamSession::addOptions(CommandParser &parser, bool withActor)
{
    parser.addOption(kTeamStore,
        tr("Team store file (default: the demo workspace) or postgresql:// address."), tr("FILE|URL"));
    parser.addOption(kAs,
        withActor ? tr("Who you are (email of a person of the team store).")
                  : tr("Whom to connect as, on PostgreSQL (a manager or administrator login role)."),
        tr("EMAIL"));
    parser.addOption(kNow, tr("Act as if it were this moment, ISO 8601 (default: now)."), tr("ISO8601"));
}

int TeamSession::fail(CliContext &context, const Problems &problems, int code)
{
    for (const Problem &p : problems)
        context.err << p.toString() << '\n';
    context.err << Qt::flush;
    return code;
}

std::unique_ptr<TeamSession> TeamSession::open(
    const CommandParser &parser, CliContext &context, bool withActor)
{
    std::unique_ptr<TeamSession> session(new TeamSession);
    session->m_now = context.clock.nowUtc();
    if (parser.isSet(kNow)) {
        const auto now = CommandParser::parseIsoTime(parser.value(kNow));
        if (!now) {
            parser.badValue(context, kNow, tr("\"%1\" is not an ISO 8601 date-time").arg(parser.value(kNow)));
            return nullptr;
        }
        session->m_now = now->toUTC();
    }
    Result<PolicySet> policy = PolicyLoader::loadDefaults();
    if (!policy) {
        fail(context, policy.problems());
        return nullptr;
    }
    session->m_policy = *policy;
    const QString path
        = parser.isSet(kTeamStore) ? parser.value(kTeamStore) : RepWorkspace::defaultTeamStorePath();
    Result<TeamStoreLocation> location = TeamStoreLocation::parse(path);
    if (!location) {
        parser.badValue(context, kTeamStore, joinProblems(location.problems()));
        return nullptr;
    }
    if (!location->exists()) {
        parser.badValue(context, kTeamStore,
            tr("no team store at %1: create the demo with 'salctl demo --out %1'").arg(path));
        return nullptr;
    }
    const QString as = parser.value(kAs).trimmed().toLower();
    Result<std::unique_ptr<SqlTeamStore>> store
        = location.value().open(DispositionValidator(session->m_policy.reasons), as,
            TeamStoreLocation::Mode::Use, &TerminalPasswordPrompt::forLogin);
    if (!store) {
        fail(context, store.problems());
        return nullptr;
    }
    session->m_store = std::move(store).value();
    if (withActor && !as.isEmpty()) {
        Result<std::optional<Rep>> who = session->m_store->person(as);
        if (!who) {
            fail(context, who.problems(), ExitInternal);
            return nullptr;
        }
        if (!who->has_value()) {
            parser.badValue(context, kAs, tr("%1 is not a person of this team store").arg(as));
            return nullptr;
        }
        session->m_actor = **who;
    }
    return session;
}

} // namespace sal::core
