#include "bench/ReferenceCommand.h"

#include "bench/ScratchPgCluster.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryFile>

namespace sal::core {

ReferenceCommand::ReferenceCommand(QString program, QStringList arguments)
    : m_program(std::move(program))
    , m_arguments(std::move(arguments))
{ }

ReferenceCommand ReferenceCommand::sqlite3(const QString &databasePath)
{
    return ReferenceCommand(QStringLiteral("sqlite3"), { QStringLiteral("-batch"), databasePath });
}

ReferenceCommand ReferenceCommand::psql(const ScratchPgCluster &cluster, const QString &database)
{
    return ReferenceCommand(ScratchPgCluster::binDir() + QStringLiteral("/psql"),
        { QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
            QStringLiteral("-h"), cluster.socketDir(), QStringLiteral("-p"),
            QString::number(ScratchPgCluster::kPort), QStringLiteral("-U"), QStringLiteral("postgres"),
            QStringLiteral("-d"), database });
}

Result<double> ReferenceCommand::wallSeconds(const QString &scriptPath, const QString &outputPath) const
{
    QProcess process;
    process.setProgram(m_program);
    process.setArguments(m_arguments);
    process.setStandardInputFile(scriptPath);
    process.setStandardOutputFile(outputPath.isEmpty() ? QProcess::nullDevice() : outputPath);
    QElapsedTimer timer;
    timer.start();
    process.start();
    if (!process.waitForStarted(30'000))
        return Problem::at(m_program, {}, tr("cannot start the reference: %1").arg(process.errorString()));
    process.waitForFinished(-1);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return Problem::at(m_program, {},
            tr("the reference failed: %1").arg(QString::fromUtf8(process.readAllStandardError()).trimmed()));
    return seconds;
}

Result<double> ReferenceCommand::time(const QString &scriptPath, const QString &outputPath) const
{
    QTemporaryFile empty;
    if (!empty.open())
        return Problem::at(empty.fileName(), {}, tr("cannot write an empty script"));
    empty.close();
    const Result<double> startup = wallSeconds(empty.fileName(), {});
    if (!startup)
        return startup;
    const Result<double> work = wallSeconds(scriptPath, outputPath);
    if (!work)
        return work;
    return qMax(0.0, *work - *startup);
}

} // namespace sal::core

namespace sal::core {

Result<double> ReferenceCommand::timeReported(const QString &scriptPath) const
{
    QTemporaryFile output;
    if (!output.open())
        return Problem::at(output.fileName(), {}, tr("cannot write the reference's output"));
    output.close();
    if (auto r = wallSeconds(scriptPath, output.fileName()); !r)
        return r;
    QFile file(output.fileName());
    if (!file.open(QIODevice::ReadOnly))
        return Problem::at(output.fileName(), {}, tr("cannot read the reference's output"));
    static const QRegularExpression timing(QStringLiteral("^Time: ([0-9.]+) ms"));
    double ms = 0;
    int lines = 0;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (const QRegularExpressionMatch m = timing.match(QString::fromLatin1(line)); m.hasMatch()) {
            ms += m.captured(1).toDouble();
            ++lines;
        }
    }
    if (lines == 0)
        return Problem::at(m_program, {}, tr("the reference printed no timing"));
    return ms / 1000.0;
}

} // namespace sal::core
