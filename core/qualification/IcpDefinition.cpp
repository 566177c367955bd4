#include "qualification/IcpDefinition.h"

namespace sal::core {

namespace {
bool containsIgnoringCase(const QStringList &list, const QString &value)
{
    return list.contains(value, Qt::CaseInsensitive);
}
} // namespace

CheckOutcome IcpDefinition::industryFit(const Account &account) const
{
    if (industries.isEmpty())
        return CheckOutcome::Pass;
    if (account.industry.isEmpty())
        return CheckOutcome::Unknown;
    return containsIgnoringCase(industries, account.industry) ? CheckOutcome::Pass : CheckOutcome::Fail;
}

CheckOutcome IcpDefinition::sizeFit(const Account &account) const
{
    if (minEmployees || maxEmployees) {
        if (!account.employees)
            return CheckOutcome::Unknown;
        if ((minEmployees && *account.employees < *minEmployees) || (maxEmployees && *account.employees > *maxEmployees))
            return CheckOutcome::Fail;
    }
    if (minAnnualRevenue) {
        if (!account.annualRevenue)
            return CheckOutcome::Unknown;
        if (*account.annualRevenue < *minAnnualRevenue)
            return CheckOutcome::Fail;
    }
    return CheckOutcome::Pass;
}

CheckOutcome IcpDefinition::regionFit(const Account &account) const
{
    if (regions.isEmpty() && countries.isEmpty())
        return CheckOutcome::Pass;
    if (account.region.isEmpty() && account.country.isEmpty())
        return CheckOutcome::Unknown;
    if (!countries.isEmpty() && !account.country.isEmpty())
        return containsIgnoringCase(countries, account.country) ? CheckOutcome::Pass : CheckOutcome::Fail;
    if (!regions.isEmpty()) {
        if (account.region.isEmpty())
            return CheckOutcome::Unknown;
        return containsIgnoringCase(regions, account.region) ? CheckOutcome::Pass : CheckOutcome::Fail;
    }
    return CheckOutcome::Unknown;
}

CheckOutcome IcpDefinition::buyingInfluence(const Contact &contact) const
{
    if (contact.seniority != Seniority::Unknown)
        return buyingSeniorities.contains(contact.seniority) ? CheckOutcome::Pass : CheckOutcome::Fail;
    if (contact.title.trimmed().isEmpty())
        return CheckOutcome::Unknown;
    for (const QString &keyword : buyingTitleKeywords) {
        if (contact.title.contains(keyword, Qt::CaseInsensitive))
            return CheckOutcome::Pass;
    }
    // A title we cannot place is a question for the rep, not a verdict.
    return CheckOutcome::Unknown;
}

bool IcpDefinition::fits(const Account &account) const
{
    return industryFit(account) == CheckOutcome::Pass && sizeFit(account) == CheckOutcome::Pass
        && regionFit(account) == CheckOutcome::Pass;
}

} // namespace sal::core
