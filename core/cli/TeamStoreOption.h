#pragma once

#include "cli/CommandParser.h"
#include "disposition/ReasonTaxonomy.h"
#include "store/SqlTeamStore.h"

#include <memory>

namespace sal::core {

// `--team-store FILE|URL` and `--as EMAIL` for the commands that work on the team store itself rather
// than in a rep's workspace (import, export): a SQLite file or a postgresql:// server, opened the
// one way TeamStoreLocation opens it.
class TeamStoreOption
{
    Q_DECLARE_TR_FUNCTIONS(sal::core::TeamStoreOption)

public:
    static void addOptions(CommandParser &parser);
    // Prints the problem and returns nothing when the store cannot be opened (`exitCode` says why).
    static std::unique_ptr<SqlTeamStore> open(
        const CommandParser &parser, CliContext &context, const ReasonTaxonomy &reasons, int &exitCode);
};

} // namespace sal::core
