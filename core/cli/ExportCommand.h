#pragma once

#include "cli/CliCommand.h"

#include <QCoreApplication>

namespace sal::core {

// `salctl export decisions --since ISO8601 [--format csv|jsonl] [--out FILE]`: feedback for the CRM;
// `salctl export leads [--out FILE]`: everything, as JSON Lines.
class ExportCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(sal::core::ExportCommand)

public:
    QString name() const override { return QStringLiteral("export"); }
    QString summary() const override;
    int run(const QStringList &args, CliContext &context) override;
};

} // namespace sal::core
