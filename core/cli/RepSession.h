#pragma once

#include "cli/CommandParser.h"
#include "session/RepWorkspace.h"

#include <memory>

namespace sal::core {

// The rep commands' common options (--team-store, --as, --local-store, --offline) over a
// RepWorkspace, with problems printed the salctl way.
class RepSession
{
    Q_DECLARE_TR_FUNCTIONS(sal::core::RepSession)

public:
    static void addOptions(CommandParser &parser);
    // Prints problems and returns nothing when the workspace cannot be opened.
    static std::unique_ptr<RepSession> open(const CommandParser &parser, CliContext &context);

    RepWorkspace &workspace() { return *m_workspace; }
    const QString &user() const { return m_workspace->user(); }
    bool offline() const { return m_workspace->offline(); }
    const PolicySet &policy() const { return m_workspace->policy(); }
    LocalStore &local() { return m_workspace->local(); }
    const SlaClock &slaClock() const { return m_workspace->slaClock(); }

    // Push and pull when online; reports a failure on stderr but never loses local work.
    bool sync(CliContext &context, bool quiet = true);

private:
    explicit RepSession(std::unique_ptr<RepWorkspace> workspace) : m_workspace(std::move(workspace)) { }
    std::unique_ptr<RepWorkspace> m_workspace;
};

} // namespace sal::core
