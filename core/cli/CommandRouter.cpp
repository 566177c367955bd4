#include "cli/CommandRouter.h"

namespace sal::core {

CommandRouter::CommandRouter(QString programName)
    : m_programName(std::move(programName))
{
}

void CommandRouter::add(std::unique_ptr<CliCommand> command)
{
    m_commands.push_back(std::move(command));
}

void CommandRouter::printHelp(QTextStream &stream) const
{
    stream << tr("Usage: %1 COMMAND [OPTIONS]").arg(m_programName) << "\n\n"
           << tr("SAL Workbench command line: decide on marketing-qualified leads inside their SLA.") << "\n\n"
           << tr("Commands:") << '\n';
    for (const auto &command : m_commands)
        stream << "  " << command->name().leftJustified(12) << command->summary() << '\n';
    stream << '\n'
           << tr("Options:") << '\n'
           << "  -h, --help    " << tr("Show this help; '%1 COMMAND --help' shows a command's.").arg(m_programName)
           << '\n'
           << "  -v, --version " << tr("Show the version.") << "\n\n"
           << tr("Exit codes: 0 success, 1 internal failure, 2 bad input (problems listed on stderr).") << Qt::endl;
}

int CommandRouter::run(const QStringList &args, CliContext &context) const
{
    const QString first = args.value(1);
    if (first.isEmpty() || first == QLatin1String("--help") || first == QLatin1String("-h")
        || first == QLatin1String("help")) {
        printHelp(first.isEmpty() ? context.err : context.out);
        return first.isEmpty() ? ExitBadInput : ExitOk;
    }
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        context.out << m_programName << ' ' << QCoreApplication::applicationVersion() << Qt::endl;
        return ExitOk;
    }
    for (const auto &command : m_commands) {
        if (command->name() == first)
            return command->run(args.mid(1), context);
    }
    context.err << tr("%1: unknown command \"%2\"").arg(m_programName, first) << '\n';
    printHelp(context.err);
    return ExitBadInput;
}

} // namespace sal::core
