#include "automation/RoutingSession.h"

#include "store/TeamStore.h"

namespace sal::core {

Result<std::unique_ptr<RoutingSession>> RoutingSession::open(
    TeamStore &store, const PolicySet &policy, const QDateTime &nowUtc)
{
    std::unique_ptr<RoutingSession> session(new RoutingSession);
    Result<TeamDirectory> directory = TeamDirectory::load(store);
    if (!directory)
        return directory.problems();
    session->m_directory = *directory;
    // The board and router keep references to the directory: it lives in the session, never moves.
    Result<CapacityBoard> board
        = CapacityBoard::load(store, session->m_directory, policy.calendars, nowUtc.toUTC());
    if (!board)
        return board.problems();
    session->m_board = std::make_unique<CapacityBoard>(*board);
    session->m_router = std::make_unique<LeadRouter>(policy.routing, session->m_directory, *session->m_board);
    if (const Problems bad = session->m_router->checkTargets(); !bad.isEmpty())
        return bad;
    return session;
}

QString RoutingSession::nameOf(const QString &email) const
{
    const std::optional<Rep> rep = m_directory.person(email);
    return rep ? QStringLiteral("%1 <%2>").arg(rep->name, rep->email) : email;
}

Result<RoutingChoice> RoutingSession::routeAgain(TeamStore &store, const Lead &lead,
    const QStringList &exclude, const QString &actor, const QString &reasonPrefix, const QDateTime &nowUtc)
{
    const RoutingChoice choice = m_router->choose(lead, exclude, true, nowUtc);
    if (choice.owner.isEmpty())
        return Problem::forField(QStringLiteral("owner"), choice.explanation);
    if (auto r = store.assign(
            lead.id, choice.owner, actor, reasonPrefix + QStringLiteral(": ") + choice.eventReason(), nowUtc);
        !r)
        return r.problems();
    return choice;
}

} // namespace sal::core
