#include "cli/SyncCommand.h"

#include "cli/RepSession.h"
#include "sla/Clock.h"

namespace sal::core {

namespace {
const QString kDiscard = QStringLiteral("discard");
const QString kReapply = QStringLiteral("reapply");
} // namespace

QString SyncCommand::summary() const
{
    return m_mode == Mode::Sync ? tr("Send your decisions to the team store and fetch changes.")
                                : tr("Decisions the team store refused; re-apply or discard them.");
}

int SyncCommand::run(const QStringList &args, CliContext &context)
{
    CommandParser parser(QStringLiteral("salctl ") + name(), summary());
    RepSession::addOptions(parser);
    if (m_mode == Mode::Conflicts) {
        parser.addOption(kDiscard, tr("Give up this decision; the lead shows as the team store has it."), tr("OPERATION"));
        parser.addOption(kReapply, tr("Send this decision again on the lead as it is now."), tr("OPERATION"));
    }
    if (const auto stop = parser.parse(args, context))
        return *stop;
    std::unique_ptr<RepSession> session = RepSession::open(parser, context);
    if (!session)
        return ExitBadInput;
    if (m_mode == Mode::Conflicts)
        return conflicts(*session, parser, context);
    if (session->offline()) {
        context.err << tr("Cannot sync with --offline.") << Qt::endl;
        return ExitBadInput;
    }
    const bool ok = session->sync(context, false);
    const int pending = session->local().pendingCount().value_or(0);
    context.out << tr("%n operation(s) pending", nullptr, pending) << Qt::endl;
    return ok ? ExitOk : ExitInternal;
}

int SyncCommand::conflicts(RepSession &session, const CommandParser &parser, CliContext &context)
{
    session.sync(context);
    const QDateTime now = context.clock.nowUtc();
    if (parser.isSet(kDiscard) || parser.isSet(kReapply)) {
        const bool discard = parser.isSet(kDiscard);
        const QString id = parser.value(discard ? kDiscard : kReapply);
        Result<QList<Conflict>> open = session.local().conflicts(true);
        if (!open)
            return ExitInternal;
        const auto it = std::find_if(open->cbegin(), open->cend(), [&](const Conflict &c) { return c.operation.id == id; });
        if (it == open->cend()) {
            context.err << tr("No open conflict for operation %1.").arg(id) << Qt::endl;
            return ExitBadInput;
        }
        const Result<Operation> reapplied = discard ? Result<Operation>(Operation {}) : session.workspace().reapply(*it);
        const Result<bool> discarded = discard ? session.local().discardConflict(id, now) : Result<bool>(true);
        if (!reapplied || !discarded) {
            context.err << joinProblems(reapplied.problems() + discarded.problems()) << Qt::endl;
            return ExitBadInput;
        }
        context.out << (discard ? tr("Discarded %1.") : tr("Re-applied %1.")).arg(id) << Qt::endl;
        session.sync(context);
        return ExitOk;
    }
    Result<QList<Conflict>> all = session.local().conflicts(true);
    if (!all) {
        context.err << joinProblems(all.problems()) << Qt::endl;
        return ExitInternal;
    }
    for (const Conflict &c : *all)
        context.out << c.operation.id << "  " << c.operation.leadId << "  " << operationKindToString(c.operation.kind)
                    << "  decided " << CommandParser::isoUtc(c.operation.decidedAtUtc) << "  " << conflictKindToString(c.kind)
                    << ": " << c.message << '\n';
    context.out << tr("%n open conflict(s)", nullptr, int(all->size())) << Qt::endl;
    return ExitOk;
}

} // namespace sal::core
