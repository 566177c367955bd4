// Item 7, the command line's half: peak resident memory of the real `salctl import` process at
// 100, 1,000 and 10,000 rows (streamed: flat). The importer writes about 1,300 leads/s on a loaded
// 2-core machine, so the 1,000,000-row run is `salctl bench import` only: here it would take the
// bench label's whole budget. Prints the figures; asserts only that every row was imported.

#include "bench/ImportMemoryBench.h"
#include "support/BenchRun.h"

class bench_ImportMemory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void baseSize()
    {
        sal::core::ImportMemoryBench item(QStringLiteral(SALCTL_PATH));
        constexpr int kRows = 10'000;
        const auto outcome = sal::test::runBench(item, kRows);
        QVERIFY(outcome);
        QCOMPARE(outcome->work, qint64(kRows));
    }
};

QTEST_GUILESS_MAIN(bench_ImportMemory)
#include "bench_ImportMemory.moc"
