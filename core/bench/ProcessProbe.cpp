#include "bench/ProcessProbe.h"

#include <QFile>
#include <QList>
#include <unistd.h>

namespace sal::core {

namespace {
QString procFile(qint64 pid, const char *name)
{
    return pid == 0 ? QStringLiteral("/proc/self/%1").arg(QLatin1String(name))
                    : QStringLiteral("/proc/%1/%2").arg(pid).arg(QLatin1String(name));
}
} // namespace

qint64 ProcessProbe::statusKiB(const char *key) const
{
    QFile status(procFile(m_pid, "status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(qsizetype(qstrlen(key))).trimmed().split(' ').constFirst().toLongLong();
    }
    return -1;
}

qint64 ProcessProbe::residentKiB() const
{
    return statusKiB("VmRSS:");
}

qint64 ProcessProbe::peakResidentKiB() const
{
    return statusKiB("VmHWM:");
}

double ProcessProbe::cpuSeconds() const
{
    QFile stat(procFile(m_pid, "stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray text = stat.readAll();
    // Fields after the command name, which is in parentheses and may hold spaces: state is field 3,
    // utime field 14, stime field 15 (proc(5)).
    const qsizetype close = text.lastIndexOf(')');
    if (close < 0)
        return -1;
    const QList<QByteArray> fields = text.mid(close + 2).split(' ');
    if (fields.size() < 13)
        return -1;
    const double ticks = double(fields.at(11).toLongLong() + fields.at(12).toLongLong());
    return ticks / double(sysconf(_SC_CLK_TCK));
}

} // namespace sal::core
