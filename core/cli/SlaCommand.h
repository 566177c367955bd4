#pragma once

#include "cli/CliCommand.h"

#include <QCoreApplication>

namespace sal::core {

class BusinessCalendar;
class CommandParser;

// `salctl sla deadline|remaining`: business-hours arithmetic on a calendar file.
class SlaCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(sal::core::SlaCommand)

public:
    QString name() const override { return QStringLiteral("sla"); }
    QString summary() const override;
    int run(const QStringList &args, CliContext &context) override;

private:
    int deadline(const QStringList &args, CliContext &context);
    int remaining(const QStringList &args, CliContext &context);
    // Loads --calendar; prints its problems and returns nothing when it is bad.
    std::optional<BusinessCalendar> calendar(const CommandParser &parser, CliContext &context);
};

} // namespace sal::core
