// Items 6 and 7, the window's half: the real salbench process (offscreen, offline) with 100,000
// leads: idle CPU with the countdown running for 30 s, and peak resident memory. Prints the
// figures; asserts only that the window ran with the leads loaded, never the figures themselves.

#include "bench/WindowBench.h"
#include "sla/SystemClock.h"
#include "support/BenchRun.h"

class bench_Window : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void baseSize()
    {
        const sal::core::SystemClock clock;
        sal::core::WindowBench item(clock, QStringLiteral(SALBENCH_PATH));
        const auto outcome = sal::test::runBench(item, item.baseSize());
        QVERIFY(outcome);
        QCOMPARE(outcome->work, qint64(item.baseSize()));
    }
};

QTEST_GUILESS_MAIN(bench_Window)
#include "bench_Window.moc"
