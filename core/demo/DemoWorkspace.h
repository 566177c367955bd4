#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QDateTime>

namespace sal::core {

class TeamStore;
struct PolicySet;

struct DemoOptions
{
    int leads = 3000; // MQLs in the workspace, decided and open
    quint32 seed = 42; // the same seed and nowUtc give the same workspace, byte for byte
    QDateTime nowUtc; // the demo's "now": history lies in the 90 days before it; required
};

// What generate() wrote.
struct DemoSummary
{
    int teams = 0;
    int people = 0;
    int leads = 0;
    int openLeads = 0; // MQLs waiting in the reps' queues at nowUtc
    int decisions = 0; // accept, reject and needs-info operations applied
    int contactAttempts = 0;
    int events = 0; // stage_events rows
};

// Seeds an empty team store with a realistic, deterministic workspace: two teams (North America on
// the New York calendar, EMEA on the Berlin one), each with a manager and five reps over SMB,
// mid-market and enterprise territories, a marketing user, and `leads` MQLs with firmographics,
// contacts, engagement signals, fit scores and talk tracks. About 92 % of them were decided in the
// 90 days before nowUtc through the real path (pushed operations the store validates), with contact
// attempts, escalations, re-routes, late syncs from offline reps and what happened after acceptance;
// the rest wait in the reps' queues, on track, at risk or breached.
//
// Only the seed drives chance (no random UUIDs, no clock), so a seed and a "now" always give the
// same data. On a SQL team store the writes are grouped in bulk transactions.
class DemoWorkspace
{
    Q_DECLARE_TR_FUNCTIONS(sal::core::DemoWorkspace)

public:
    static Result<DemoSummary> generate(
        TeamStore &store, const PolicySet &policy, const DemoOptions &options);

    static constexpr int kMaxLeads = 200'000;
};

} // namespace sal::core
