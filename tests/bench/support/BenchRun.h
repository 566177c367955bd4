#pragma once

// Runs one core/bench item the way `salctl bench` does and prints its table, so the bench label
// and the command line show the same figures. The test checks only that the work was done.

#include "bench/BenchItem.h"
#include "bench/BenchTable.h"
#include "policy/PolicyLoader.h"

#include <QTest>
#include <optional>

namespace sal::test {

// The shipped policy, which salctl bench runs every benchmark under.
inline sal::core::PolicySet defaultPolicy()
{
    sal::core::Result<sal::core::PolicySet> policy = sal::core::PolicyLoader::loadDefaults();
    if (!policy)
        qFatal("the shipped policy does not load: %s", qPrintable(sal::core::joinProblems(policy.problems())));
    return *policy;
}

inline std::optional<sal::core::BenchOutcome> runBench(sal::core::BenchItem &item, int size)
{
    sal::core::Result<sal::core::BenchOutcome> outcome = item.run(size);
    if (!outcome) {
        qWarning("%s", qPrintable(sal::core::joinProblems(outcome.problems())));
        return std::nullopt;
    }
    sal::core::BenchTable table;
    table.add(outcome->figures);
    for (const QString &note : outcome->notes)
        table.addNote(note);
    table.addNote(
        QStringLiteral("Wall-clock figures on a shared machine are noisy; the ratio to the reference "
                       "measured in the same run is the point."));
    for (const QString &line : table.text().split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        qInfo("%s", qPrintable(line));
    return *outcome;
}

} // namespace sal::test
