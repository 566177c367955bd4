#include "bench/ImportMemoryBench.h"

#include "bench/LeadExportFile.h"
#include "bench/ProcessWatch.h"
#include "store/SqliteTeamStore.h"

#include <QDir>
#include <QTemporaryDir>

namespace sal::core {

QString ImportMemoryBench::summary() const
{
    return tr("Memory of salctl import at N/100, N/10 and N rows (streamed: flat).");
}

Result<BenchOutcome> ImportMemoryBench::run(int size)
{
    QTemporaryDir dir(QDir::currentPath() + QStringLiteral("/salbench-import-XXXXXX"));
    BenchOutcome outcome;
    double smallestMiB = 0;
    double largestMiB = 0;
    for (const int rows : { qMax(1, size / 100), qMax(1, size / 10), size }) {
        const QString csv = dir.filePath(QStringLiteral("leads-%1.csv").arg(rows));
        const QString team = dir.filePath(QStringLiteral("team-%1.sqlite").arg(rows));
        if (!LeadExportFile::write(csv, rows))
            return Problem::at(csv, {}, tr("cannot write the export"));
        if (auto created = SqliteTeamStore::open(team, DispositionValidator(ReasonTaxonomy {})); !created)
            return created.problems();
        ProcessWatch watch(m_salctl, { QStringLiteral("import"), csv, QStringLiteral("--team-store"), team });
        Result<ProcessWatch::Sample> sample = watch.runToEnd();
        if (!sample)
            return sample.problems();
        SqlDatabase check;
        if (auto r = check.open(team, false); !r)
            return r.problems();
        Result<QVariant> leads = check.scalar(QStringLiteral("SELECT count(*) FROM leads"));
        if (!leads)
            return leads.problems();
        if (rows == size)
            outcome.work = leads->toLongLong();
        QFile::remove(csv);
        const double mib = double(sample->peakResidentKiB) / 1024.0;
        if (smallestMiB == 0)
            smallestMiB = mib;
        largestMiB = mib;
        const QString count = QLocale::c().toString(rows);
        outcome.figures << BenchFigure { name(), tr("salctl import %1 rows: peak RSS").arg(count), mib,
            QStringLiteral("MiB"), {}, {}, {}, {} };
        outcome.figures << BenchFigure { name(), tr("salctl import %1 rows: time").arg(count),
            sample->seconds, QStringLiteral("s"), {}, {}, {}, {} };
        outcome.figures << BenchFigure { name(), tr("salctl import %1 rows: throughput").arg(count),
            sample->seconds > 0 ? double(rows) / sample->seconds : 0, tr("rows/s"), {}, {}, {}, {} };
    }
    outcome.figures << BenchFigure { name(), tr("peak RSS, largest / smallest file"),
        smallestMiB > 0 ? largestMiB / smallestMiB : 0, QStringLiteral("×"), {}, {}, {}, 1.5 };
    return outcome;
}

} // namespace sal::core
