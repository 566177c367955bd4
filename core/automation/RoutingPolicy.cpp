#include "automation/RoutingPolicy.h"

namespace sal::core {

QString RoutingPolicy::segmentOf(const std::optional<int> &employees) const
{
    if (!employees)
        return {};
    if (*employees >= enterpriseFromEmployees)
        return QStringLiteral("enterprise");
    return *employees >= midFromEmployees ? QStringLiteral("mid") : QStringLiteral("smb");
}

QList<RoutingRule> RoutingPolicy::matching(const Lead &lead) const
{
    const QString segment = segmentOf(lead.account.employees);
    QList<RoutingRule> found;
    for (const RoutingRule &rule : rules) {
        if (rule.matches(lead, segment))
            found << rule;
    }
    return found;
}

} // namespace sal::core
