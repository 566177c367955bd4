#pragma once

#include "cli/CliCommand.h"

#include <QCoreApplication>

namespace sal::core {

// `salctl qualify LEAD sql --budget yes|no --authority … --need … --timeline …` and
// `salctl qualify LEAD disqualify --reason CODE [--text …] [--re-engage DATE]`.
class QualifyCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(sal::core::QualifyCommand)

public:
    QString name() const override { return QStringLiteral("qualify"); }
    QString summary() const override;
    int run(const QStringList &args, CliContext &context) override;
};

} // namespace sal::core
