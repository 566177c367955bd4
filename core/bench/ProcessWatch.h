#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QProcess>
#include <functional>

namespace sal::core {

// Runs one of our own programs (salctl, salbench) as a child process and samples its resident
// memory from /proc while it runs: the memory benchmarks measure the real program, not a copy.
class ProcessWatch
{
    Q_DECLARE_TR_FUNCTIONS(sal::core::ProcessWatch)

public:
    struct Sample
    {
        qint64 peakResidentKiB = 0; // the largest VmRSS seen, or VmHWM when read before the end
        double seconds = 0;
        int exitCode = 0;
    };

    ProcessWatch(QString program, QStringList arguments);
    QProcess &process() { return m_process; }

    // Runs it to the end, sampling every few milliseconds.
    Result<Sample> runToEnd();

    // Starts it and returns once `ready` says so (checked on every sample) or `timeoutMs` passes.
    Result<bool> start();
    bool waitUntil(const std::function<bool()> &ready, int timeoutMs);
    qint64 pid() const { return m_process.processId(); }
    void stop(); // terminate, then kill

private:
    QString m_program;
    QStringList m_arguments;
    QProcess m_process;
};

} // namespace sal::core
