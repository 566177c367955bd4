#pragma once

#include "cli/CliCommand.h"

#include <QCoreApplication>

namespace sal::core {

// `salctl dispute LEAD --text WHY --as MARKETING` opens a dispute on a rejection;
// `salctl dispute LEAD --uphold|--overturn [--note …] --as MANAGER` settles it.
class DisputeCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(sal::core::DisputeCommand)

public:
    QString name() const override { return QStringLiteral("dispute"); }
    QString summary() const override;
    int run(const QStringList &args, CliContext &context) override;
};

} // namespace sal::core
