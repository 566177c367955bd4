#pragma once

#include "cli/CliCommand.h"

#include <QCoreApplication>

namespace sal::core {

// `salctl decide LEAD accept|reject|needs-info …` and `salctl attempt LEAD --channel --outcome`:
// both go through the shared validator into the local store's outbox, then sync when online.
class DecideCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(sal::core::DecideCommand)

public:
    enum class Mode { Decide, Attempt };
    explicit DecideCommand(Mode mode) : m_mode(mode) { }

    QString name() const override;
    QString summary() const override;
    int run(const QStringList &args, CliContext &context) override;

private:
    Mode m_mode;
};

} // namespace sal::core
