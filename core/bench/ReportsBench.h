#pragma once

#include "bench/BenchItem.h"

#include <QCoreApplication>
#include <functional>

namespace sal::core {

class Clock;
class SqlTeamStore;
class StepBarrier;
struct PolicySet;

// Item 5: every manager report of the catalog over N decisions of 100 reps in 12 months
// (ReportBenchData, generated inside the database), on SQLite and on PostgreSQL (a throw-away
// cluster), timed as the panel runs them: the scope once, then each report (SQL, rows, table).
// The reference of each: the same aggregate written by hand in plain SQL (ReportReferenceSql), run
// by the engine's own shell, `sqlite3` or `psql`, in the same run. Target: ours within 1.5× of it.
class ReportsBench final : public BenchItem
{
    Q_DECLARE_TR_FUNCTIONS(sal::core::ReportsBench)

public:
    // `policy`: the SLA calendars, picklist and report settings the benchmark runs under (the
    // shipped defaults in salctl bench), loaded once by the caller.
    ReportsBench(const Clock &clock, const PolicySet &policy)
        : m_clock(clock)
        , m_policy(policy)
    { }
    QString name() const override { return QStringLiteral("reports"); }
    QString summary() const override;
    int baseSize() const override { return 1'000'000; }
    bool scales() const override { return true; }
    Result<BenchOutcome> run(int size) override;

private:
    // Runs the script and returns the reference's seconds.
    using Reference = std::function<Result<double>(const QString &scriptPath)>;
    // One engine: its store in `folder` (SQLite) or a throw-away cluster, the data, each report and
    // its reference, the scripts written in `folder`.
    // `inStep`: arrived at before each report and before each reference (see run()).
    Result<bool> runSqlite(int size, const QString &folder, StepBarrier &inStep, BenchOutcome &outcome) const;
    Result<bool> runPostgres(
        int size, const QString &folder, StepBarrier &inStep, BenchOutcome &outcome) const;
    Result<bool> measure(SqlTeamStore &store, const PolicySet &policy, const QString &engine, int size,
        const QString &scriptDir, const Reference &reference, StepBarrier &inStep,
        BenchOutcome &outcome) const;

    const Clock &m_clock;
    const PolicySet &m_policy;
};

} // namespace sal::core
