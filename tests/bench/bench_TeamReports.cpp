// Item "reports" of salctl bench at a reduced size: every report of the catalog over 10,000
// decisions of 100 reps in 12 months, generated inside the database, on SQLite and on a throw-away
// PostgreSQL cluster, each against the same aggregate written by hand and run by sqlite3 / psql.
// Prints the figures; asserts only that the work was really done (the rows exist, every report ran
// on both engines), never how fast. `salctl bench reports` runs 1,000,000 decisions, `salctl bench
// all` also 10,000 and 100,000; SAL_BENCH_DECISIONS=N runs N here.

#include "bench/ReportsBench.h"
#include "reports/ReportCatalog.h"
#include "sla/SystemClock.h"
#include "support/BenchRun.h"

class bench_TeamReports : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reducedSize()
    {
        const sal::core::SystemClock clock;
        const sal::core::PolicySet policy = sal::test::defaultPolicy();
        sal::core::ReportsBench item(clock, policy);
        QCOMPARE(item.baseSize(), 1000000);
        const int size = qEnvironmentVariableIsSet("SAL_BENCH_DECISIONS")
            ? qEnvironmentVariableIntValue("SAL_BENCH_DECISIONS")
            : item.baseSize() / 100;
        const auto outcome = sal::test::runBench(item, size);
        QVERIFY(outcome);
        const qint64 reports = qint64(sal::core::standardReportCatalog().reports().size());
        QCOMPARE(outcome->work, 2 * reports); // every report, on both engines
        int withReference = 0;
        for (const sal::core::BenchFigure &f : outcome->figures) {
            if (f.reference)
                ++withReference;
        }
        QVERIFY(withReference >= 2 * 13); // the hand-written references ran too
    }
};

QTEST_GUILESS_MAIN(bench_TeamReports)
#include "bench_TeamReports.moc"
