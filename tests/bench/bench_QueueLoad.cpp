// Item "queue" of salctl bench: the queue's core part (LocalStore read + SLA windows + first screen) at
// 100,000 open leads. Prints the figures; asserts only that the work was really done (rows loaded), never how
// fast.

#include "bench/QueueLoadBench.h"
#include "sla/SystemClock.h"
#include "support/BenchRun.h"

class bench_QueueLoad : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void baseSize()
    {
        const sal::core::SystemClock clock;
        const sal::core::PolicySet policy = sal::test::defaultPolicy();
        sal::core::QueueLoadBench item(clock, policy);
        QCOMPARE(item.baseSize(), 100000);
        const auto outcome = sal::test::runBench(item, item.baseSize());
        QVERIFY(outcome);
        QCOMPARE(outcome->work, qint64(100000));
    }
};

QTEST_GUILESS_MAIN(bench_QueueLoad)
#include "bench_QueueLoad.moc"
