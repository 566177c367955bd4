#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QStringList>

namespace sal::core {

class ScratchPgCluster;

// A reference measurement: the database's own shell (`sqlite3`, `psql`) doing the same work as our
// code, started through QProcess and timed in the same run. The time of the same shell with an empty
// script (process start, connecting) is taken off, so the reference is the work itself.
class ReferenceCommand
{
    Q_DECLARE_TR_FUNCTIONS(sal::core::ReferenceCommand)

public:
    ReferenceCommand(QString program, QStringList arguments);

    // `sqlite3 -batch FILE < script`.
    static ReferenceCommand sqlite3(const QString &databasePath);
    // `psql` as the cluster's superuser on `database`, stopping at the first error.
    static ReferenceCommand psql(const ScratchPgCluster &cluster, const QString &database);

    // Runs the command with `scriptPath` as standard input; its standard output goes to `outputPath`
    // (default /dev/null). Returns the seconds of work: wall time minus the empty script's.
    Result<double> time(const QString &scriptPath, const QString &outputPath = {}) const;
    // Runs the script and returns the seconds the shell itself reports (psql `\timing on`: the sum
    // of its "Time: N ms" lines), which leave out starting and connecting.
    Result<double> timeReported(const QString &scriptPath) const;

private:
    Result<double> wallSeconds(const QString &scriptPath, const QString &outputPath) const;

    QString m_program;
    QStringList m_arguments;
};

} // namespace sal::core
