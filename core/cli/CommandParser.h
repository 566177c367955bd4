#pragma once

#include "cli/CliCommand.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

#include <optional>

namespace sal::core {

// QCommandLineParser set up the salctl way: --help prints and returns instead of exiting, bad usage
// is reported on stderr with exit code 2, and required options are checked all at once.
class CommandParser
{
    Q_DECLARE_TR_FUNCTIONS(sal::core::CommandParser)

public:
    CommandParser(const QString &command, const QString &description);

    QCommandLineParser &parser() { return m_parser; }
    void addOption(const QString &name, const QString &description, const QString &valueName = {});
    void addPositional(const QString &name, const QString &description, const QString &syntax = {});

    // Parses `args` (args[0] is the command path). Returns an exit code when the caller must stop:
    // help shown (0) or bad usage (2). Otherwise the options can be read.
    std::optional<int> parse(const QStringList &args, CliContext &context, const QStringList &requiredOptions = {},
                             int positionalCount = 0);

    QString value(const QString &option) const { return m_parser.value(option); }
    bool isSet(const QString &option) const { return m_parser.isSet(option); }
    QStringList positionalArguments() const { return m_parser.positionalArguments(); }

    // Reports a bad option value on stderr ("--hours: must be a positive number") and returns 2.
    int badValue(CliContext &context, const QString &option, const QString &message) const;

    // An ISO 8601 date-time; one without an offset is read in `zone` (UTC when not given).
    static std::optional<QDateTime> parseIsoTime(const QString &text, const QTimeZone &zone = QTimeZone::utc());
    static QString isoUtc(const QDateTime &time); // "2026-03-09T14:00:00Z"

private:
    QString m_command;
    QCommandLineParser m_parser;
};

} // namespace sal::core
