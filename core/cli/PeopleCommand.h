#pragma once

#include "cli/CliCommand.h"

#include <QCoreApplication>

namespace sal::core {

// `salctl reps [--json]`: the team's people.
class PeopleCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(sal::core::PeopleCommand)

public:
    QString name() const override { return QStringLiteral("reps"); }
    QString summary() const override;
    int run(const QStringList &args, CliContext &context) override;
};

} // namespace sal::core
