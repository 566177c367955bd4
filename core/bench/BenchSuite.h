#pragma once

#include "bench/BenchItem.h"
#include "bench/BenchScale.h"
#include "bench/BenchTable.h"

#include <QCoreApplication>
#include <functional>
#include <memory>
#include <vector>

namespace sal::core {

// The benchmarks `salctl bench` knows, run one by one or all together. `all` also runs the items
// that scale at 100× and 10× smaller sizes (item 8), so their growth is visible; with
// `--scale large` the main run is the 10× larger one.
class BenchSuite
{
    Q_DECLARE_TR_FUNCTIONS(sal::core::BenchSuite)

public:
    using Progress = std::function<void(const QString &)>;

    void add(std::unique_ptr<BenchItem> item) { m_items.push_back(std::move(item)); }
    const std::vector<std::unique_ptr<BenchItem>> &items() const { return m_items; }
    BenchItem *find(const QString &name) const;

    // Runs `name` (or every item for "all") at `scale`; figures of items that fail are replaced by
    // their problem in the notes, and the run goes on.
    BenchTable run(const QString &name, BenchScale scale, const Progress &progress) const;

private:
    void runOne(BenchItem &item, int size, BenchTable &table, const Progress &progress) const;

    std::vector<std::unique_ptr<BenchItem>> m_items;
};

} // namespace sal::core
