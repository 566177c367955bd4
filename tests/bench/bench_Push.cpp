// Item "push" of salctl bench: 10,000 decisions pushed to a throw-away PostgreSQL cluster against psql COPY
// of the same rows. Prints the figures; asserts only that the work was really done (operations applied),
// never how fast.

#include "bench/PushBench.h"
#include "sla/SystemClock.h"
#include "support/BenchRun.h"

class bench_Push : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void baseSize()
    {
        const sal::core::SystemClock clock;
        const sal::core::PolicySet policy = sal::test::defaultPolicy();
        sal::core::PushBench item(clock, policy);
        QCOMPARE(item.baseSize(), 10000);
        const auto outcome = sal::test::runBench(item, item.baseSize());
        QVERIFY(outcome);
        QCOMPARE(outcome->work, qint64(10000));
    }
};

QTEST_GUILESS_MAIN(bench_Push)
#include "bench_Push.moc"
