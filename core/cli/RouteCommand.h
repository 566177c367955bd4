#pragma once

#include "cli/CliCommand.h"

#include <QCoreApplication>

namespace sal::core {

// `salctl route [--dry-run]`: routes every MQL that has no owner by the routing rules.
class RouteCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(sal::core::RouteCommand)

public:
    QString name() const override { return QStringLiteral("route"); }
    QString summary() const override;
    int run(const QStringList &args, CliContext &context) override;
};

} // namespace sal::core
