#pragma once

#include "cli/CliCommand.h"

#include <QCoreApplication>

namespace sal::core {

class CommandParser;

// `salctl team init|add-user`: administration of a PostgreSQL team store (schema, roles, policies,
// logins). The only commands that connect with a privileged role.
class TeamCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(sal::core::TeamCommand)

public:
    QString name() const override { return QStringLiteral("team"); }
    QString summary() const override;
    int run(const QStringList &args, CliContext &context) override;

private:
    int init(const QStringList &args, CliContext &context);
    int addUser(const QStringList &args, CliContext &context);
};

} // namespace sal::core
