#include "bench/WindowBench.h"

#include "bench/BenchLeads.h"
#include "bench/ProcessProbe.h"
#include "bench/ProcessWatch.h"
#include "sla/Clock.h"
#include "store/LocalStore.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QTemporaryDir>

namespace sal::core {

QString WindowBench::summary() const
{
    return tr("The window (salbench, offscreen) with N leads: idle CPU with the countdown, peak memory.");
}

Result<BenchOutcome> WindowBench::run(int size)
{
    if (!QFileInfo(m_salbench).isExecutable())
        return Problem::at(m_salbench, {}, tr("salbench is not built next to salctl (build the UI)"));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("local.sqlite"));
    {
        auto local = LocalStore::open(path);
        if (!local)
            return local.problems();
        if (auto r = BenchLeads::fillLocalStore(**local, size, m_clock.nowUtc()); !r)
            return r.problems();
    }
    ProcessWatch watch(m_salbench,
        { QStringLiteral("--offline"), QStringLiteral("--local-store"), path, QStringLiteral("--as"),
            BenchLeads::repEmail() });
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    // Its settings (window geometry, the remembered user) stay in the benchmark's folder.
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
    watch.process().setProcessEnvironment(env);
    QElapsedTimer timer;
    timer.start();
    if (auto r = watch.start(); !r)
        return r.problems();
    const ProcessProbe probe(watch.pid());
    // Loaded once the process has settled: under 5 % of a core over the last two seconds, after the
    // queue read has made it grow.
    double lastCpu = 0;
    qint64 lastCheck = 0;
    const bool settled = watch.waitUntil(
        [&] {
            if (timer.elapsed() - lastCheck < 2000)
                return false;
            const double cpu = probe.cpuSeconds();
            const bool idle = lastCheck > 0 && cpu - lastCpu < 0.1 && probe.residentKiB() > 60 * 1024;
            lastCpu = cpu;
            lastCheck = timer.elapsed();
            return idle;
        },
        300'000);
    if (!settled) {
        watch.stop();
        return Problem::at(m_salbench, {},
            tr("the window did not settle: %1")
                .arg(QString::fromUtf8(watch.process().readAllStandardError()).trimmed().left(400)));
    }
    const double loadedSeconds = double(timer.elapsed()) / 1000.0;
    const double cpuBefore = probe.cpuSeconds();
    QElapsedTimer idle;
    idle.start();
    watch.waitUntil(
        [&] { return idle.elapsed() >= qint64(m_idleSeconds) * 1000; }, m_idleSeconds * 1000 + 5000);
    const double idleCpu = probe.cpuSeconds() - cpuBefore;
    const double idleWall = double(idle.elapsed()) / 1000.0;
    const double peakMiB = double(probe.peakResidentKiB()) / 1024.0;
    const bool running = watch.process().state() == QProcess::Running;
    watch.stop();
    if (!running)
        return Problem::at(m_salbench, {}, tr("the window quit while it was measured"));

    BenchOutcome outcome;
    outcome.work = size;
    const QString count = QLocale::c().toString(size);
    outcome.figures << BenchFigure { name(),
        tr("idle CPU, %1 leads, countdown running %2 s").arg(count).arg(m_idleSeconds),
        100.0 * idleCpu / idleWall, QStringLiteral("% core"), {}, {}, {}, 2.0 };
    outcome.figures << BenchFigure { name(), tr("salbench peak RSS, %1 leads loaded").arg(count), peakMiB,
        QStringLiteral("MiB"), {}, {}, {}, 250.0 };
    outcome.figures << BenchFigure { name(), tr("salbench start to settled, %1 leads").arg(count),
        loadedSeconds, QStringLiteral("s"), {}, {}, {}, {} };
    return outcome;
}

} // namespace sal::core
