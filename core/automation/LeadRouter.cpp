#include "automation/LeadRouter.h"

namespace sal::core {

namespace {
const QString kRouting = QStringLiteral("routing.json");
const QString kDefaultQueue = QStringLiteral("default_queue");
} // namespace

LeadRouter::LeadRouter(const RoutingPolicy &policy, const TeamDirectory &directory, CapacityBoard &board)
    : m_policy(policy)
    , m_directory(directory)
    , m_board(board)
{ }

Problems LeadRouter::checkTargets() const
{
    Problems problems;
    for (qsizetype i = 0; i < m_policy.rules.size(); ++i) {
        const RoutingRule &rule = m_policy.rules.at(i);
        const QString path = QStringLiteral("$.rules[%1]").arg(i);
        if (!rule.territory.isEmpty() && !m_directory.territory(rule.territory))
            problems << Problem::at(kRouting, path + QStringLiteral(".territory"),
                tr("no territory \"%1\" in the team store").arg(rule.territory));
        if (!rule.team.isEmpty() && !m_directory.team(rule.team))
            problems << Problem::at(kRouting, path + QStringLiteral(".team"),
                tr("no team \"%1\" in the team store").arg(rule.team));
        for (qsizetype r = 0; r < rule.reps.size(); ++r) {
            if (!m_directory.person(rule.reps.at(r).email))
                problems << Problem::at(kRouting, path + QStringLiteral(".reps[%1].email").arg(r),
                    tr("no person \"%1\" in the team store").arg(rule.reps.at(r).email));
        }
    }
    if (!m_policy.defaultTeam.isEmpty() && !m_directory.team(m_policy.defaultTeam))
        problems << Problem::at(kRouting, QStringLiteral("$.default_team"),
            tr("no team \"%1\" in the team store").arg(m_policy.defaultTeam));
    return problems;
}

QList<WeightedRep> LeadRouter::group(const RoutingRule &rule) const
{
    if (!rule.reps.isEmpty())
        return rule.reps;
    QList<WeightedRep> group;
    for (const Rep &p : m_directory.people) {
        if (p.role != Role::Rep)
            continue;
        const bool member
            = !rule.territory.isEmpty() ? p.territoryId == rule.territory : p.teamId == rule.team;
        if (member)
            group << WeightedRep { p.email.toLower(), double(std::max(1, p.dailyCapacity)) };
    }
    return group;
}

QString LeadRouter::defaultQueueOwner(const Lead &lead) const
{
    const QString own = m_directory.managerOf(lead.teamId);
    return own.isEmpty() ? m_directory.managerOf(m_policy.defaultTeam) : own;
}

RoutingChoice LeadRouter::choose(
    const Lead &lead, const QStringList &exclude, bool defaultQueue, const QDateTime &atUtc)
{
    return chooseFrom(m_policy.matching(lead), lead, exclude, defaultQueue, atUtc);
}

RoutingChoice LeadRouter::choose(const Lead &lead, const RoutingRule &first, const QStringList &exclude,
    bool defaultQueue, const QDateTime &atUtc)
{
    QList<RoutingRule> rules = m_policy.matching(lead);
    if (first.matches(lead, m_policy.segmentOf(lead.account.employees)))
        rules.prepend(first);
    return chooseFrom(rules, lead, exclude, defaultQueue, atUtc);
}

RoutingChoice LeadRouter::chooseFrom(const QList<RoutingRule> &rules, const Lead &lead,
    const QStringList &exclude, bool defaultQueue, const QDateTime &atUtc)
{
    RoutingChoice choice;
    for (const RoutingRule &rule : rules) {
        const CapacityBoard::Pick pick = m_board.pick(group(rule), exclude);
        choice.skipped << pick.skipped;
        if (!pick.email)
            continue;
        const std::optional<Rep> rep = m_directory.person(*pick.email);
        const QString who = rep ? rep->name : *pick.email;
        const int before = m_board.assignedToday(*pick.email);
        const int capacity = rep ? rep->dailyCapacity : 0;
        m_board.record(*pick.email, atUtc);
        choice.owner = *pick.email;
        choice.ruleId = rule.id;
        choice.explanation
            = tr("rule %1: %2 has the most spare capacity (%3 of %4 leads today before this one)")
                  .arg(rule.id, who)
                  .arg(before)
                  .arg(capacity);
        return choice;
    }
    if (!defaultQueue) {
        choice.explanation = rules.isEmpty() ? tr("no routing rule matches the lead")
            : choice.skipped.isEmpty()
            ? tr("nobody else is in the lead's group (%1)").arg(rules.constFirst().id)
            : tr("nobody else in the lead's group can take it now");
        return choice;
    }
    choice.owner = defaultQueueOwner(lead).toLower();
    choice.ruleId = kDefaultQueue;
    choice.defaultQueue = true;
    choice.explanation = rules.isEmpty()
        ? tr("no routing rule matches: the manager's default queue (%1)").arg(choice.owner)
        : tr("nobody in the lead's group can take it: the manager's default queue (%1)").arg(choice.owner);
    return choice;
}

} // namespace sal::core
