#pragma once

#include "bench/BenchItem.h"

#include <QCoreApplication>

namespace sal::core {

class Clock;

// Items 6 and 7, the window's half, on the real `salbench` process (offscreen, offline, a local
// store prepared with N open leads): its CPU use while idle with the countdown running for
// `idleSeconds` (target under 2 % of one core, read from /proc/PID/stat) and its peak resident
// memory with the leads loaded (target under 250 MiB, VmHWM). The time per repaint of the visible
// rows is measured inside the window by tests/bench/bench_QueueModel.
class WindowBench final : public BenchItem
{
    Q_DECLARE_TR_FUNCTIONS(sal::core::WindowBench)

public:
    WindowBench(const Clock &clock, QString salbenchPath, int idleSeconds = 30)
        : m_clock(clock)
        , m_salbench(std::move(salbenchPath))
        , m_idleSeconds(idleSeconds)
    { }
    QString name() const override { return QStringLiteral("window"); }
    QString summary() const override;
    int baseSize() const override { return 100'000; }
    Result<BenchOutcome> run(int size) override;

private:
    const Clock &m_clock;
    QString m_salbench;
    int m_idleSeconds;
};

} // namespace sal::core
