#pragma once

#include "cli/CliCommand.h"

#include <QCoreApplication>

namespace sal::core {

// `salctl sync` (push the outbox, pull changes) and `salctl conflicts [--discard OP | --reapply OP]`.
class SyncCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(sal::core::SyncCommand)

public:
    enum class Mode { Sync, Conflicts };
    explicit SyncCommand(Mode mode) : m_mode(mode) { }

    QString name() const override { return m_mode == Mode::Sync ? QStringLiteral("sync") : QStringLiteral("conflicts"); }
    QString summary() const override;
    int run(const QStringList &args, CliContext &context) override;

private:
    int conflicts(class RepSession &session, const class CommandParser &parser, CliContext &context);
    Mode m_mode;
};

} // namespace sal::core
