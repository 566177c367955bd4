#pragma once

#include "cli/CommandParser.h"
#include "policy/PolicySet.h"
#include "sla/SlaClock.h"
#include "store/LocalStore.h"
#include "store/SqliteTeamStore.h"

#include <memory>

namespace sal::core {

// What the rep commands share: --team-store, --as, --local-store, --offline. Opens the policy, the
// local store and (unless offline) the team store, and syncs around the command.
class RepSession
{
    Q_DECLARE_TR_FUNCTIONS(sal::core::RepSession)

public:
    static void addOptions(CommandParser &parser);
    // Prints problems and returns nothing when the session cannot be opened.
    static std::unique_ptr<RepSession> open(const CommandParser &parser, CliContext &context);

    const QString &user() const { return m_user; }
    bool offline() const { return !m_team; }
    const PolicySet &policy() const { return m_policy; }
    LocalStore &local() { return *m_local; }
    TeamStore *team() { return m_team.get(); }
    const SlaClock &slaClock() const { return *m_slaClock; }

    // Push and pull when online; reports a failure on stderr but never loses local work.
    bool sync(CliContext &context, bool quiet = true);

    static QString defaultTeamStorePath();

private:
    RepSession() = default;
    QString m_user;
    PolicySet m_policy;
    std::unique_ptr<LocalStore> m_local;
    std::unique_ptr<SqliteTeamStore> m_team;
    std::unique_ptr<SlaClock> m_slaClock;
};

} // namespace sal::core
