#pragma once

#include "domain/Result.h"

#include <QDateTime>
#include <QStringList>

namespace sal::core {

class SqlTeamStore;

// The manager reports' benchmark team (issue 10, item 5): 100 reps in four teams (two on the New
// York calendar, two on Berlin's), N decided leads over the 12 months before `now` plus 2,000 open
// ones, with their routing, acceptance, first outreach, SQL, opportunity, escalation and
// needs-info events. The people go through the store's API; the volume is generated inside the
// database by INSERT … SELECT over a numbered series (a recursive CTE on SQLite, generate_series on
// PostgreSQL), in one transaction, so a million decisions take seconds, not the 637 s of row-by-row
// inserts. Deterministic: the same N and `now` give the same rows on both engines.
class ReportBenchData
{
public:
    static constexpr int kReps = 100;
    static constexpr int kOpenLeads = 2000;

    static Result<bool> generate(SqlTeamStore &store, int decisions, const QDateTime &nowUtc);
    static QStringList teamIds();
};

} // namespace sal::core
