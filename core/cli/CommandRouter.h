#pragma once

#include "cli/CliCommand.h"

#include <QCoreApplication>

#include <memory>
#include <vector>

namespace sal::core {

// salctl's top level: finds the command named by the first argument and hands it the rest;
// answers --help and --version itself.
class CommandRouter
{
    Q_DECLARE_TR_FUNCTIONS(sal::core::CommandRouter)

public:
    explicit CommandRouter(QString programName);

    void add(std::unique_ptr<CliCommand> command);

    // `args` as from QCoreApplication::arguments(): args[0] is the program.
    int run(const QStringList &args, CliContext &context) const;

private:
    void printHelp(QTextStream &stream) const;

    QString m_programName;
    std::vector<std::unique_ptr<CliCommand>> m_commands;
};

} // namespace sal::core
