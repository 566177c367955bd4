#pragma once

#include "bench/BenchItem.h"

#include <QCoreApplication>

namespace sal::core {

class Clock;
struct PolicySet;

// Item 1, the core part of opening the queue: a local store with N open leads for one rep → every
// lead read (LocalStore::openQueue), its SLA window and state computed, sorted by urgency, and the
// first screen of rows formatted. (The window's model on top of this is measured by
// tests/bench/bench_QueueModel.) Reference: `sqlite3` running the same SELECTs to /dev/null.
class QueueLoadBench final : public BenchItem
{
    Q_DECLARE_TR_FUNCTIONS(sal::core::QueueLoadBench)

public:
    // `policy`: the SLA calendars, picklist and report settings the benchmark runs under (the
    // shipped defaults in salctl bench), loaded once by the caller.
    QueueLoadBench(const Clock &clock, const PolicySet &policy)
        : m_clock(clock)
        , m_policy(policy)
    { }
    QString name() const override { return QStringLiteral("queue"); }
    QString summary() const override;
    int baseSize() const override { return 100'000; }
    bool scales() const override { return true; }
    Result<BenchOutcome> run(int size) override;

    // The SELECTs LocalStore::openQueue runs, as the reference shell runs them.
    static QStringList referenceQueries();

private:
    const Clock &m_clock;
    const PolicySet &m_policy;
};

} // namespace sal::core
