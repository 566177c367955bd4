#pragma once

#include "cli/CliCommand.h"

#include <QCoreApplication>

namespace sal::core {

// `salctl recycle [--dry-run]` applies each new rejection's recycle action; `--due` lists nurtured
// leads whose re-engagement date came; `--re-mql LEAD` brings a re-engaged lead back as an MQL.
class RecycleCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(sal::core::RecycleCommand)

public:
    QString name() const override { return QStringLiteral("recycle"); }
    QString summary() const override;
    int run(const QStringList &args, CliContext &context) override;
};

} // namespace sal::core
