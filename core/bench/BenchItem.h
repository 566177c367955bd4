#pragma once

#include "bench/BenchFigure.h"
#include "domain/Result.h"

#include <QList>

namespace sal::core {

// What one run of a benchmark gives: its figures, and how much work was really done (leads loaded,
// decisions committed, operations applied), which the bench tests check — never the timings.
struct BenchOutcome
{
    QList<BenchFigure> figures;
    qint64 work = 0;
    QStringList notes;
};

// One benchmark of `salctl bench` and of tests/bench: measures our code and, in the same run, the
// reference it is judged against.
class BenchItem
{
public:
    virtual ~BenchItem() = default;
    virtual QString name() const = 0; // "queue", "commit", "push"…
    virtual QString summary() const = 0; // one translated line
    virtual int baseSize() const = 0; // the size, what `salctl bench NAME` runs
    virtual bool scales() const { return false; } // run again at other sizes by `bench all` (item 8)
    virtual Result<BenchOutcome> run(int size) = 0;
};

} // namespace sal::core
