#pragma once

#include "bench/BenchItem.h"

#include <QCoreApplication>

namespace sal::core {

class Clock;
struct PolicySet;

// Item 3: N pending decisions pushed to a PostgreSQL team store by the sync engine, as the rep's own
// login under row-level security, on a throw-away local cluster (ScratchPgCluster). Reference:
// `psql` COPYing the same operation rows into an unindexed table. Also: round trips per batch,
// counted by the client connection, and how much of the time was spent in the database driver (the
// round trips and the server's work) rather than in our code. The batch size is a parameter
// (`salctl bench push --push-batch N`).
class PushBench final : public BenchItem
{
    Q_DECLARE_TR_FUNCTIONS(sal::core::PushBench)

public:
    static constexpr int kBatch = 200; // SyncEngine's default batch

    PushBench(const Clock &clock, const PolicySet &policy, int batchSize = kBatch)
        : m_clock(clock)
        , m_policy(policy)
        , m_batch(qMax(1, batchSize))
    { }
    void setBatchSize(int batchSize) { m_batch = qMax(1, batchSize); }
    QString name() const override { return QStringLiteral("push"); }
    QString summary() const override;
    int baseSize() const override { return 10'000; }
    bool scales() const override { return true; }
    Result<BenchOutcome> run(int size) override;

private:
    const Clock &m_clock;
    const PolicySet &m_policy; // its picklist validates the pushed decisions
    int m_batch;
};

} // namespace sal::core
