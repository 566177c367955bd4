#include "bench/BenchSuite.h"

#include <QElapsedTimer>
#include <QLocale>

namespace sal::core {

BenchItem *BenchSuite::find(const QString &name) const
{
    for (const auto &item : m_items) {
        if (item->name() == name)
            return item.get();
    }
    return nullptr;
}

void BenchSuite::runOne(BenchItem &item, int size, BenchTable &table, const Progress &progress) const
{
    progress(tr("bench %1 at %2…").arg(item.name(), QLocale::c().toString(size)));
    QElapsedTimer timer;
    timer.start();
    Result<BenchOutcome> outcome = item.run(size);
    if (!outcome) {
        table.addFailure(
            tr("%1 at %2: %3")
                .arg(item.name(), QLocale::c().toString(size), joinProblems(outcome.problems())));
        return;
    }
    table.add(outcome->figures);
    for (const QString &note : outcome->notes) {
        if (!table.notes().contains(note))
            table.addNote(note);
    }
    progress(tr("bench %1 at %2 took %3 s")
                 .arg(item.name(), QLocale::c().toString(size))
                 .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1));
}

BenchTable BenchSuite::run(const QString &name, BenchScale scale, const Progress &progress) const
{
    BenchTable table;
    const bool all = name == QLatin1String("all");
    for (const auto &item : m_items) {
        if (all || item->name() == name)
            runOne(*item, scaled(item->baseSize(), scale), table, progress);
    }
    if (all) {
        for (const auto &item : m_items) {
            if (!item->scales())
                continue;
            // 10× larger is the main run of `bench all --scale large`; by default the smaller sizes
            // keep `bench all` inside its time budget.
            const int base = item->baseSize();
            for (const int size : { base / 100, base / 10 }) {
                if (size > 0)
                    runOne(*item, size, table, progress);
            }
        }
    }
    table.addNote(
        tr("Wall-clock figures on a shared machine are noisy; each ratio compares ours with a reference "
           "measured in the same run on the same machine, which is the point."));
    return table;
}

} // namespace sal::core
