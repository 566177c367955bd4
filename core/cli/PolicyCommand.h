#pragma once

#include "cli/CliCommand.h"

#include <QCoreApplication>

namespace sal::core {

// `salctl policy check DIR_OR_FILE`: validates policy files and lists every problem.
class PolicyCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(sal::core::PolicyCommand)

public:
    QString name() const override { return QStringLiteral("policy"); }
    QString summary() const override;
    int run(const QStringList &args, CliContext &context) override;
};

} // namespace sal::core
