#pragma once

#include "cli/CliCommand.h"

#include <QCoreApplication>

namespace sal::core {

// `salctl enrich` lists marketing's enrichment queue; `salctl enrich LEAD --done --as EMAIL` returns
// an enriched lead to sales.
class EnrichCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(sal::core::EnrichCommand)

public:
    QString name() const override { return QStringLiteral("enrich"); }
    QString summary() const override;
    int run(const QStringList &args, CliContext &context) override;
};

} // namespace sal::core
