#pragma once

#include "domain/Account.h"
#include "domain/Contact.h"
#include "qualification/ChecklistItem.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace sal::core {

// The ideal customer profile: which companies we sell to and which people can buy.
struct IcpDefinition
{
    QStringList industries; // empty = any industry
    std::optional<int> minEmployees;
    std::optional<int> maxEmployees;
    std::optional<qint64> minAnnualRevenue;
    QStringList regions; // sales regions ("NA", "EMEA"); empty = anywhere
    QStringList countries; // ISO codes; empty = any country of the regions
    QList<Seniority> buyingSeniorities; // who has buying influence
    QStringList buyingTitleKeywords; // "head of", "vp", "director": for titles without a seniority

    // Each firmographic on its own: pass when inside, fail when outside, unknown when the data is
    // missing but the profile restricts it.
    CheckOutcome industryFit(const Account &account) const;
    CheckOutcome sizeFit(const Account &account) const;
    CheckOutcome regionFit(const Account &account) const;
    CheckOutcome buyingInfluence(const Contact &contact) const;

    // True only when industry, size and region all pass.
    bool fits(const Account &account) const;

    bool operator==(const IcpDefinition &) const = default;
};

} // namespace sal::core
