#pragma once

#include "bench/BenchItem.h"

#include <QCoreApplication>

namespace sal::core {

// Item 7, the command line's half: peak resident memory of the real `salctl import` process while
// it imports a Lead export of 1/100, 1/10 and all of N rows into a SQLite team store. The reader
// streams, so the peak must stay flat as the file grows (target: the largest run within 1.5× of the
// smallest).
class ImportMemoryBench final : public BenchItem
{
    Q_DECLARE_TR_FUNCTIONS(sal::core::ImportMemoryBench)

public:
    explicit ImportMemoryBench(QString salctlPath)
        : m_salctl(std::move(salctlPath))
    { }
    QString name() const override { return QStringLiteral("import"); }
    QString summary() const override;
    int baseSize() const override { return 1'000'000; }
    Result<BenchOutcome> run(int size) override;

private:
    QString m_salctl;
};

} // namespace sal::core
