#pragma once

#include "bench/BenchItem.h"

#include <QCoreApplication>

namespace sal::core {

class Clock;
struct PolicySet;

// Item 2: the latency of one durable decision through the real path (validated by DecisionMaker,
// recorded by LocalStore::record: outbox + stage event in one transaction, WAL, synchronous=FULL),
// p50/p99 over N decisions. Reference: the `sqlite3` shell committing one bare INSERT per
// transaction with the same pragmas, timed per transaction by its `.timer`.
class DecisionCommitBench final : public BenchItem
{
    Q_DECLARE_TR_FUNCTIONS(sal::core::DecisionCommitBench)

public:
    // `policy`: the SLA calendars, picklist and report settings the benchmark runs under (the
    // shipped defaults in salctl bench), loaded once by the caller.
    DecisionCommitBench(const Clock &clock, const PolicySet &policy)
        : m_clock(clock)
        , m_policy(policy)
    { }
    QString name() const override { return QStringLiteral("commit"); }
    QString summary() const override;
    int baseSize() const override { return 5'000; }
    Result<BenchOutcome> run(int size) override;

private:
    const Clock &m_clock;
    const PolicySet &m_policy;
};

} // namespace sal::core
