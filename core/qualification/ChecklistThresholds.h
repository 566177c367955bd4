#pragma once

#include <QStringList>

namespace sal::core {

// The numbers behind the preferred checklist items.
struct ChecklistThresholds
{
    int recentEngagementDays = 14;
    int minEngagedContacts = 2; // engaged contacts at the account, this one included
    int growthFundingDays = 365; // funding this recent counts as a growth signal
    int growthOpenRoles = 5; // this many open roles counts as hiring
    QStringList intentSignalKinds { QStringLiteral("intent") };

    bool operator==(const ChecklistThresholds &) const = default;
};

} // namespace sal::core
