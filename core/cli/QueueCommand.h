#pragma once

#include "cli/CliCommand.h"

#include <QCoreApplication>

namespace sal::core {

// `salctl queue [--json]`: the rep's open MQLs, most urgent first.
class QueueCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(sal::core::QueueCommand)

public:
    QString name() const override { return QStringLiteral("queue"); }
    QString summary() const override;
    int run(const QStringList &args, CliContext &context) override;
};

} // namespace sal::core
