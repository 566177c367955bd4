#pragma once

#include "cli/CliCommand.h"

#include <QCoreApplication>

namespace sal::core {

// `salctl bench NAME|all [--scale small|base|large] [--format table|json]`: the benchmarks of
// core/bench with their references, printed as a table. Thin: the work is in BenchSuite.
class BenchCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(sal::core::BenchCommand)

public:
    QString name() const override { return QStringLiteral("bench"); }
    QString summary() const override;
    int run(const QStringList &args, CliContext &context) override;
};

} // namespace sal::core
