#pragma once

#include "cli/CliCommand.h"

#include <QCoreApplication>

namespace sal::core {

// `salctl away` lists out-of-office days; `salctl away EMAIL --from DATE --to DATE [--note …]`
// records some: routing and re-routing skip the person on those days.
class AwayCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(sal::core::AwayCommand)

public:
    QString name() const override { return QStringLiteral("away"); }
    QString summary() const override;
    int run(const QStringList &args, CliContext &context) override;
};

} // namespace sal::core
