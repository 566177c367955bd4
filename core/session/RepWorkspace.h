#pragma once

#include "domain/Rep.h"
#include "domain/Result.h"
#include "policy/PolicySet.h"
#include "sla/SlaClock.h"
#include "store/LocalStore.h"
#include "store/TeamStoreLocation.h"
#include "sync/DecisionMaker.h"
#include "sync/SyncService.h"
#include "sync/SyncStatus.h"

#include <QCoreApplication>
#include <memory>

namespace sal::core {

class Clock;

// Where a rep works: their local store, the team store when reachable, the team's policy and
// calendar. The one place that turns "the rep decided X on lead L" into a recorded operation, shared
// by salctl and the window so both follow exactly the same rules.
class RepWorkspace
{
    Q_DECLARE_TR_FUNCTIONS(sal::core::RepWorkspace)

public:
    struct Paths
    {
        QString teamStore; // a file or a postgresql:// address; empty: offline
        QString localStore; // empty: LocalStore::defaultPath(user)
        QString user;
        TeamStoreLocation::PasswordPrompt askPassword = {}; // PostgreSQL, when libpq finds no password
    };

    static Result<std::unique_ptr<RepWorkspace>> open(const Paths &paths, const Clock &clock);
    static QString defaultTeamStorePath(); // <app data>/demo-team.sqlite

    const QString &user() const { return m_user; }
    Role role() const { return m_role; } // a manager sees the team's queue, a rep their own
    bool offline() const { return !m_team; }
    const PolicySet &policy() const { return m_policy; }
    LocalStore &local() { return *m_local; }
    SqlTeamStore *team() { return m_team.get(); }
    // Opens another connection to the same team store, as the same person (for the sync thread).
    SyncService::TeamStoreFactory teamStoreFactory() const;
    const SlaClock &slaClock() const { return *m_slaClock; }
    const DecisionMaker &maker() const { return m_maker; }
    const QString &localStorePath() const { return m_localPath; }
    const QString &teamStorePath() const { return m_teamPath; }

    // Validates and records; the problems name every unmet field.
    Result<Operation> decide(const QString &leadId, const Disposition &disposition);
    Result<Operation> logAttempt(const QString &leadId, ContactChannel channel, const QString &outcome);
    // The rep keeps a refused decision: validated again and recorded on the lead as it is now.
    Result<Operation> reapply(const Conflict &conflict);

    // Push and pull on this thread (salctl); the window uses SyncService instead.
    Result<SyncReport> sync();

    // What the rep saw when deciding: kept with the decision for audit and coaching.
    QJsonObject snapshotOf(const CachedLead &lead) const;

private:
    RepWorkspace(const Clock &clock, PolicySet policy);

    const Clock &m_clock;
    PolicySet m_policy;
    DecisionMaker m_maker;
    QString m_user;
    Role m_role = Role::Rep;
    QString m_localPath;
    QString m_teamPath;
    std::unique_ptr<LocalStore> m_local;
    std::optional<TeamStoreLocation> m_location;
    std::unique_ptr<SqlTeamStore> m_team;
    std::unique_ptr<SlaClock> m_slaClock;
};

} // namespace sal::core
