#include "bench/ProcessWatch.h"

#include "bench/ProcessProbe.h"

#include <QElapsedTimer>

namespace sal::core {

ProcessWatch::ProcessWatch(QString program, QStringList arguments)
    : m_program(std::move(program))
    , m_arguments(std::move(arguments))
{ }

Result<bool> ProcessWatch::start()
{
    m_process.setProgram(m_program);
    m_process.setArguments(m_arguments);
    m_process.setStandardOutputFile(QProcess::nullDevice());
    m_process.start();
    if (!m_process.waitForStarted(30'000))
        return Problem::at(m_program, {}, tr("cannot start: %1").arg(m_process.errorString()));
    return true;
}

Result<ProcessWatch::Sample> ProcessWatch::runToEnd()
{
    if (auto r = start(); !r)
        return r.problems();
    Sample sample;
    const ProcessProbe probe(pid());
    QElapsedTimer timer;
    timer.start();
    while (!m_process.waitForFinished(20)) {
        sample.peakResidentKiB = qMax(sample.peakResidentKiB, probe.peakResidentKiB());
        if (m_process.state() == QProcess::NotRunning)
            break;
    }
    sample.seconds = double(timer.nsecsElapsed()) / 1e9;
    sample.exitCode = m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
    if (sample.exitCode != 0)
        return Problem::at(m_program, {},
            tr("exited with %1: %2")
                .arg(sample.exitCode)
                .arg(QString::fromUtf8(m_process.readAllStandardError()).trimmed().left(400)));
    return sample;
}

bool ProcessWatch::waitUntil(const std::function<bool()> &ready, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        if (m_process.state() == QProcess::NotRunning)
            return false;
        if (ready())
            return true;
        m_process.waitForFinished(100);
    }
    return false;
}

void ProcessWatch::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(10'000)) {
        m_process.kill();
        m_process.waitForFinished(10'000);
    }
}

} // namespace sal::core
