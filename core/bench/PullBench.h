#pragma once

#include "bench/BenchItem.h"

#include <QCoreApplication>

namespace sal::core {

class Clock;

// Item 4: N changed leads pulled into the local store, in the sync engine's batches, each applied
// with its checkpoint in one local transaction (LocalStore::applyPull). Reference: the same rows
// (lead rows and their events) inserted by the `sqlite3` shell in one transaction, same schema.
class PullBench final : public BenchItem
{
    Q_DECLARE_TR_FUNCTIONS(sal::core::PullBench)

public:
    static constexpr int kBatch = 200; // SyncEngine's default batch

    explicit PullBench(const Clock &clock)
        : m_clock(clock)
    { }
    QString name() const override { return QStringLiteral("pull"); }
    QString summary() const override;
    int baseSize() const override { return 50'000; }
    Result<BenchOutcome> run(int size) override;

private:
    const Clock &m_clock;
};

} // namespace sal::core
