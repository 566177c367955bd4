#pragma once

#include "cli/CliCommand.h"

#include <QCoreApplication>

namespace sal::core {

// `salctl escalate [--dry-run] [--team T]`: runs the escalation ladder once and says what it did
// (or would do) to each lead and why.
class EscalateCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(sal::core::EscalateCommand)

public:
    QString name() const override { return QStringLiteral("escalate"); }
    QString summary() const override;
    int run(const QStringList &args, CliContext &context) override;
};

} // namespace sal::core
