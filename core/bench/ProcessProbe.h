#pragma once

#include <QtGlobal>

namespace sal::core {

// What Linux says about a running process (/proc/PID/status and /proc/PID/stat): resident memory
// and CPU time, for the memory and idle-CPU benchmarks. `pid` 0 means this process.
class ProcessProbe
{
public:
    explicit ProcessProbe(qint64 pid = 0)
        : m_pid(pid)
    { }

    qint64 residentKiB() const; // VmRSS, -1 when unknown
    qint64 peakResidentKiB() const; // VmHWM, -1 when unknown
    double cpuSeconds() const; // user + system time so far, -1 when unknown

private:
    qint64 statusKiB(const char *key) const;

    qint64 m_pid;
};

} // namespace sal::core
