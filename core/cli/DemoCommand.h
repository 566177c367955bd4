#pragma once

#include "cli/CliCommand.h"

#include <QCoreApplication>

namespace sal::core {

// `salctl demo --out FILE [--leads N] [--seed S] [--now ISO8601]`: the embedded demo workspace.
class DemoCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(sal::core::DemoCommand)

public:
    QString name() const override { return QStringLiteral("demo"); }
    QString summary() const override;
    int run(const QStringList &args, CliContext &context) override;
};

} // namespace sal::core
