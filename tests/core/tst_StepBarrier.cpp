// StepBarrier: two threads that arrive at each step go on together, and one that leaves (done or
// failed) no longer holds the other back.

#include "bench/StepBarrier.h"

#include <QMutex>
#include <QTest>
#include <QThread>
#include <memory>

using namespace sal::core;

class tst_StepBarrier : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void partiesGoOnTogether()
    {
        StepBarrier barrier(2);
        QMutex mutex;
        QStringList log;
        const auto note = [&](const QString &entry) {
            const QMutexLocker lock(&mutex);
            log << entry;
        };
        // The worker is slow at every step; the main thread must still wait for it each time.
        const std::unique_ptr<QThread> worker(QThread::create([&] {
            for (int step = 0; step < 3; ++step) {
                QThread::msleep(30);
                note(QStringLiteral("worker %1").arg(step));
                barrier.arrive();
            }
            barrier.leave();
        }));
        worker->start();
        for (int step = 0; step < 3; ++step) {
            barrier.arrive();
            note(QStringLiteral("main %1").arg(step));
        }
        barrier.leave();
        QVERIFY(worker->wait(10'000));
        for (int step = 0; step < 3; ++step) {
            QVERIFY2(log.indexOf(QStringLiteral("worker %1").arg(step))
                    < log.indexOf(QStringLiteral("main %1").arg(step)),
                qPrintable(log.join(QStringLiteral(", "))));
        }
    }

    void aPartyThatLeavesHoldsNoOneBack()
    {
        StepBarrier barrier(2);
        // The worker fails after one step and leaves; the main thread's later steps do not wait.
        const std::unique_ptr<QThread> worker(QThread::create([&] {
            barrier.arrive();
            barrier.leave();
        }));
        worker->start();
        barrier.arrive();
        barrier.arrive(); // released by the worker leaving, or alone once it has left
        barrier.arrive();
        barrier.leave();
        QVERIFY(worker->wait(10'000));
    }
};

QTEST_GUILESS_MAIN(tst_StepBarrier)
#include "tst_StepBarrier.moc"
