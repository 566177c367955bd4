// Item "pull" of salctl bench: 50,000 changed leads into the local store against the sqlite3 shell inserting
// the same rows. Prints the figures; asserts only that the work was really done (leads cached), never how
// fast.

#include "bench/PullBench.h"
#include "sla/SystemClock.h"
#include "support/BenchRun.h"

class bench_Pull : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void baseSize()
    {
        const sal::core::SystemClock clock;
        sal::core::PullBench item(clock);
        QCOMPARE(item.baseSize(), 50000);
        const auto outcome = sal::test::runBench(item, item.baseSize());
        QVERIFY(outcome);
        QCOMPARE(outcome->work, qint64(50000));
    }
};

QTEST_GUILESS_MAIN(bench_Pull)
#include "bench_Pull.moc"
