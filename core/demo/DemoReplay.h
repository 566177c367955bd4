#pragma once

#include "demo/DemoStep.h"
#include "domain/Result.h"

#include <QCoreApplication>

namespace sal::core {

class TeamStore;

// What the replay wrote.
struct DemoReplayCounts
{
    int decisions = 0;
    int contactAttempts = 0;
    int events = 0;
};

// Writes the demo history into a team store through its public interface, in the order the team
// store would have seen it. Decisions and attempts go through push(), so the store validates them
// as it validates a rep's; anything it does not apply is a bug in the generator and stops the replay.
//
// On a SqliteTeamStore the writes between two pushes share one bulk transaction (push() opens its
// own and cannot join one) and commits do not wait for the disk until the replay is over.
class DemoReplay
{
    Q_DECLARE_TR_FUNCTIONS(sal::core::DemoReplay)

public:
    static Result<DemoReplayCounts> run(TeamStore &store, const QList<DemoStep> &steps);
};

} // namespace sal::core
