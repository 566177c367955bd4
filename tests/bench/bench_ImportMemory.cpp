// Item 7, the command line's half: peak resident memory of the real `salctl import` process at
// 10,000, 100,000 and 1,000,000 rows (streamed: flat). Prints the figures; asserts only that the
// work was really done (every row imported), never how fast or how much memory.

#include "bench/ImportMemoryBench.h"
#include "support/BenchRun.h"

class bench_ImportMemory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void baseSize()
    {
        sal::core::ImportMemoryBench item(QStringLiteral(SALCTL_PATH));
        const auto outcome = sal::test::runBench(item, item.baseSize());
        QVERIFY(outcome);
        QCOMPARE(outcome->work, qint64(item.baseSize()));
    }
};

QTEST_GUILESS_MAIN(bench_ImportMemory)
#include "bench_ImportMemory.moc"
