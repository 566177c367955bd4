// Item "commit" of salctl bench: 5,000 durable decisions through LocalStore.
// Prints the figures; asserts only that the work was really done (:record, p50/p99 against a bare sqlite3
// INSERT+COMMIT:decisions pending in the outbox), never how fast.

#include "bench/DecisionCommitBench.h"
#include "sla/SystemClock.h"
#include "support/BenchRun.h"

class bench_DecisionCommit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void baseSize()
    {
        const sal::core::SystemClock clock;
        const sal::core::PolicySet policy = sal::test::defaultPolicy();
        sal::core::DecisionCommitBench item(clock, policy);
        QCOMPARE(item.baseSize(), 5000);
        const auto outcome = sal::test::runBench(item, item.baseSize());
        QVERIFY(outcome);
        QCOMPARE(outcome->work, qint64(5000));
    }
};

QTEST_GUILESS_MAIN(bench_DecisionCommit)
#include "bench_DecisionCommit.moc"
