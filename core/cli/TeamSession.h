#pragma once

#include "cli/CommandParser.h"
#include "domain/Rep.h"
#include "policy/PolicySet.h"
#include "store/SqlTeamStore.h"

#include <memory>

namespace sal::core {

// The automation and marketing commands' common options over the team store itself (no local
// cache, no outbox: these act on the shared truth): --team-store, --as (who acts, when the command
// needs a person) and --now (the moment to act at; default: the clock).
class TeamSession
{
    Q_DECLARE_TR_FUNCTIONS(sal::core::TeamSession)

public:
    static void addOptions(CommandParser &parser, bool withActor);
    // Prints problems and returns nothing when the store, the policy, --as or --now is unusable.
    static std::unique_ptr<TeamSession> open(
        const CommandParser &parser, CliContext &context, bool withActor);

    TeamStore &store() { return *m_store; }
    // The same store's connection, for the aggregations of core/insight and core/reports.
    SqlDatabase &database() { return m_store->database(); }
    const PolicySet &policy() const { return m_policy; }
    const QDateTime &now() const { return m_now; }
    // The person named by --as; empty when the command was run without it.
    const std::optional<Rep> &actor() const { return m_actor; }

    // Prints the problems of a failed Result the salctl way and gives the exit code.
    static int fail(CliContext &context, const Problems &problems, int code = ExitBadInput);

private:
    TeamSession() = default;

    std::unique_ptr<SqlTeamStore> m_store;
    PolicySet m_policy;
    QDateTime m_now;
    std::optional<Rep> m_actor;
};

} // namespace sal::core
