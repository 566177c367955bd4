#include "cli/CommandParser.h"

#include <QRegularExpression>

namespace sal::core {

CommandParser::CommandParser(const QString &command, const QString &description)
    : m_command(command)
{
    m_parser.setApplicationDescription(description);
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    m_parser.addHelpOption();
}

void CommandParser::addOption(const QString &name, const QString &description, const QString &valueName)
{
    m_parser.addOption(QCommandLineOption(name, description, valueName));
}

void CommandParser::addPositional(const QString &name, const QString &description, const QString &syntax)
{
    m_parser.addPositionalArgument(name, description, syntax);
}

std::optional<int> CommandParser::parse(const QStringList &args, CliContext &context,
                                        const QStringList &requiredOptions, int positionalCount)
{
    if (!m_parser.parse(args)) {
        context.err << m_command << ": " << m_parser.errorText() << '\n'
                    << tr("Try '%1 --help'.").arg(m_command) << Qt::endl;
        return ExitBadInput;
    }
    if (m_parser.isSet(QStringLiteral("help"))) {
        // helpText() names the program binary; show the whole command instead.
        QString help = m_parser.helpText();
        help.replace(QRegularExpression(QStringLiteral("^Usage: \\S+")), tr("Usage: %1").arg(m_command));
        context.out << help << Qt::flush;
        return ExitOk;
    }
    QStringList problems;
    for (const QString &option : requiredOptions) {
        if (!m_parser.isSet(option))
            problems << tr("--%1 is required").arg(option);
    }
    if (m_parser.positionalArguments().size() != positionalCount)
        problems << tr("expected %n argument(s), got %1", nullptr, positionalCount).arg(m_parser.positionalArguments().size());
    if (!problems.isEmpty()) {
        for (const QString &p : problems)
            context.err << m_command << ": " << p << '\n';
        context.err << tr("Try '%1 --help'.").arg(m_command) << Qt::endl;
        return ExitBadInput;
    }
    return std::nullopt;
}

int CommandParser::badValue(CliContext &context, const QString &option, const QString &message) const
{
    context.err << m_command << ": --" << option << ": " << message << Qt::endl;
    return ExitBadInput;
}

std::optional<QDateTime> CommandParser::parseIsoTime(const QString &text, const QTimeZone &zone)
{
    QDateTime parsed = QDateTime::fromString(text.trimmed(), Qt::ISODateWithMs);
    if (!parsed.isValid())
        return std::nullopt;
    if (parsed.timeSpec() == Qt::LocalTime)
        parsed = QDateTime(parsed.date(), parsed.time(), zone);
    return parsed.toUTC();
}

QString CommandParser::isoUtc(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

} // namespace sal::core
