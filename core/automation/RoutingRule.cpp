#include "automation/RoutingRule.h"

namespace sal::core {

namespace {
bool listed(const QStringList &allowed, const QString &value)
{
    return allowed.isEmpty() || allowed.contains(value, Qt::CaseInsensitive);
}
} // namespace

bool RoutingRule::matches(const Lead &lead, const QString &segment) const
{
    if (!accounts.isEmpty() && !accounts.contains(lead.account.domain, Qt::CaseInsensitive)
        && !accounts.contains(lead.account.name, Qt::CaseInsensitive))
        return false;
    return listed(regions, lead.account.region) && listed(countries, lead.account.country)
        && listed(segments, segment) && listed(productLines, lead.productLine)
        && listed(sources, lead.source);
}

} // namespace sal::core
