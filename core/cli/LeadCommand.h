#pragma once

#include "cli/CliCommand.h"

#include <QCoreApplication>

namespace sal::core {

// `salctl show LEAD` (the context a rep decides on) and `salctl events LEAD` (its history).
class LeadCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(sal::core::LeadCommand)

public:
    enum class Mode { Show, Events };
    explicit LeadCommand(Mode mode) : m_mode(mode) { }

    QString name() const override { return m_mode == Mode::Show ? QStringLiteral("show") : QStringLiteral("events"); }
    QString summary() const override;
    int run(const QStringList &args, CliContext &context) override;

private:
    Mode m_mode;
};

} // namespace sal::core
