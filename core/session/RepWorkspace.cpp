#include "session/RepWorkspace.h"

#include "disposition/DispositionCodec.h"
#include "policy/PolicyLoader.h"
#include "qualification/AcceptanceChecklist.h"
#include "sla/Clock.h"
#include "sla/LeadSla.h"
#include "sync/SyncEngine.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QStandardPaths>

namespace sal::core {

namespace {
const QString kCalendarKey = QStringLiteral("team_calendar");
const QString kRoleKey = QStringLiteral("role");
} // namespace

RepWorkspace::RepWorkspace(const Clock &clock, PolicySet policy)
    : m_clock(clock)
    , m_policy(std::move(policy))
    , m_maker(DispositionValidator(m_policy.reasons))
{ }

QString RepWorkspace::defaultTeamStorePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("demo-team.sqlite"));
}

Result<std::unique_ptr<RepWorkspace>> RepWorkspace::open(const Paths &paths, const Clock &clock)
{
    const QString user = paths.user.trimmed().toLower();
    if (user.isEmpty())
        return Problem::forField(QStringLiteral("as"), tr("Say which rep you are (an email of the team)."));
    Result<PolicySet> policy = PolicyLoader::loadDefaults();
    if (!policy)
        return policy.problems();
    std::unique_ptr<RepWorkspace> ws(new RepWorkspace(clock, *policy));
    ws->m_user = user;
    ws->m_localPath = paths.localStore.isEmpty() ? LocalStore::defaultPath(user) : paths.localStore;
    Result<std::unique_ptr<LocalStore>> local = LocalStore::open(ws->m_localPath);
    if (!local)
        return local.problems();
    ws->m_local = std::move(local).value();

    if (!paths.teamStore.isEmpty()) {
        Result<TeamStoreLocation> location = TeamStoreLocation::parse(paths.teamStore);
        if (!location)
            return location.problems();
        ws->m_location = *location;
        ws->m_teamPath = location->display();
        if (!location->exists())
            return Problem::at(paths.teamStore, {},
                tr("no team store here: create the demo with 'salctl demo --out %1'").arg(paths.teamStore));
        Result<std::unique_ptr<SqlTeamStore>> team
            = ws->m_location->open(DispositionValidator(ws->m_policy.reasons), user,
                TeamStoreLocation::Mode::Use, paths.askPassword);
        if (!team)
            return team.problems();
        ws->m_team = std::move(team).value();
        Result<std::optional<Rep>> me = ws->m_team->person(user);
        if (!me)
            return me.problems();
        if (!me->has_value())
            return Problem::forField(
                QStringLiteral("as"), tr("%1 is not a person of this team store.").arg(user));
        ws->m_role = (*me)->role;
        if (auto r = ws->m_local->setMeta(kRoleKey, roleToString(ws->m_role)); !r)
            return r.problems();
        // Remember the team's calendar so offline countdowns use the same business hours.
        for (const Team &t : ws->m_team->teams().value_or({})) {
            if (t.id == (*me)->teamId) {
                if (auto r = ws->m_local->setMeta(kCalendarKey, t.calendarId); !r)
                    return r.problems();
            }
        }
    }
    ws->m_role = roleFromString(ws->m_local->meta(kRoleKey).value_or(QString())).value_or(ws->m_role);
    const QString calendarId = ws->m_local->meta(kCalendarKey).value_or(QString());
    const BusinessCalendar calendar = ws->m_policy.calendars.value(
        calendarId, ws->m_policy.calendars.isEmpty() ? BusinessCalendar() : ws->m_policy.calendars.first());
    ws->m_slaClock = std::make_unique<SlaClock>(calendar, ws->m_policy.sla);
    return ws;
}

SyncService::TeamStoreFactory RepWorkspace::teamStoreFactory() const
{
    return [location = m_location, reasons = m_policy.reasons,
               user = m_user]() mutable -> Result<std::unique_ptr<TeamStore>> {
        if (!location)
            return Problem::forField(
                QStringLiteral("team-store"), tr("Working offline: there is no team store."));
        auto store = location->open(DispositionValidator(reasons), user, TeamStoreLocation::Mode::Use);
        if (!store)
            return store.problems();
        return std::unique_ptr<TeamStore>(std::move(store).value());
    };
}

QJsonObject RepWorkspace::snapshotOf(const CachedLead &c) const
{
    const QDateTime now = m_clock.nowUtc();
    const AcceptanceChecklist checklist(m_policy.icp, m_policy.checklist);
    QJsonArray items;
    for (const ChecklistItem &i : checklist.evaluate(c.lead, 1, now))
        items.append(QJsonObject {
            { QStringLiteral("id"), i.id }, { QStringLiteral("outcome"), checkOutcomeToString(i.outcome) } });
    const SlaStatus sla = m_slaClock->status(LeadSla::window(c.lead, *m_slaClock), now);
    return { { QStringLiteral("score"), c.lead.score.total() },
        { QStringLiteral("fit"), c.lead.score.fitPoints() }, { QStringLiteral("tier"), c.lead.tier },
        { QStringLiteral("sla_state"), slaStateToString(sla.state) },
        { QStringLiteral("sla_remaining_seconds"), double(sla.remainingSeconds) },
        { QStringLiteral("attempts"), int(c.attempts.size()) }, { QStringLiteral("checklist"), items } };
}

Result<Operation> RepWorkspace::decide(const QString &leadId, const Disposition &disposition)
{
    // One read of the lead serves both the rules and the snapshot of what the rep saw.
    Result<std::optional<CachedLead>> cached = m_local->lead(leadId);
    if (!cached)
        return cached.problems();
    if (!cached->has_value())
        return Problem::forField(
            QStringLiteral("lead"), tr("Lead %1 is not in %2's queue.").arg(leadId, m_user));
    Result<ValidatedOperation> made = m_maker.decide(
        LocalStore::stateOf(**cached), disposition, m_user, m_clock.nowUtc(), snapshotOf(**cached));
    if (!made)
        return made.problems();
    if (auto r = m_local->record(*made); !r)
        return r.problems();
    return made->operation();
}

Result<Operation> RepWorkspace::logAttempt(
    const QString &leadId, ContactChannel channel, const QString &outcome)
{
    Result<LeadState> state = m_local->leadState(leadId, m_user);
    if (!state)
        return state.problems();
    Result<ValidatedOperation> made = m_maker.attempt(*state, channel, outcome, m_user, m_clock.nowUtc());
    if (!made)
        return made.problems();
    if (auto r = m_local->record(*made); !r)
        return r.problems();
    return made->operation();
}

Result<Operation> RepWorkspace::reapply(const Conflict &conflict)
{
    Result<LeadState> state = m_local->leadState(conflict.operation.leadId, m_user);
    if (!state)
        return state.problems();
    LeadState current = *state;
    current.stage = Stage::Mql; // the refused decision no longer counts
    const QDateTime now = m_clock.nowUtc();
    const ContactAttempt attempt = DispositionCodec::attemptFromJson(conflict.operation.payload);
    Result<ValidatedOperation> again = conflict.operation.isDecision()
        ? m_maker.decide(current, DispositionCodec::dispositionFromJson(conflict.operation.payload), m_user,
            now, conflict.operation.snapshot)
        : m_maker.attempt(current, attempt.channel, attempt.outcome, m_user, now);
    if (!again)
        return again.problems();
    if (auto r = m_local->markReapplied(conflict.operation.id, now); !r)
        return r.problems();
    if (auto r = m_local->record(*again); !r)
        return r.problems();
    return again->operation();
}

Result<SyncReport> RepWorkspace::sync()
{
    if (!m_team)
        return Problem::forField(
            QStringLiteral("team-store"), tr("Working offline: there is no team store to sync with."));
    SyncEngine engine(*m_local, *m_team, m_clock, m_user);
    return engine.syncOnce();
}

} // namespace sal::core
