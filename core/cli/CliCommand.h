#pragma once

#include <QStringList>
#include <QTextStream>

namespace sal::core {

class Clock;

// Exit codes shared by every salctl command.
enum ExitCode : int { ExitOk = 0, ExitInternal = 1, ExitBadInput = 2 };

// What a command may touch: its output streams and the time. Stores come later through the
// command's constructor, like every other service.
struct CliContext
{
    QTextStream &out;
    QTextStream &err;
    const Clock &clock;
};

// One top-level salctl command ("sla", "policy"). `args` starts with the command's own name.
class CliCommand
{
public:
    virtual ~CliCommand() = default;
    virtual QString name() const = 0;
    virtual QString summary() const = 0; // one translated line for `salctl --help`
    virtual int run(const QStringList &args, CliContext &context) = 0;
};

} // namespace sal::core
